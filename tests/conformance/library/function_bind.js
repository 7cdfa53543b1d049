// Function.prototype.bind: this and argument binding, name and length,
// constructing bound functions, instanceof, errors.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
function add(a, b, c) { return [this && this.tag, a, b, c].join("|"); }
var b1 = add.bind({ tag: "T" }, 1);
console.log(b1(2, 3), b1.name, b1.length, typeof b1.prototype);
var b2 = b1.bind({ tag: "ignored" }, 2);
console.log(b2(3), b2.name, b2.length);
console.log(add.bind(null, 1, 2, 3, 4).length, add.bind().length, add.bind().name);
var nd = Object.getOwnPropertyDescriptor(b1, "name"), ld = Object.getOwnPropertyDescriptor(b1, "length");
console.log(JSON.stringify(nd), JSON.stringify(ld), Object.getOwnPropertyNames(b1).join(","));

// name and length come from the target at bind time.
function target() {}
Object.defineProperty(target, "name", { value: 42 });
Object.defineProperty(target, "length", { value: -5 });
console.log(JSON.stringify(target.bind().name), target.bind().length);
Object.defineProperty(target, "length", { value: Infinity });
console.log(target.bind(null, 1).length);
Object.defineProperty(target, "length", { value: "3" });
console.log(target.bind().length);
Object.defineProperty(target, "length", { value: 2.7 });
console.log(target.bind().length, target.bind(null, 1).length);
delete target.length;
console.log(target.bind().length);
var anon = (0, function () {});
console.log(JSON.stringify(anon.bind().name), JSON.stringify((() => 1).bind().name));

// Constructing a bound function ignores the bound this; instanceof uses the target.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var BoundPoint = Point.bind({ ignored: true }, 10);
var p = new BoundPoint(5);
console.log(p.x, p.y, p.sum(), p instanceof Point, p instanceof BoundPoint, p.ignored);
console.log(Object.getPrototypeOf(p) === Point.prototype, "prototype" in BoundPoint);
class K { constructor(a) { this.a = a; } }
var BK = K.bind(null, "k");
var k = new BK();
console.log(k.a, k instanceof K, k instanceof BK);
attempt("call bound class", function () { return BK(); });
attempt("new bound arrow", function () { return new ((() => 1).bind(null))(); });
attempt("new bound method", function () { var m = { f() {} }.f; return new (m.bind(null))(); });
attempt("bind non-function", function () { return Function.prototype.bind.call({}); });
attempt("bind number", function () { return Function.prototype.bind.call(5); });

// Bound natives and arrows keep their this.
var max = Math.max.bind(null, 5);
console.log(max(1, 9), max(), max.name, max.length);
var bound = function () { return this; }.bind("str");
console.log(typeof bound(), String(bound()));
var arrowThis = (() => typeof this).bind({});
console.log(arrowThis());
console.log(typeof Function.prototype.bind.call(add, undefined), add.bind(undefined, 1)(2, 3));
console.log(Function.prototype.toString.call(b1));
