// Object constructor, Object.create with property descriptors, prototype
// getters and setters.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
console.log(typeof Object(), typeof Object(null), typeof Object(undefined), typeof new Object(1), Object(1) instanceof Number);
var same = {};
console.log(Object(same) === same, new Object(same) === same, typeof Object("s"), Object("s").length);
class Sub extends Object { constructor() { super(); this.made = true; } }
var sub = new Sub();
console.log(sub.made, sub instanceof Sub, Object.getPrototypeOf(sub) === Sub.prototype);

var proto = { greet: function () { return "hi " + this.name; } };
var c = Object.create(proto, {
  name: { value: "Ann", enumerable: true },
  hidden: { value: 1 },
  age: { get: function () { return 30; }, enumerable: true }
});
console.log(c.greet(), JSON.stringify(c), Object.keys(c).join(","), Object.getOwnPropertyNames(c).join(","));
var bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), "toString" in bare, Object.keys(bare));
attempt("create(1)", function () { return Object.create(1); });
attempt("create(undefined)", function () { return Object.create(undefined); });
attempt("create props null", function () { return Object.create({}, null); });
attempt("create bad descriptor", function () { return Object.create({}, { a: 1 }); });
console.log(JSON.stringify(Object.create({}, undefined)));

console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("") === String.prototype, Object.getPrototypeOf(true) === Boolean.prototype);
attempt("getPrototypeOf(null)", function () { return Object.getPrototypeOf(null); });
var t = {};
console.log(Object.setPrototypeOf(t, proto) === t, Object.getPrototypeOf(t) === proto);
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf("x", {}));
attempt("setPrototypeOf(undefined)", function () { return Object.setPrototypeOf(undefined, {}); });
attempt("setPrototypeOf bad proto", function () { return Object.setPrototypeOf({}, 1); });
attempt("setPrototypeOf cycle", function () { var a = {}; return Object.setPrototypeOf(proto, Object.create(Object.create(proto))); });
attempt("setPrototypeOf non-extensible", function () { return Object.setPrototypeOf(Object.preventExtensions({}), {}); });
attempt("setPrototypeOf Object.prototype", function () { return Object.setPrototypeOf(Object.prototype, {}); });
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype);

// Changing prototypes updates lookups (inline caches).
function read(x) { return x.v; }
var p1 = { v: 1 }, p2 = { v: 2 };
var obj = Object.create(p1);
var seen = [];
for (var i = 0; i < 4; i++) {
  if (i === 2) Object.setPrototypeOf(obj, p2);
  seen.push(read(obj));
}
p2.v = 3;
seen.push(read(obj));
console.log(seen.join(","));
