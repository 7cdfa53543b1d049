// clif-snapshot: --jit-threshold=5 --print-only talk
// A small method inlined: the call site guards the receiver's shape and
// the prototype's validity cell, loads the method from the holder and
// checks it is the closure the site saw; then speak's body follows, with
// `this` known to have the guarded shape. Any failed check in the body
// deopts at the call, so the interpreter makes the whole call. Two calls
// per iteration get talk compiled before the loop's OSR compile.
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name;
};
function talk(a) {
  return a.speak();
}
var cat = new Animal("cat");
var out = "";
for (var i = 0; i < 10; i++) out = talk(cat) + talk(cat);
console.log(out);
