// JSON.stringify on circular structures: V8's TypeError message names
// the path around the cycle.
function attempt(v) {
  try { console.log(JSON.stringify(v)); } catch (e) { console.log(e.name + ": " + e.message); }
}
var a = { x: 1 };
a.self = a;
attempt(a);
var b = { p: { q: [1, { r: {} }] } };
b.p.q[1].r.back = b.p;
attempt(b);
class Foo { constructor() { this.me = this; } }
attempt(new Foo());
var n = Object.create(null);
n.n = n;
attempt(n);
var arr = [];
arr.push(arr);
attempt(arr);
var deep = { a: { b: { c: { d: { e: {} } } } } };
deep.a.b.c.d.e.f = deep;
attempt(deep);
var k = {};
k[""] = k;
attempt(k);
function F() {}
var fi = new F();
fi.x = [fi];
attempt(fi);
var fake = {};
fake.constructor = { name: "Fake" };
fake.s = fake;
attempt(fake);
// The same object twice (not a cycle) is fine.
var shared = { v: 1 };
attempt({ a: shared, b: shared, c: [shared, shared] });
// toJSON results are checked too.
var holder = { list: [] };
var viaToJSON = { toJSON: function () { return holder; } };
holder.list.push(viaToJSON);
attempt(holder);
var outerObj = { list: [] };
outerObj.list.push({ parent: outerObj });
attempt(outerObj);
