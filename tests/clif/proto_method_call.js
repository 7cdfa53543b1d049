// clif-snapshot: --jit-threshold=5 --print-only talk
// A method found on the prototype: the call site guards the receiver's
// shape and the prototype chain's validity cell, loads the method from the
// holder, and enters its native code directly.
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
for (var i = 0; i < 10; i++) out = talk(cat);
console.log(out);
