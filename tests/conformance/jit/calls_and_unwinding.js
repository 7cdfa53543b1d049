// Calls between compiled functions: direct entries, every kind of callee at
// one site, exceptions unwinding through compiled frames, deep recursion.
function add(a, b) { return a + b; }
function twice(f, x) { return f(f(x, 1), 1); }
var bound = add.bind(null, 100);
class K { constructor() { this.k = 1; } }
var callees = [add, Math.max, bound, function (a, b) { return a * b; }, (a, b) => a - b];

var out = [];
for (var i = 0; i < 3000; i++) {
  var f = callees[i % callees.length];
  var r = f(i, 3);
  if (i >= 2995) out.push(r);
}
console.log(out.join(" "), twice(add, 5));

// A class constructor at a plain call site throws.
function callIt(g) { return g(); }
for (var j = 0; j < 2000; j++) callIt(function () { return j; });
try { callIt(K); } catch (e) { console.log(e instanceof TypeError, e.message); }
try { callIt(42); } catch (e) { console.log(e.message); }

// Exceptions thrown three compiled frames down, caught in each tier.
function thrower(n) { if (n % 1000 === 999) throw new Error("boom " + n); return n; }
function middle(n) { return thrower(n) + 1; }
function outer(n) {
  try { return middle(n); } catch (e) { return e.message; }
}
var msgs = [];
for (var k = 0; k < 3000; k++) {
  var m = outer(k);
  if (typeof m === "string") msgs.push(m);
}
console.log(msgs.join(", "));

// finally runs when an exception passes through a compiled frame.
var log = [];
function withFinally(n) {
  try { return middle(n); } finally { log.push(n); }
}
for (var q = 0; q < 1200; q++) {
  try { withFinally(q); } catch (e) { log.push("caught " + e.message); }
}
console.log(log.slice(-3).join(" | "), log.length);

// Deep recursion is a RangeError, not a crash, and the engine goes on.
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
for (var w = 0; w < 2000; w++) deep(10);
try { deep(1e6); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log(deep(500));

// Missing and extra arguments, `arguments`, and sloppy `this`.
function args3(a, b, c) { return [a, b, c, arguments.length].join("/"); }
function thisType() { return typeof this; }
function strictThis() { "use strict"; return typeof this; }
var res;
for (var z = 0; z < 2000; z++) res = [args3(1), args3(1, 2, 3, 4), thisType(), strictThis(), thisType.call(5), strictThis.call(5)];
console.log(res.join(" "));
