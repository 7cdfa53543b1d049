// Function.prototype.call, apply (array-likes), toString source text,
// name/length/prototype of functions.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
function show() { return typeof this + ":" + Array.prototype.join.call(arguments, ","); }
console.log(show.call(), show.call(null, 1, 2), show.call(5), show.apply({}, [1, 2]));
console.log(show.apply(null), show.apply(null, undefined), show.apply(null, { length: 2, 0: "a", 1: "b" }), show.apply(null, "xy".split("")));
attempt("apply primitive", function () { return show.apply(null, 5); });
attempt("apply string", function () { return show.apply(null, "ab"); });
attempt("call non-function", function () { return Function.prototype.call.call({}); });
attempt("apply non-function", function () { return Function.prototype.apply.call(1); });
console.log(Math.max.apply(null, [1, 5, 3]), String.prototype.toUpperCase.call("abc"), Array.prototype.slice.call("abc", 1).join(""));
function strictThis() { "use strict"; return this; }
console.log(strictThis.call(5), strictThis.call(undefined), typeof strictThis.apply("s"));

// toString: source text for JS functions, native code for builtins.
function declared(a, /* comment */ b) { return a + b; }
var expr = function named() { };
var arrow = (x) => x * 2;
var obj = { method(a) { return a; }, get prop() { return 1; }, ["comp" + "uted"]() {} };
class Cls { constructor() {} static s() {} m() {} }
console.log(declared.toString());
console.log(String(expr), String(arrow));
console.log(obj.method.toString(), Object.getOwnPropertyDescriptor(obj, "prop").get.toString(), obj.computed.toString());
console.log(Cls.toString());
console.log(Cls.s.toString(), Cls.prototype.m.toString());
console.log(Math.max.toString(), Function.prototype.toString.call(Object), String(Array.prototype.push));
console.log(Function.prototype.toString(), String(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get));
attempt("toString on object", function () { return Function.prototype.toString.call({}); });

// name and length.
function params(a, b = 1, c) {}
function rest(a, ...r) {}
console.log(params.length, rest.length, (function (a, b) {}).length, ((a) => {}).length, declared.name, expr.name, arrow.name);
var anonymous = [function () {}][0];
console.log(JSON.stringify(anonymous.name), obj.method.name, Object.getOwnPropertyDescriptor(obj, "prop").get.name, Cls.name, Cls.s.name);
var ld = Object.getOwnPropertyDescriptor(declared, "length");
console.log(ld.writable, ld.enumerable, ld.configurable);
declared.length = 10;
console.log(declared.length);
Object.defineProperty(declared, "name", { value: "renamed" });
console.log(declared.name);

// prototype objects: functions have them, arrows and methods do not.
console.log(typeof declared.prototype, declared.prototype.constructor === declared, Object.keys(declared.prototype).length);
console.log("prototype" in arrow, "prototype" in obj.method, "prototype" in Math.max, Object.getOwnPropertyDescriptor(Cls, "prototype").writable);
var pd = Object.getOwnPropertyDescriptor(declared, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
console.log(Function.prototype(), typeof Function.prototype, Function.prototype.length, JSON.stringify(Function.prototype.name));
