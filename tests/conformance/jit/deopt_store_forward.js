// A property or global is stored, then loaded again after calls that may
// change it (or change what a store means). A compiled function must never
// reuse the stale stored value.
var G = 0;
var mode = 0;
function P(x) { this.x = x; this.y = 0; }
function touch(o) {
  if (mode === 1) G = "changed";
  if (mode === 2) o.x = o.x * 100;
  if (mode === 3) delete o.x;
  if (mode === 4) Object.defineProperty(o, "x", { get: function () { return "getter"; }, configurable: true });
  if (mode === 5) Object.freeze(o);
  return 0;
}
function storeLoad(o, v) {
  G = v;
  o.x = v;
  var r = touch(o);
  return [G, o.x, r];
}
function show(a) { return a.join("/"); }
var s = 0;
var p = new P(0);
for (var i = 0; i < 4000; i++) s += storeLoad(p, i)[1];
console.log("warm", s);
var modes = [];
for (var m = 1; m <= 5; m++) {
  mode = m;
  var q = new P(1);
  modes.push(m + ":" + show(storeLoad(q, 7)) + ":" + show(storeLoad(q, 8)));
}
console.log("modes", modes.join(" "));
mode = 0;
console.log("back", show(storeLoad(new P(0), 9)));

// A setter added to the prototype later turns a plain store into a call.
var sets = [];
function Box() { this.other = 1; }
function putGet(b, v) { b.val = v; var r1 = b.val; b.val = v + 1; return r1 + "," + b.val; }
var acc = 0;
for (var j = 0; j < 4000; j++) { var bx = new Box(); putGet(bx, j); acc += bx.val; }
console.log("warm box", acc);
Object.defineProperty(Box.prototype, "val", {
  set: function (v) { sets.push(v); this._v = v * 10; },
  get: function () { return this._v; },
  configurable: true
});
console.log("setter", putGet(new Box(), 5), sets.join(","));
var own = new Box(); putGet(own, 1);
console.log("own", Object.keys(own).join(","), own.val);
delete Box.prototype.val;
console.log("removed", putGet(new Box(), 5));

// A global written in a hot loop while a callee reads and rewrites it.
globalThis.counter = 0;    // configurable, unlike a var
var bumpBy = 0;
function bump() { counter += bumpBy; return counter; }
function loopGlobal(n) {
  var seen = [];
  for (var i = 0; i < n; i++) {
    counter = i;
    var after = bump();
    if (counter !== after) seen.push("bad" + i);
    if (i % 1000 === 999) seen.push(counter);
  }
  return seen.join(",");
}
console.log("loopGlobal", loopGlobal(4000));
bumpBy = 0.5;
console.log("loopGlobal double", loopGlobal(2000));
bumpBy = "s";
console.log("loopGlobal string", loopGlobal(2000));
Object.defineProperty(globalThis, "counter", { get: function () { return 42; }, set: function (v) {}, configurable: true });
bumpBy = 1;
console.log("loopGlobal getter", loopGlobal(2000), counter);

// Same object reached through two references (aliasing).
function alias(a, b, v) {
  a.x = v;
  b.x = v + 1;          // may be the same object as a
  return a.x;
}
var a1 = new P(0), b1 = new P(0);
var t = 0;
for (var k = 0; k < 4000; k++) t += alias(a1, b1, k);
console.log("alias warm", t, alias(a1, a1, 10), alias(a1, b1, 10), alias(b1, b1, 2.5));
var arrA = [1, 2, 3];
function elemAlias(x, y, v) { x[0] = v; y[0] = v * 2; return x[0]; }
for (var k2 = 0; k2 < 4000; k2++) elemAlias(arrA, [0], k2);
console.log("elem alias", elemAlias(arrA, arrA, 3), elemAlias(arrA, [0], 4), arrA.join(","));

// A valueOf called during arithmetic writes to the property being summed.
function sumTwice(o) { var a = o.x; var b = o.y + 0; var c = o.x; return a + "|" + b + "|" + c; }
for (var w = 0; w < 4000; w++) sumTwice({ x: w, y: 1 });
var tricky = { x: 1, y: { valueOf: function () { tricky.x = "mut"; return 5; } } };
console.log("valueOf writes", sumTwice(tricky), tricky.x);
var tricky2 = { x: 2 };
Object.defineProperty(tricky2, "y", { get: function () { tricky2.x = 3.5; return 1; } });
console.log("getter writes", sumTwice(tricky2));
