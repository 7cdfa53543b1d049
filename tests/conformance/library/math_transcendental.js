// Math's transcendental functions agree with V8 (fdlibm) to the last bit:
// a deterministic sweep over small, large, negative and special inputs.
var fns = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
  "exp", "expm1", "log", "log2", "log10", "log1p", "cbrt"];
var seed = 20240607;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
var xs = [0, -0, Infinity, -Infinity, NaN, 5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308,
  1, -1, 0.5, -0.5, 2, 10, 100, 710, -745, 1e22, 1e300, Math.PI, Math.PI / 2, Math.PI / 4, Math.E, 2 ** 20, 1e9];
for (var i = 0; i < 60; i++) {
  var e = Math.floor(rnd() * 24) - 12;
  xs.push((rnd() - 0.5) * Math.pow(2, e * (rnd() < 0.15 ? 20 : 1)));
}
for (var f = 0; f < fns.length; f++) {
  var out = [];
  for (var j = 0; j < xs.length; j++) {
    var r = Math[fns[f]](xs[j]);
    out.push(Object.is(r, -0) ? "-0" : String(r));
  }
  console.log(fns[f] + ": " + out.join(" "));
}
var pairs = [];
for (var k = 0; k < 40; k++) {
  var x = xs[(k * 7 + 3) % xs.length], y = xs[(k * 11 + 5) % xs.length];
  pairs.push(Math.pow(x, y), Math.pow(Math.abs(x), 0.3), Math.pow(x, 3), Math.pow(x, -2), Math.pow(1.0001, k * 100), Math.atan2(x, y));
}
console.log("pow/atan2: " + pairs.join(" "));
console.log(Math.pow(2, 0.5) === Math.SQRT2, Math.exp(1) === Math.E, Math.log(Math.E), Math.sin(Math.PI), Math.cos(Math.PI), Math.tan(Math.PI / 4));
