// Object.prototype: hasOwnProperty, isPrototypeOf, propertyIsEnumerable,
// toString tags, toLocaleString, valueOf, __proto__, and the legacy
// __defineGetter__ family.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var base = { inherited: 1 };
var o = Object.create(base);
o.own = 2;
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("inherited"), o.hasOwnProperty("toString"));
console.log("abc".hasOwnProperty(1), "abc".hasOwnProperty("length"), [1].hasOwnProperty(0), [1].hasOwnProperty("0"));
console.log(Object.prototype.hasOwnProperty.call(5, "x"), ({ 1: 1 }).hasOwnProperty(1.0));
attempt("hasOwnProperty null", function () { return Object.prototype.hasOwnProperty.call(null, "x"); });
var keyOrder = [];
attempt("key before this", function () {
  return Object.prototype.hasOwnProperty.call(undefined, { toString: function () { keyOrder.push("key"); return "k"; } });
});
console.log(keyOrder.join(","));

console.log(base.isPrototypeOf(o), Object.prototype.isPrototypeOf(o), o.isPrototypeOf(base), Object.prototype.isPrototypeOf(Object.create(null)));
console.log(Function.prototype.isPrototypeOf(Object), Object.prototype.isPrototypeOf.call(base, 5));
attempt("isPrototypeOf null this", function () { return Object.prototype.isPrototypeOf.call(null, {}); });
console.log(Object.prototype.isPrototypeOf.call(null, 1));

console.log(o.propertyIsEnumerable("own"), o.propertyIsEnumerable("inherited"), [1].propertyIsEnumerable("length"), [1].propertyIsEnumerable(0), "ab".propertyIsEnumerable(0));

var ts = Object.prototype.toString;
var values = [undefined, null, 1, "s", true, {}, [], function () {}, class {}, new Error("e"), new TypeError("t"),
  Math, JSON, Object.create(Math), new Date(0), new Number(1), new String("x"), new Boolean(false),
  (function () { return arguments; })(), Object.create(null), Object.create(Array.prototype), Object.create(Date.prototype)];
console.log(values.map(function (v) { return ts.call(v); }).join(" "));
console.log(String({}), String([1, [2, 3]]), String(Object.create(null, { toString: { value: function () { return "custom"; } } })));

attempt("toLocaleString", function () { return ({ toString: function () { return "TS"; } }).toLocaleString(); });
attempt("toLocaleString null", function () { return Object.prototype.toLocaleString.call(null); });
console.log((1234.5).toLocaleString(), [1234.5, "x", null].toLocaleString(), Object.prototype.toLocaleString.call(1234.5));
var prim = Object.prototype.valueOf.call(7);
console.log(typeof prim, prim instanceof Number, o.valueOf() === o);
attempt("valueOf null", function () { return Object.prototype.valueOf.call(null); });

// __proto__ accessor.
var desc = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, desc.get.name, desc.set.name);
console.log(o.__proto__ === base, (5).__proto__ === Number.prototype, desc.get.call("s") === String.prototype);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__);
var p2 = {};
p2.__proto__ = 5;
console.log(Object.getPrototypeOf(p2) === Object.prototype);
attempt("__proto__ getter on null", function () { return desc.get.call(null); });
attempt("__proto__ setter on undefined", function () { return desc.set.call(undefined, {}); });
console.log(desc.set.call(1, {}));
attempt("cycle", function () { var a = {}; var b = Object.create(a); a.__proto__ = b; });
attempt("Object.prototype", function () { Object.prototype.__proto__ = {}; });
var lit = { __proto__: base, "__proto__x": 1 };
console.log(Object.getPrototypeOf(lit) === base, Object.keys(lit));
var computed = { ["__proto__"]: 5 };
console.log(Object.keys(computed), Object.getPrototypeOf(computed) === Object.prototype);

// __defineGetter__ / __defineSetter__ / __lookupGetter__ / __lookupSetter__.
var legacy = {};
legacy.__defineGetter__("g", function () { return "got"; });
legacy.__defineSetter__("g", function (v) { this.stored = v; });
legacy.g = 5;
var ld = Object.getOwnPropertyDescriptor(legacy, "g");
console.log(legacy.g, legacy.stored, ld.enumerable, ld.configurable);
var heir = Object.create(legacy);
console.log(heir.__lookupGetter__("g") === ld.get, heir.__lookupSetter__("g") === ld.set, heir.__lookupGetter__("stored"), heir.__lookupGetter__("none"));
attempt("defineGetter non-function", function () { return legacy.__defineGetter__("x", 1); });
attempt("defineSetter non-function", function () { return legacy.__defineSetter__("x", {}); });
attempt("defineGetter frozen", function () { return Object.freeze({}).__defineGetter__("x", function () {}); });
