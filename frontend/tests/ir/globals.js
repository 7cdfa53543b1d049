// Top-level var and function declarations are global properties; let is not.
var a = 1;
function f() {
  return a + b + c;
}
let c = 3;
b = 2;
console.log(typeof undeclared, f());
