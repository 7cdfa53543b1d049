// clif-snapshot: --jit-threshold=5 --print-only Point,make
// A constructor inlined at `new`: a check of the callee and of its
// `prototype`, the object allocated from the free list with the shape
// `new` made before, then Point's body, where each `this.x = ...` is a
// cached shape transition that needs no shape check (the new object's
// shape is known): the prototype chain's validity cell (checked once), the
// new shape and the slot. The object is fresh, so no prototype: its flag
// for that is not tested.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function make(n) {
  var p;
  for (var k = 0; k < n; k++) p = new Point(k, k + 1);
  return p;
}
var last;
for (var i = 0; i < 10; i++) last = make(3);
console.log(last.x + last.y);
