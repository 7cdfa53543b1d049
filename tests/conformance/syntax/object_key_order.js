// Own key order: integer-like keys ascending, then strings in insertion order.
var o = { b: 1, a: 2, 10: 'ten', 2: 'two', z: 3, 1: 'one' };
console.log(Object.keys(o));
console.log(o);

var later = {};
later.zeta = 1;
later[5] = 'five';
later.alpha = 2;
later[0] = 'zero';
later['3'] = 'three';
console.log(Object.keys(later));

var notIndex = { '01': 'leading zero', '-1': 'negative', '1.5': 'fraction', 1: 'one', ' 2': 'space' };
console.log('non-canonical numeric strings keep insertion order:', Object.keys(notIndex));

var big = { 4294967295: 'max+', 4294967294: 'max index', 7: 'seven' };
console.log('very large integer keys:', Object.keys(big));

var forIn = [];
for (var k in o) forIn.push(k);
console.log('for-in order:', forIn);

var reinsert = { a: 1, b: 2, c: 3 };
delete reinsert.a;
reinsert.a = 'back';
console.log('deleted and re-added goes last:', Object.keys(reinsert));

var overwrite = { x: 1, y: 2 };
overwrite.x = 'updated';
console.log('overwrite keeps position:', Object.keys(overwrite));

var arr = ['a', 'b'];
arr.extra = 'x';
arr[5] = 'f';
console.log('array keys:', Object.keys(arr));

console.log('values:', Object.values(o));
console.log('entries:', Object.entries({ b: 1, 0: 'z' }));
console.log('getOwnPropertyNames:', Object.getOwnPropertyNames({ y: 1, 3: 3, x: 2 }));

var assigned = Object.assign({}, { b: 1, 2: 'two' }, { a: 2, 1: 'one' });
console.log('assign result order:', Object.keys(assigned));
