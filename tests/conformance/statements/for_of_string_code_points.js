// for...of over a string visits code points; indexing and length use UTF-16 units.
var s = 'a\u00e9b';
var out = [];
for (var ch of s) out.push(ch);
console.log('BMP characters:', out, 'length:', s.length);

var emoji = 'x\ud83d\ude00y';
var units = [];
for (var i = 0; i < emoji.length; i++) units.push(emoji.charCodeAt(i));
console.log('length in UTF-16 units:', emoji.length);
console.log('char codes:', units);
var points = [];
for (var cp of emoji) points.push(cp.length);
console.log('for-of yields', points.length, 'items with lengths', points);
console.log('spread also iterates code points:', [...emoji].length);
console.log('split by empty string uses units:', emoji.split('').length);

var lone = 'a\ud800b';
var loneOut = [];
for (var l of lone) loneOut.push(l.charCodeAt(0));
console.log('lone surrogate yielded alone:', loneOut);

var counted = 0;
for (var c of 'hello world') if (c === 'o') counted++;
console.log("count of 'o':", counted);

var reversed = '';
for (var r of 'stressed') reversed = r + reversed;
console.log('reversed:', reversed);

var wrapper = new String('ab');
var fromWrapper = [];
for (var w of wrapper) fromWrapper.push(w);
console.log('String object iterates too:', fromWrapper);
