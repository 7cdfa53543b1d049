// Object.create(p) is allocated inline once its site has seen the
// built-in: null prototypes, the prototype last used (the VM's cache), and
// every other way through the helper must behave like the built-in.
var base = { kind: "base", hello: function () { return "hi from " + this.kind; } };
var other = { kind: "other" };
function make(p) {
  return Object.create(p);
}
function fill(p, n) {
  var out = [];
  for (var i = 0; i < n; i++) {
    var o = Object.create(p);
    o.i = i;
    out.push(o);
  }
  return out;
}
var total = 0;
for (var k = 0; k < 3000; k++) {
  var a = make(base);
  var b = make(null);
  var c = make(k % 3 === 0 ? other : base);
  a.x = k;
  b.y = k;
  total += a.x + b.y + (c.kind === "other" ? 1 : 0);
  if (Object.getPrototypeOf(b) !== null || Object.getPrototypeOf(a) !== base) throw new Error("proto");
}
console.log(total, make(base).hello(), make(base).kind, "toString" in make(null));
console.log(Object.keys(make(base)), JSON.stringify(make(null)), Object.getPrototypeOf(make(Object.prototype)) === Object.prototype);
var list = fill(base, 50).concat(fill(null, 50), fill(other, 50), fill(Array.prototype, 5));
var sum = 0;
for (var i = 0; i < list.length; i++) sum += list[i].i;
console.log(list.length, sum, list[0].kind, list[120].kind, typeof list[152].push, list[60].kind);
// Many prototypes in turn: each misses the one-entry cache.
var protos = [];
for (var i = 0; i < 20; i++) protos.push({ n: i });
var s = 0;
for (var k = 0; k < 2000; k++) s += make(protos[k % 20]).n;
console.log(s);
// Not an object or null: V8's TypeError, from native code too.
var bad = [undefined, 1, "s", true];
for (var i = 0; i < bad.length; i++) {
  try {
    make(bad[i]);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// A collection between creations (the cache is cleared) and many objects.
var keep = [];
for (var k = 0; k < 100000; k++) {
  var o = make(k % 2 ? base : other);
  o.k = k;
  if (k % 1000 === 0) keep.push(o);
}
console.log(keep.length, keep[7].k, keep[7].kind, keep[8].kind);
// Object.create replaced, then restored.
var saved = Object.create;
Object.create = function (p) {
  return { replaced: true, p: p === base };
};
console.log(JSON.stringify(make(base)));
Object.create = saved;
console.log(make(base).kind);
// With properties (a second argument): the built-in's own path.
function withProps(p) {
  return Object.create(p, { z: { value: 5, enumerable: true } });
}
for (var k = 0; k < 2000; k++) withProps(base);
console.log(JSON.stringify(withProps(base)), withProps(null).z);
