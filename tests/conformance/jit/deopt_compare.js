// Comparison operators warmed up with int32 operands, then given doubles,
// NaN, -0, strings, mixed types and objects whose valueOf logs its calls.
function lt(a, b) { return a < b; }
function le(a, b) { return a <= b; }
function gt(a, b) { return a > b; }
function ge(a, b) { return a >= b; }
function seq(a, b) { return a === b; }
function sne(a, b) { return a !== b; }
function leq(a, b) { return a == b; }
function all(a, b) {
  return (lt(a, b) ? "1" : "0") + (le(a, b) ? "1" : "0") + (gt(a, b) ? "1" : "0") +
         (ge(a, b) ? "1" : "0") + (seq(a, b) ? "1" : "0") + (sne(a, b) ? "1" : "0") +
         (leq(a, b) ? "1" : "0");
}
// Branching on comparisons (the compiled code may fuse compare and branch).
function classify(a, b) {
  if (a < b) return "lt";
  if (a > b) return "gt";
  if (a === b) return "eq";
  if (a == b) return "loose";
  return "none";
}
function countBelow(arr, limit) {
  var c = 0;
  for (var i = 0; i < arr.length; i++) { if (arr[i] <= limit) c++; }
  return c;
}

var h = 0;
for (var i = 0; i < 4000; i++) {
  var a = i % 17, b = i % 13;
  if (lt(a, b)) h += 1;
  if (le(a, b)) h += 2;
  if (gt(a, b)) h += 4;
  if (ge(a, b)) h += 8;
  if (seq(a, b)) h += 16;
  if (sne(a, b)) h += 32;
  if (leq(a, b)) h += 64;
  h += classify(a, b).length;
}
console.log("warm", h);
var ints = [];
for (var j = 0; j < 50; j++) ints.push(j);
var cb = 0;
for (var k = 0; k < 100; k++) cb += countBelow(ints, k % 50);
console.log("warm countBelow", cb);

console.log("ints", all(1, 2), all(2, 2), all(3, 2), all(-2147483648, 2147483647));
console.log("doubles", all(1.5, 2), all(2, 1.5), all(0.1 + 0.2, 0.3), all(2.0, 2), all(1e300, Infinity));
console.log("NaN", all(NaN, 1), all(1, NaN), all(NaN, NaN), classify(NaN, 0));
console.log("-0", all(-0, 0), all(0, -0), classify(-0, 0));
console.log("strings", all("a", "b"), all("b", "a"), all("abc", "abc"), all("10", "9"), all("", "a"));
console.log("mixed", all("10", 9), all(9, "10"), all("1", 1), all("x", 1), all(null, 0), all(undefined, 0), all(null, undefined));
console.log("bools", all(true, 1), all(false, 0), all(true, false), all(true, "1"));
console.log("big", all(2147483648, 2147483647), all(-2147483649, -2147483648), all(4294967296, 0));
console.log("classify", classify(1, 2), classify("b", "a"), classify(1, 1), classify(1, "1"), classify(null, undefined), classify({}, {}));

var log = [];
function mk(name, v) { return { valueOf: function () { log.push(name); return v; } }; }
var A = mk("A", 1), B = mk("B", 2);
log = []; var r1 = lt(A, B); console.log("lt obj", r1, log.join(""));
log = []; var r2 = gt(A, B); console.log("gt obj", r2, log.join(""));
log = []; var r3 = le(B, A); console.log("le obj", r3, log.join(""));
log = []; var r4 = ge(B, A); console.log("ge obj", r4, log.join(""));
log = []; var r5 = seq(A, A); var r6 = seq(A, 1); console.log("seq obj", r5, r6, log.join("") === "");
log = []; var r7 = leq(A, 1); var r8 = leq(A, B); console.log("leq obj", r7, r8, log.join(""));
log = []; console.log("all obj", all(A, B), log.join(""));
log = []; console.log("classify obj", classify(A, B), classify(B, A), log.join(""));
var S = { toString: function () { log.push("S"); return "m"; }, valueOf: undefined };
log = []; console.log("toString obj", all(S, "n"), log.join(""));
console.log("arrays", all([2], [10]), all([2], 10), all([1, 2], "1,2"));

var mixedArr = [1, 2.5, "3", null, undefined, NaN, true, 4, -0, "abc", [5], 6];
console.log("countBelow mixed", countBelow(mixedArr, 3), countBelow(mixedArr, 3.5), countBelow(mixedArr, "5"));
cb = 0;
for (var k2 = 0; k2 < 100; k2++) cb += countBelow(ints, k2 % 50);
console.log("countBelow again", cb);

// A hot loop whose bound becomes a double and then a string.
function loopTo(n) { var c = 0; for (var q = 0; q < n; q++) c++; return c; }
for (var w = 0; w < 3000; w++) loopTo(3);
console.log("loopTo", loopTo(10), loopTo(10.5), loopTo("12"), loopTo(NaN), loopTo(null), loopTo(-1));
// After all that, ints still compare right.
console.log("after", all(1, 2), all(5, 5), classify(7, 3), countBelow(ints, 25));

// Sites that saw only int32s compare with an int32 guard; a double or a
// string then deopts, and the recompiled code takes them too.
function seqLoop(arr, x) { var c = 0; for (var i = 0; i < arr.length; i++) if (arr[i] === x) c++; return c; }
function ltCount(arr, x) { var c = 0; for (var i = 0; i < arr.length; i++) if (arr[i] < x) c++; return c; }
var smalls = [];
for (var s2 = 0; s2 < 40; s2++) smalls.push(s2 % 7);
var acc = 0;
for (var r = 0; r < 300; r++) acc += seqLoop(smalls, r % 7) + ltCount(smalls, r % 9);
console.log("int sites", acc);
var mixed2 = [1, 1.0, 1.5, "1", -0, 0, NaN, 2147483647, 2147483648, -2147483648, -2147483649];
console.log("int sites mixed", seqLoop(mixed2, 1), seqLoop(mixed2, 0), seqLoop(mixed2, 1.5), seqLoop(mixed2, "1"),
  ltCount(mixed2, 1.5), ltCount(mixed2, 0), ltCount(mixed2, "2"), ltCount(mixed2, 2147483648));
for (var r2 = 0; r2 < 300; r2++) acc += seqLoop(mixed2, r2 % 3) + ltCount(mixed2, r2 % 5 + 0.5);
console.log("int sites rewarmed", acc, seqLoop(smalls, 3), ltCount(smalls, 4), seqLoop(mixed2, 2147483648));
