// console.log of nested objects and arrays, depth limits and circular refs.
console.log({ a: { b: { c: { d: 'deep' } } } });
console.log({ a: { b: { c: { d: { e: 'too deep' } } } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log([[]], [{}], {});
console.log({ arr: [1, 2, 3], obj: { x: 1 }, empty: [], emptyObj: {} });

// Long arrays.
var long = [];
for (var i = 0; i < 120; i++) long.push(i);
console.log(long);

// Arrays of short strings are grouped into columns.
var words = [];
for (var j = 0; j < 30; j++) words.push('w' + j);
console.log(words);

// Line breaking for wide objects.
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'e' });

// Sparse arrays.
var sparse = [1, , 3];
sparse[7] = 8;
console.log(sparse);
console.log(new Array(5));

// Extra array properties.
var withProp = [1, 2];
withProp.extra = 'x';
console.log(withProp);

// Circular references.
var self = { name: 'self' };
self.me = self;
console.log(self);
var a = { name: 'a' };
var b = { name: 'b', a: a };
a.b = b;
console.log(a);
var ring = [1];
ring.push(ring);
console.log(ring);

// Mixed types.
console.log([null, undefined, true, 0, -0, 'str', NaN]);
console.log({ u: undefined, n: null });

// Nested instances.
function Node(v) {
  this.v = v;
  this.next = null;
}
var n1 = new Node(1);
n1.next = new Node(2);
n1.next.next = new Node(3);
console.log(n1);
