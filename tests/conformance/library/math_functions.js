// Math: exact results (rounding, min/max with -0 and NaN, hypot, sign,
// clz32, imul, fround, pow edge cases) and the constants.
function show(label, f, xs) {
  var out = [];
  for (var i = 0; i < xs.length; i++) {
    var r = f(xs[i]);
    out.push(Object.is(r, -0) ? "-0" : String(r));
  }
  console.log(label + ": " + out.join(" "));
}
var xs = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5,
  -4503599627370495.5, 1e300, -1e-300, Infinity, -Infinity, NaN, "7.5", null, undefined, true];
show("round", Math.round, xs);
show("floor", Math.floor, xs);
show("ceil", Math.ceil, xs);
show("trunc", Math.trunc, xs);
show("sign", Math.sign, xs);
show("abs", Math.abs, xs);
show("sqrt", Math.sqrt, [0, -0, 4, 2, -1, Infinity, 1e-300, "16"]);
show("cbrt", Math.cbrt, [27, -8, 0, -0, Infinity]);
show("fround", Math.fround, [0.1, 1e40, -0, 5e-324, 1.5, 16777217]);
show("clz32", Math.clz32, [0, 1, -1, 0.5, 2 ** 32, 2 ** 31, "8", NaN]);
console.log("imul:", Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul());
console.log("max:", Math.max(), Math.max(1, 3, 2), Math.max(-0, 0), Math.max(0, -0), Math.max(1, NaN, 3), Math.max("10", 9));
console.log("min:", Math.min(), Math.min(1, 3, 2), Object.is(Math.min(0, -0), -0), Object.is(Math.min(-0, 0), -0), Math.min(NaN, 1));
console.log("hypot:", Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(-0), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot(-3));
console.log("pow:", Math.pow(2, 10), Math.pow(2, -1), Math.pow(2, 0.5), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(0, 0));
console.log("atan2:", Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(1, 0), Math.atan2(0, 1));
console.log("exp/log:", Math.exp(0), Math.log(1), Math.log(0), Math.log(-1), Math.log2(8), Math.log10(1000), Math.log1p(0), Math.expm1(0));
console.log("trig:", Math.sin(0), Math.cos(0), Math.tan(0), Math.asin(1) * 2 === Math.PI, Math.acos(1), Math.atan(Infinity) * 2 === Math.PI);
console.log("hyp:", Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.asinh(0), Math.acosh(1), Math.atanh(0));
console.log("consts:", Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
var r = Math.random();
console.log("random:", typeof r, r >= 0 && r < 1, Math.random.length);
Math.PI = 3;
console.log(Math.PI, delete Math.PI, Object.prototype.toString.call(Math));
var order = [];
Math.max({ valueOf: function () { order.push("a"); return NaN; } }, { valueOf: function () { order.push("b"); return 1; } });
console.log("coercion order:", order.join(","));
