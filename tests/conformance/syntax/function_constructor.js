// The Function constructor: parameters and body from strings, compiled in
// the global scope, SyntaxErrors as exceptions.
var x = "global x";
function f() {
  var x = "local x";
  return Function("return x;")();
}
console.log(f());

var add = new Function("a", "b", "return a + b;");
console.log(add(2, 3), add.length, typeof add, add.name);
var noArgs = Function("return typeof this;");
console.log(noArgs());
var joined = new Function("a, b", "c", "return [a, b, c].join('-');");
console.log(joined(1, 2, 3));
try { new Function("return )"); } catch (e) { console.log(e instanceof SyntaxError, e.name); }
console.log(Object.getPrototypeOf(add) === Function.prototype, add instanceof Function);
var empty = Function();
console.log(typeof empty, empty(), empty.length);
var made = new Function("n", "var s = 0; for (var i = 0; i < n; i++) s += i; return s;");
console.log(made(100), made(2000));
