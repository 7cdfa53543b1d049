// Basic String methods.
var s = 'Hello, World';
console.log('length:', s.length);
console.log('charAt(0), charAt(7), charAt(99):', s.charAt(0), s.charAt(7), quote(s.charAt(99)));
function quote(x) {
  return '"' + x + '"';
}
console.log('index access:', s[4], s[100]);
console.log('charCodeAt(1):', s.charCodeAt(1), '| out of range:', s.charCodeAt(50));
console.log('indexOf("o"):', s.indexOf('o'), '| from 5:', s.indexOf('o', 5), '| missing:', s.indexOf('z'), '| empty:', s.indexOf(''));
console.log('slice(7):', s.slice(7), '| slice(-5):', s.slice(-5), '| slice(0, 5):', s.slice(0, 5), '| slice(5, 2):', quote(s.slice(5, 2)));
console.log('substring(5, 2):', quote(s.substring(5, 2)), '| substring(-3):', s.substring(-3));
console.log('toUpperCase:', s.toUpperCase(), '| toLowerCase:', s.toLowerCase());
console.log('split(", "):', s.split(', '));
console.log('split(""):', 'abc'.split(''));
console.log('split with limit:', 'a-b-c-d'.split('-', 2));
console.log('split no separator:', 'abc'.split());
console.log('split missing separator:', 'abc'.split('x'));
console.log('split leading/trailing:', ',a,,b,'.split(','));
console.log('trim:', quote('  padded \t'.trim()));
console.log('startsWith/endsWith/includes:', s.startsWith('Hell'), s.endsWith('World'), s.includes('lo, W'), s.includes('xyz'));
console.log('repeat:', 'ab'.repeat(3), quote('x'.repeat(0)));
try {
  'x'.repeat(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('fromCharCode:', String.fromCharCode(72, 105, 33));

// Strings are immutable.
var t = 'abc';
t[0] = 'z';
console.log('immutable:', t, t.toUpperCase(), t);

// Concatenation and comparison.
console.log('concat +:', 'a' + 1 + 2, 1 + 2 + 'a');
console.log('comparison:', 'apple' < 'banana', 'Zebra' < 'apple', 'a' === 'a');

// String() conversions.
console.log('String():', String(123), String(true), String(null), String(undefined), String([1, 2]), String({}));
console.log('String(-0):', String(-0), '| String(1e21):', String(1e21), '| String(0.1 + 0.2):', String(0.1 + 0.2));

// UTF-16 length and indexing.
var e = 'caf\u00e9';
console.log('accented length:', e.length, e.charAt(3) === '\u00e9');
var pair = '\ud83d\ude00';
console.log('surrogate pair length:', pair.length, pair.charCodeAt(0), pair.charCodeAt(1));

// Methods live on String.prototype.
console.log('inherited:', s.hasOwnProperty('slice'), typeof String.prototype.slice);
for (var ch of 'hey') console.log('for-of char:', ch);
