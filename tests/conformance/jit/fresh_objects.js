// A constructor inlined at `new` adds properties to an object it just
// allocated, which cannot be a prototype yet, so the compiled code skips
// the not-a-prototype test of each added property. Once the object has
// been passed to a call (which may make it a prototype), later additions
// test it again: here the call makes it the prototype of another object,
// whose cached lookups of the property added afterwards must see it.
var children = [];
function adopt(o) {
  children.push(Object.create(o));
}
function Node(v, share) {
  this.v = v;
  this.w = v + 1;
  if (share) adopt(this);
  this.late = v * 2;
  this.later = "x" + v;
}

function readLate(c) {
  return c.late;
}

var sum = 0;
for (var i = 0; i < 5000; i++) {
  var n = new Node(i, i % 1000 === 999);
  sum += n.v + n.w + n.late + n.later.length;
}
console.log(sum, children.length);
for (var j = 0; j < children.length; j++) {
  var c = children[j];
  console.log(readLate(c), c.later, c.v, Object.getPrototypeOf(c).w);
}

// Children read before their prototype gets a property, then after.
var early = [];
function Early(share) {
  this.a = 1;
  if (share) early.push(Object.create(this));
  this.b = 2;
}
function readB(c) {
  return c.b;
}
var seen = 0;
for (var k = 0; k < 3000; k++) {
  var e = new Early(k % 500 === 0);
  seen += e.a + e.b;
}
var total = 0;
for (var m = 0; m < early.length; m++) {
  for (var r = 0; r < 400; r++) total += readB(early[m]);
}
console.log(seen, early.length, total);
