// Arithmetic and comparison edge cases, run in a hot loop so that compiled
// code (int32 and double fast paths) sees them as well as the interpreter.
var pairs = [
  [7, 2], [-7, 2], [7, -2], [-7, -2], [0, 5], [0, -5], [-0, 5], [5, 0], [-5, 0],
  [0, 0], [-2147483648, -1], [-2147483648, 1], [2147483647, 1], [2147483647, -1],
  [6, 3], [-6, 3], [6, -3], [1.5, 0.5], [-1.5, 2], [NaN, 1], [1, NaN],
  [Infinity, 2], [-Infinity, 3], [5, Infinity], [1e300, 1e300], [65536, 65536],
  [-4, 2], [4, -2], [3, "4"], ["3", 4], [null, 1], [undefined, 1], [true, 2],
  [0.1, 0.2], [46341, 46341], [-1, 0], [2147483647, 2147483647],
];

function show(x) {
  if (x === 0 && 1 / x < 0) return "-0";
  return String(x);
}

function ops(a, b) {
  return [
    a + b, a - b, a * b, a / b, a % b,
    a < b, a <= b, a > b, a >= b, a === b, a !== b,
    a >>> b, a >> b, a << b, a & b, a | b, a ^ b,
  ];
}

var lines = [];
for (var round = 0; round < 300; round++) {
  for (var i = 0; i < pairs.length; i++) {
    var r = ops(pairs[i][0], pairs[i][1]);
    if (round === 299) lines.push(pairs[i].map(show).join(",") + " => " + r.map(show).join(" "));
  }
}
console.log(lines.join("\n"));

// Strict equality by identity and by value.
function eq(a, b) { return a === b; }
var o = {}, p = {};
var checks = [];
for (var k = 0; k < 2000; k++) {
  checks = [eq(o, o), eq(o, p), eq(null, null), eq(null, undefined), eq(undefined, undefined),
    eq(true, true), eq(true, 1), eq("ab", "a" + "b"), eq(o, "x"), eq(1, 1.0), eq(NaN, NaN),
    eq(0, -0), eq(2.5, 2.5), eq(o, null), eq("1", 1)];
}
console.log(checks.join(" "));

// Doubles that are integral become int32 again; -0 stays a double.
var acc = 0;
for (var j = 0; j < 5000; j++) acc = (acc + 0.5) * 2 % 1000;
console.log(acc, show(-0 * 1), show(0 * -1), show(-1 % 1), show(-8 % 4), 2147483647 + 1, -2147483648 - 1);
