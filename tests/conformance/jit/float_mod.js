// `%` on doubles: integral operands below 2^62 take the JIT's integer
// path (the remainder has the dividend's sign, -0 included); fractions,
// huge values, zeros, infinities and NaN take fmod. Every pair is computed
// many times so the function is native for most of them.
var vals = [
  5.5, -7, 0, -0, 1e20, -1e20, 2147483648, -2147483649, 9007199254740991,
  -9007199254740991, 9007199254740992, -9007199254740994, 3, -3, 0.5,
  Infinity, -Infinity, NaN, 4294967296 * 3 + 7, -(4294967296 * 5 + 2), 1e-310,
  2 ** 62 - 1024, -(2 ** 62 - 1024), 2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 63),
  2 ** 64, 2147483647 * 1103515245, -(2 ** 53 + 2) * 3, 2 ** 61 + 2 ** 20,
];
function show(r) {
  return Object.is(r, -0) ? "-0" : String(r);
}
function mod(a, b) {
  return a % b;
}
var seen = {};
for (var k = 0; k < 8; k++) {
  var line = [];
  for (var i = 0; i < vals.length; i++) {
    for (var j = 0; j < vals.length; j++) line.push(show(mod(vals[i], vals[j])));
  }
  seen[line.join(" ")] = true;
}
var lines = Object.keys(seen);
console.log(lines.length, "distinct");
console.log(lines[0]);

// A linear congruential generator past int32: the integer path's use.
var s = 1;
for (var i = 0; i < 100000; i++) s = (s * 1103515245 + 12345) % 2147483648;
console.log("lcg", s);
var t = -1;
for (var i = 0; i < 3000; i++) t = (t * 65539 - 7) % 4294967291;
console.log("negative lcg", show(t));
// The parser benchmark's generator: products past 2^53 (inexact, but the
// remainder of the rounded product is exact).
var u = 7;
for (var i = 0; i < 100000; i++) u = (u * 1103515245 + 12345) % 2147483648;
console.log("wide lcg", u);
var w = -5;
for (var i = 0; i < 3000; i++) w = (w * 4294967311 - 3) % 9007199254740881;
console.log("wide negative lcg", show(w));
