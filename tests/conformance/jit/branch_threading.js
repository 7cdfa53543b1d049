// Conditions built of && and || branch straight to their targets in JIT
// code (no boolean made where the paths merge). Every shape must keep its
// meaning: operands of any type (truthiness), values of && and || used as
// values too, side effects in the right operand (short-circuit order),
// loops whose condition is a chain, negation, nesting, and deopts inside.
function ws(c) {
  return c !== 32 && c !== 10 && c !== 9;
}
function ident(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function classify(c) {
  if (c !== 32 && c !== 10 && c !== 9) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return "id";
    if (!(c >= 48 && c <= 57) || c === 0) return "punct";
    return "digit";
  }
  return "space";
}
var log = [];
function t(name, v) {
  log.push(name);
  return v;
}
function order(a, b, c) {
  if ((t("a", a) && t("b", b)) || t("c", c)) return 1;
  return 0;
}
function value(a, b, c) {
  var x = (a && b) || c;
  return typeof x + ":" + String(x);
}
function loop(s) {
  var i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  var j = s.length;
  for (; j > i && !(s.charCodeAt(j - 1) !== 32); ) j--;
  return i + "-" + j;
}
var counts = {};
var hash = 0;
for (var k = 0; k < 5000; k++) {
  var c = k % 130;
  var cls = classify(c);
  counts[cls] = (counts[cls] || 0) + 1;
  hash = (hash * 3 + (ws(c) ? 1 : 0) + (ident(c) ? 2 : 0)) | 0;
  log.length = 0;
  hash = (hash + order(k % 2, k % 3, k % 5) + log.length) | 0;
}
console.log(JSON.stringify(counts), hash);
var vals = [0, 1, "", "s", null, undefined, NaN, {}, [], -0, 2.5];
var out = [];
for (var r = 0; r < 2000; r++) {
  var a = vals[r % vals.length], b = vals[(r >> 2) % vals.length], cc = vals[(r >> 4) % vals.length];
  log.length = 0;
  out.push(order(a, b, cc) + log.join("") + value(a, b, cc));
}
console.log(out.length, out.slice(0, 12).join(" "), out.slice(1990).join(" "));
console.log(loop("  \tab c  "), loop("   "), loop(""), loop("x"));
for (var q = 0; q < 3000; q++) loop("  a b  ");
// Operands that stop being int32s: the JIT's guards deopt.
console.log(ws(32.5), ident(97.5), classify(1e10), classify("a"), classify(undefined));
