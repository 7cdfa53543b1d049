// clif-snapshot: --jit-threshold=5 --print-only talk
// A method found on the prototype: the call site guards the receiver's
// shape and the prototype chain's validity cell, loads the method from the
// holder, compares it with the closure the site has called (whose function
// info is then a constant; any other callee is checked to be a function),
// and enters its native code directly (speak has a loop, so it is not
// inlined: see inlined_method.js). Two calls per iteration get talk
// compiled before the loop's OSR compile.
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function (times) {
  var s = "";
  for (var i = 0; i < times; i++) s += this.name;
  return s;
};
function talk(a) {
  return a.speak(1);
}
var cat = new Animal("cat");
var out = "";
for (var i = 0; i < 10; i++) out = talk(cat) + talk(cat);
console.log(out);
