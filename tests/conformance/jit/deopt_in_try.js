// Guards failing inside try/catch/finally in hot functions. After the bail
// out, code that throws must still reach the right handler (the function's
// own catch or a caller's), and finally blocks must run exactly once.
var log = [];
function P(x) { this.x = x; }

// Own catch: after the shape guard fails, the next statement throws.
function ownCatch(o, n) {
  var stage = "start";
  try {
    stage = "read";
    var v = o.x + n;             // shape / int guard
    stage = "after";
    if (v > 1000000 || typeof v === "string") throw new RangeError("big:" + v);
    return v;
  } catch (e) {
    return "caught " + e.name + " " + e.message + " at " + stage;
  } finally {
    log.push("f" + stage);
  }
}
var s = 0;
var flen = 0;
for (var i = 0; i < 4000; i++) { log = []; s += ownCatch(new P(i), 1); flen += log.length; }
console.log("warm ownCatch", s, flen);
log = [];
console.log(ownCatch({ y: 0, x: 2000000 }, 1));
console.log(ownCatch(new P(2147483647), 1));
console.log(ownCatch(new P("s"), 1));
console.log(ownCatch(null, 1));
console.log(ownCatch(new P(5), 1));
console.log("finally log", log.join(","));

// Deopt in a callee, exception propagates to the caller's catch.
function inner(o) {
  var t = o.x * 2;               // guard fails for doubles/other shapes
  if (t !== t) throw new TypeError("NaN from " + typeof o.x);
  if (t > 5000) o.boom();        // no such method -> TypeError
  return t;
}
function outer(o) {
  try {
    return inner(o);
  } catch (e) {
    log.push("outer:" + e.message);
    return -1;
  } finally {
    log.push("outerFinally");
  }
}
log = [];
var t2 = 0;
flen = 0;
for (var j = 0; j < 4000; j++) { log = []; t2 += outer(new P(j & 1023)); flen += log.length; }
console.log("warm outer", t2, flen);
log = [];
console.log(outer({ x: "abc" }), outer(new P(1.25)), outer({ z: 1, x: 3000 }), outer(new P(7)));
console.log("outer log", log.join(" | "));

// Nested try blocks; deopt inside the inner finally.
function nested(o, k) {
  var path = [];
  try {
    try {
      path.push("t1");
      if (k === 1) throw new Error("one");
      path.push("v" + (o.x + 1));
    } finally {
      path.push("fin1:" + (o.x - 1));   // guard here may fail
      if (k === 2) throw new Error("two");
    }
    path.push("mid");
    if (k === 3) throw new Error("three");
  } catch (e) {
    path.push("c:" + e.message + ":" + o.x);
  } finally {
    path.push("fin2");
  }
  return path.join(" ");
}
var lens = 0;
for (var k = 0; k < 3000; k++) lens += nested(new P(k), k & 3).length;
console.log("warm nested", lens);
console.log(nested({ x: 1.5 }, 0));
console.log(nested({ a: 1, x: "s" }, 1));
console.log(nested({ x: 2147483647 }, 2));
console.log(nested(Object.create({ x: 10 }), 3));

// A hot loop inside try; a guard fails and the loop body then throws.
function loopThrow(arr) {
  var sum = 0, idx = -1;
  try {
    for (var i = 0; i < arr.length; i++) {
      idx = i;
      sum += arr[i].x;
      if (sum !== sum) throw new Error("nan at " + i);
    }
  } catch (e) {
    return "caught " + e.message + " sum=" + sum + " idx=" + idx;
  } finally {
    log.push("loopFinally" + idx);
  }
  return "ok " + sum;
}
var arr = [];
for (var m = 0; m < 4000; m++) arr.push(new P(m));
log = [];
console.log(loopThrow(arr));
arr[3000] = { x: undefined };
console.log(loopThrow(arr));
arr[3000] = null;
console.log(loopThrow(arr));
arr[3000] = { q: 0, x: 0.5 };
console.log(loopThrow(arr));
console.log("loop log", log.join(","));
arr = null;

// Rethrow through several compiled frames, each with a finally.
function level(n, o) {
  try {
    if (n === 0) return o.x.y.z;   // throws when the chain is short
    return level(n - 1, o) + 1;
  } finally {
    log.push(n);
  }
}
var deep = { x: { y: { z: 1 } } };
var t3 = 0;
for (var q = 0; q < 3000; q++) { log = []; t3 += level(3, deep); }
console.log("warm level", t3);
log = [];
try { level(5, { x: { y: null } }); } catch (e) { console.log("level error", e.name, e.message); }
console.log("level log", log.join(","));
log = [];
console.log("level ok", level(4, { x: { y: { z: 2.5 } } }), log.join(","));
// Caught value is a non-Error that came from a deopted frame.
function throwVal(o) { try { throw o.x; } catch (v) { return typeof v + ":" + v; } }
for (var w = 0; w < 3000; w++) throwVal(new P(w));
console.log(throwVal({ x: "str" }), throwVal({ x: null }), throwVal(new P(1.5)), throwVal(new P(3)));
