// Object.freeze is enforced on every write path: assignment (dot, bracket,
// compound, ++), defineProperty, delete, prototype changes, array methods;
// sloppy code fails silently, strict code throws V8's TypeErrors.
function attempt(label, f) {
  try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var o = Object.freeze({ a: 1, nested: { b: 2 }, get g() { return 3; } });
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));

// Sloppy: silently ignored.
o.a = 10; o["a"] = 11; o.a += 1; o.a++; o.c = 1; o[0] = 1; delete o.a;
console.log(JSON.stringify(o), o.c, o[0]);
o.nested.b = 20;
console.log(o.nested.b, Object.isFrozen(o.nested));

// Strict: TypeErrors.
(function () {
  "use strict";
  attempt("dot", function () { o.a = 10; });
  attempt("bracket", function () { o["a"] = 10; });
  attempt("compound", function () { o.a += 1; });
  attempt("increment", function () { o.a++; });
  attempt("add", function () { o.c = 1; });
  attempt("add index", function () { o[0] = 1; });
  attempt("delete", function () { delete o.a; });
  attempt("getter only", function () { o.g = 1; });
})();
attempt("defineProperty", function () { Object.defineProperty(o, "a", { value: 2 }); });
attempt("defineProperty same", function () { Object.defineProperty(o, "a", { value: 1 }); });
attempt("defineProperty new", function () { Object.defineProperty(o, "z", { value: 2 }); });
attempt("setPrototypeOf", function () { Object.setPrototypeOf(o, {}); });
attempt("setPrototypeOf same", function () { Object.setPrototypeOf(o, Object.prototype); });
attempt("__proto__", function () { o.__proto__ = {}; });

// Frozen objects as prototypes: inherited read-only properties block
// assignment on the child too.
var child = Object.create(o);
child.a = 5;
console.log(child.a, Object.keys(child).length);
(function () {
  "use strict";
  attempt("inherited read-only", function () { child.a = 5; });
})();
Object.defineProperty(child, "a", { value: 6, writable: true, enumerable: true, configurable: true });
console.log(child.a, Object.keys(child));

// Frozen arrays.
var arr = Object.freeze([3, 1, 2]);
arr[0] = 9; arr[5] = 1; arr.length = 0;
console.log(JSON.stringify(arr), arr.length);
attempt("push", function () { arr.push(4); });
attempt("pop", function () { arr.pop(); });
attempt("shift", function () { arr.shift(); });
attempt("unshift", function () { arr.unshift(0); });
attempt("splice", function () { arr.splice(0, 1); });
attempt("sort", function () { arr.sort(); });
attempt("reverse", function () { arr.reverse(); });
attempt("fill", function () { arr.fill(0); });
attempt("copyWithin", function () { arr.copyWithin(0, 1); });
(function () {
  "use strict";
  attempt("index", function () { arr[0] = 1; });
  attempt("length", function () { arr.length = 0; });
  attempt("new index", function () { arr[3] = 1; });
})();
console.log(JSON.stringify(arr), arr.map(function (x) { return x * 2; }).join(), arr.slice().reverse().join());

// Functions, primitives and already-frozen values.
function fn() {}
Object.freeze(fn);
fn.prop = 1;
console.log(fn.prop, Object.isFrozen(fn), Object.freeze(5), Object.freeze("s"), Object.isFrozen(5), Object.isFrozen({}));
var empty = Object.preventExtensions({});
console.log(Object.isFrozen(empty), Object.isSealed(empty));
var withAcc = Object.freeze({ set s(v) { this.seen = v; } });
withAcc.s = 1;
console.log(withAcc.seen, JSON.stringify(Object.getOwnPropertyDescriptor(withAcc, "s")));
