// & | ^ ~ convert operands to 32-bit signed integers.
console.log('5 & 3 =', 5 & 3);
console.log('5 | 3 =', 5 | 3);
console.log('5 ^ 3 =', 5 ^ 3);
console.log('~5 =', ~5);
console.log('~-1 =', ~-1);
console.log('~0 =', ~0);
console.log('~~3.7 =', ~~3.7, '~~-3.7 =', ~~-3.7);
console.log('-5 & 3 =', -5 & 3);
console.log('-5 | 3 =', -5 | 3);
console.log('-5 ^ -3 =', -5 ^ -3);
console.log('0xff & 0x0f =', 0xff & 0x0f);
console.log('0xf0 | 0x0f =', 0xf0 | 0x0f);
console.log('0xffffffff | 0 =', 0xffffffff | 0);
console.log('0x80000000 | 0 =', 0x80000000 | 0);
console.log('4294967296 | 0 =', 4294967296 | 0);
console.log('4294967297 | 0 =', 4294967297 | 0);
console.log('2147483648 | 0 =', 2147483648 | 0);
console.log('1e10 | 0 =', 1e10 | 0);
console.log('-1e10 | 0 =', -1e10 | 0);
console.log('3.9 | 0 =', 3.9 | 0, '-3.9 | 0 =', -3.9 | 0);
console.log('NaN & 1 =', NaN & 1, 'Infinity | 1 =', Infinity | 1);
console.log("'12' & 10 =", '12' & 10);
console.log("'abc' | 1 =", 'abc' | 1);
console.log('true ^ 1 =', true ^ 1, 'null | 5 =', null | 5, 'undefined & 1 =', undefined & 1);
console.log('[7] & 3 =', [7] & 3);
console.log('x ^ x = 0:', 12345 ^ 12345);
console.log('~~"42" =', ~~'42');
console.log('precedence 1 | 2 & 3 =', 1 | 2 & 3, '(1 | 2) & 3 =', (1 | 2) & 3);
console.log('precedence 1 ^ 3 | 4 =', 1 ^ 3 | 4);
console.log('5 & 1 == 1 (== binds tighter):', 5 & 1 == 1);

var flags = 0;
var READ = 1;
var WRITE = 2;
var EXEC = 4;
flags |= READ;
flags |= EXEC;
console.log('flags:', flags, 'has READ:', (flags & READ) !== 0, 'has WRITE:', (flags & WRITE) !== 0);
flags &= ~READ;
console.log('after clearing READ:', flags);
flags ^= WRITE;
console.log('after toggling WRITE:', flags);

function bits(n) {
  var s = '';
  for (var i = 7; i >= 0; i--) s += (n >> i) & 1;
  return s;
}
console.log('bits of 10:', bits(10), 'bits of ~10 & 255:', bits(~10 & 255));
