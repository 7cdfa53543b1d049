// clif-snapshot: --jit-threshold=5 --print-only Point,make
// A constructor: each `this.x = ...` is a cached shape transition (guard
// the old shape once, store the new shape and the slot; later stores know
// the shape the previous one made); `new` gets its object
// from the runtime and enters the constructor's native code directly.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function make(i) {
  return new Point(i, i + 1);
}
var last;
for (var i = 0; i < 10; i++) last = make(i);
console.log(last.x + last.y);
