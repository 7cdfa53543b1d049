// Circular references are marked with <ref *N> and [Circular *N].
var self = {};
self.self = self;
console.log(self);

var a = { name: 'a' };
var b = { name: 'b', a: a };
a.b = b;
console.log(a);
console.log(b);

var arr = [1, 2];
arr.push(arr);
console.log(arr);

var parent = { name: 'parent', children: [] };
var child = { name: 'child', parent: parent };
parent.children.push(child);
console.log(parent);

var two = { name: 'two refs' };
two.first = two;
two.second = two;
console.log(two);

var x = { name: 'x' };
var y = { name: 'y' };
x.y = y;
y.y = y;
console.log(x);

var outer = { inner: {} };
outer.inner.loop = outer.inner;
outer.inner.up = outer;
console.log(outer);

var shared = { v: 1 };
console.log({ first: shared, second: shared });

function Node(v) {
  this.value = v;
  this.next = null;
}
var n1 = new Node(1);
var n2 = new Node(2);
n1.next = n2;
n2.next = n1;
console.log(n1);
console.log([n1]);
