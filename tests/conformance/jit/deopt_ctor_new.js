// Constructors whose `this.x = ...` stores are warmed up with ints and one
// shape, then given other types and conditional property adds. Checks the
// objects `new` produces: values, instanceof and property order.
function Pt(x, y) { this.x = x; this.y = y; }
function Cond(a, b) {
  this.a = a;
  if (b !== undefined) this.b = b;
  if (typeof a === "string") this.s = a.length;
  this.z = 0;
}
class Base {
  constructor(v) { this.v = v; this.tag = "base"; }
  get twice() { return this.v * 2; }
}
class Derived extends Base {
  constructor(v, w) {
    super(v + 1);
    this.w = w;
    if (w > 5000) this.big = true;
  }
  sum() { return this.v + this.w; }
}
class Derived2 extends Derived {
  constructor(v) { super(v, v * 2); this.d2 = "yes"; }
}
function Legacy(n) { this.v = n; this.tag = "legacy"; this.legacy = n; }
Legacy.prototype = Object.create(Base.prototype);
class FromFn extends Legacy {
  constructor(n) { super(n); this.ff = n + 0.5; }
}
function keys(o) { return Object.keys(o).join(","); }

var t = 0;
for (var i = 0; i < 4000; i++) {
  var p = new Pt(i, i + 1);
  var c = new Cond(i, i);
  var d = new Derived(i, i & 7);
  t += p.x + p.y + c.a + c.b + c.z + d.sum() + d.twice;
}
console.log("warm", t);
var e = new Pt(1, 2);
console.log("int", keys(e), e.x, e.y, e instanceof Pt, e.constructor === Pt);
var f = new Pt(1.5, "y");
console.log("mixed types", keys(f), f.x, f.y, typeof f.y);
var g = new Pt(undefined, null);
console.log("undef/null", keys(g), g.x, g.y, "x" in g);
var h = new Pt({ k: 1 }, [1, 2]);
console.log("objects", keys(h), h.x.k, h.y.length);
var big = new Pt(2147483647 + 1, -2147483649);
console.log("big", big.x, big.y);

console.log("cond both", keys(new Cond(1, 2)));
console.log("cond no b", keys(new Cond(1)));
console.log("cond string", keys(new Cond("abc", 2)), new Cond("abcd").s);
console.log("cond string no b", keys(new Cond("x")));
// Store sites in a hot constructor see many shapes one after another.
var shapes = [];
for (var j = 0; j < 6000; j++) {
  var arg = j % 4 === 0 ? "s" + j : j % 4 === 1 ? j : j % 4 === 2 ? j + 0.5 : null;
  var o = j % 3 === 0 ? new Cond(arg) : new Cond(arg, j);
  if (j >= 5990) shapes.push(keys(o) + "=" + o.a);
}
console.log("cond mix", shapes.join(" "));

// Derived classes: super() with other types, conditional fields.
var d1 = new Derived(1, 2);
console.log("derived", keys(d1), d1.sum(), d1.twice, d1 instanceof Derived, d1 instanceof Base);
var d2 = new Derived("a", "b");
console.log("derived strings", keys(d2), d2.v, d2.sum(), d2.twice);
var d3 = new Derived(0.5, 6000);
console.log("derived big", keys(d3), d3.sum(), d3.big);
var d4 = new Derived2(3);
console.log("derived2", keys(d4), d4.sum(), d4 instanceof Derived, d4.constructor.name);
var ff = new FromFn(4);
console.log("fromFn", keys(ff), ff.twice, ff instanceof Legacy, ff instanceof Base);
console.log(d1, d4);
console.log(new Pt(3, 4), new Cond("q", 1));

// The prototype of a hot constructor changes: new objects get the new one.
var before = new Pt(0, 0);
Pt.prototype = { norm: function () { return this.x + this.y; } };
var after = new Pt(3, 4);
console.log("proto swap", before instanceof Pt, after instanceof Pt, after.norm(), typeof before.norm);
// A setter on the prototype intercepts the constructor's store.
var setLog = [];
Object.defineProperty(Pt.prototype, "y", {
  set: function (v) { setLog.push(v); },
  get: function () { return "got"; },
  configurable: true
});
var viaSetter = new Pt(5, 6);
console.log("setter", keys(viaSetter), viaSetter.y, setLog.join(","));
// A read-only x on the prototype: the sloppy store is ignored.
Object.defineProperty(Pt.prototype, "x", { value: "ro", writable: false, configurable: true });
var ro = new Pt(7, 8);
console.log("readonly", keys(ro), ro.x, ro.hasOwnProperty("x"));
// Constructor returning an object overrides `this`.
function Maybe(flag) { this.a = 1; if (flag) return { other: true }; }
var m = 0;
for (var k = 0; k < 4000; k++) m += new Maybe(false).a;
var mo = new Maybe(true);
console.log("maybe", m, keys(mo), mo instanceof Maybe, new Maybe(0) instanceof Maybe);
// new.target in a hot constructor, then called via a subclass.
function Track() { this.nt = new.target === Track ? "self" : typeof new.target; }
for (var q = 0; q < 4000; q++) new Track();
class SubTrack extends Track {}
console.log("new.target", new Track().nt, new SubTrack().nt, new SubTrack() instanceof Track);
