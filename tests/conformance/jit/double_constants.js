// Arithmetic with a constant operand that is not an int32 goes straight to
// doubles; an int32 constant is not tested; operands known to be numbers
// are not checked. Results must be the same for every operand type.
function lcg(state) {
  return (state * 1103515245 + 12345) % 2147483648;
}
var s = 42;
for (var i = 0; i < 5000; i++) s = lcg(s);
console.log(s, lcg(0), lcg(-1), lcg(2.5), lcg("7"), lcg(null), lcg(undefined), lcg({ valueOf() { return 3; } }));

function half(x) {
  return x * 0.5 + 0.25;
}
var h = 0;
for (var i = 0; i < 5000; i++) h += half(i);
console.log(h, half(3), half(-0), half("x"), half("4"), half(true), half([]), half(2147483647));

function mix(a, b) {
  var t = a * 31 + b;
  return (t - 1.5) / 2 + (t % 7);
}
var m = 0;
for (var i = 0; i < 5000; i++) m += mix(i, i * 3);
console.log(m, mix(1, 2), mix(-5, 0), mix(0.1, 0.2), mix("3", 4), mix(1e308, 1e308), mix(NaN, 1));

// Fewer arguments than parameters, then more.
function params(a, b, c, d) {
  return [a, b, c, d].join("/");
}
for (var i = 0; i < 3000; i++) params(i, i, i, i);
console.log(params(), params(1), params(1, 2), params(1, 2, 3), params(1, 2, 3, 4), params(1, 2, 3, 4, 5));

// -0 and huge values through the double paths.
function scale(x) {
  return x * 1.0e-320 * 1.0e320 - 0.0;
}
for (var i = 0; i < 3000; i++) scale(i);
console.log(scale(-0), 1 / scale(-0), scale(5), scale(-7), 1 / (0 * -1.5));
