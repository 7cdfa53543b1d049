// Object.seal and Object.preventExtensions: which writes still work.
function attempt(label, f) {
  try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var s = Object.seal({ a: 1, b: [1] });
s.a = 2; s.c = 3; delete s.a;
console.log(JSON.stringify(s), Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(s, "a")));
(function () {
  "use strict";
  attempt("write", function () { s.a = 5; });
  attempt("add", function () { s.c = 3; });
  attempt("delete", function () { delete s.a; });
})();
attempt("reconfigure", function () { Object.defineProperty(s, "a", { enumerable: false }); });
attempt("make read-only", function () { Object.defineProperty(s, "a", { writable: false }); });
console.log(Object.isFrozen(Object.seal({})), Object.isFrozen(s));
Object.defineProperty(s, "b", { writable: false });
console.log(Object.isFrozen(s));

var p = Object.preventExtensions({ x: 1 });
p.x = 2; p.y = 3; delete p.x;
console.log(JSON.stringify(p), Object.isExtensible(p), Object.isSealed(p), "x" in p);
(function () {
  "use strict";
  attempt("add", function () { p.y = 3; });
  attempt("add index", function () { p[1] = 3; });
})();
attempt("setPrototypeOf", function () { Object.setPrototypeOf(p, null); });
attempt("defineProperty", function () { Object.defineProperty(p, "y", { value: 1 }); });

// Arrays: sealed and non-extensible.
var sa = Object.seal([1, 2, 3]);
sa[0] = 10;
sa[3] = 4;
console.log(JSON.stringify(sa));
attempt("sealed push", function () { sa.push(1); });
attempt("sealed pop", function () { sa.pop(); });
attempt("sealed reverse", function () { sa.reverse(); });
console.log(JSON.stringify(sa));
var pa = Object.preventExtensions([1, 2, 3]);
attempt("non-extensible pop", function () { pa.pop(); });
attempt("non-extensible push", function () { pa.push(9); });
attempt("non-extensible shift", function () { pa.shift(); });
console.log(JSON.stringify(pa), pa.length);
(function () {
  "use strict";
  var a = [1, 2, 3];
  Object.defineProperty(a, 1, { configurable: false });
  attempt("truncate past non-configurable", function () { a.length = 0; });
  console.log(JSON.stringify(a), a.length);
})();
var b = [1, 2, 3];
Object.defineProperty(b, 1, { configurable: false });
b.length = 0;
console.log(JSON.stringify(b), b.length);
console.log(Object.seal(1), Object.preventExtensions("x"), Object.isSealed(null), Object.isExtensible(1));
