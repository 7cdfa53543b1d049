// Integer arithmetic warmed up with small int32 values, then given values
// that overflow int32, produce -0, doubles, strings, null/undefined/booleans
// and objects whose valueOf has side effects.
function add(a, b) { return a + b; }
function sub(a, b) { return a - b; }
function mul(a, b) { return a * b; }
function neg(a) { return -a; }
function inc(a) { a++; return a; }
function dec(a) { a--; return a; }
function preInc(a) { return ++a; }
function postDec(a) { var old = a--; return [old, a]; }
function mix(a, b) { var t = a * 3 - b; t += a; t -= 1; return t * 2; }
function fmt(x) {
  if (x === 0) return 1 / x < 0 ? "-0" : "0";
  if (typeof x === "string") return JSON_like(x);
  return String(x);
}
function JSON_like(s) { return '"' + s + '"'; }

var acc = 0;
for (var i = 0; i < 4000; i++) {
  acc = (acc + add(i, 1) + sub(i, 3) + mul(i & 15, 7) + neg(i & 7) +
         inc(i) + dec(i) + preInc(i) + postDec(i)[1] + mix(i & 255, 5)) | 0;
}
console.log("warm", acc);

var big = 2147483647, small = -2147483648;
console.log("add overflow", fmt(add(big, 1)), fmt(add(big, big)), fmt(add(small, -1)), fmt(add(small, small)));
console.log("sub overflow", fmt(sub(small, 1)), fmt(sub(big, -1)), fmt(sub(0, small)), fmt(sub(-1, big)));
console.log("mul overflow", fmt(mul(65536, 65536)), fmt(mul(big, 2)), fmt(mul(small, -1)), fmt(mul(46341, 46341)), fmt(mul(46340, 46340)));
console.log("mul -0", fmt(mul(0, -1)), fmt(mul(-1, 0)), fmt(mul(0, 5)), fmt(mul(-5, 0)), Object.is(mul(0, -3), -0));
console.log("neg", fmt(neg(0)), fmt(neg(small)), fmt(neg(big)), Object.is(neg(0), -0), 1 / neg(0));
console.log("inc/dec", fmt(inc(big)), fmt(dec(small)), fmt(preInc(big)), postDec(small).map(fmt).join(" "));
console.log("sub -0", fmt(sub(-0, 0)), fmt(add(-0, -0)), fmt(add(-0, 0)), fmt(sub(0, 0)));
console.log("doubles", add(0.5, 0.25), sub(1.5, 2), mul(0.1, 3), neg(2.5), inc(1.5), dec(-0.5), mix(1.5, 0.5));
console.log("nan/inf", add(NaN, 1), mul(Infinity, 0), sub(Infinity, Infinity), neg(-Infinity), inc(NaN));
console.log("strings", fmt(add("1", 2)), fmt(add(1, "2")), fmt(add("a", "b")), fmt(sub("10", 3)), fmt(mul("6", "7")), fmt(neg("5")), fmt(inc("41")), fmt(dec("x")));
console.log("null/undef/bool", add(null, 1), add(undefined, 1), add(true, 1), add(true, true), sub(false, 1), mul(null, 5), neg(null), neg(true), inc(null), dec(undefined), preInc(false));
console.log("mix overflow", fmt(mix(big, small)), fmt(mix(1e9, -1e9)), fmt(mix("3", 1)));

var log = [];
var counter = { n: 10, valueOf: function () { log.push("v" + this.n); this.n++; return this.n; } };
console.log("valueOf", add(counter, 1), sub(counter, 1), mul(counter, 2), neg(counter), inc(counter), dec(counter));
console.log("valueOf log", log.join(","), counter.n);
log = [];
var a1 = { valueOf: function () { log.push("a"); return 3; } };
var b1 = { valueOf: function () { log.push("b"); return 4; } };
console.log("order", add(a1, b1), sub(a1, b1), mul(b1, a1), mix(a1, b1), log.join(""));
var strObj = { toString: function () { return "S"; } };
console.log("toString", add(strObj, 1), add(1, strObj), sub(strObj, 1));
var arr = [5];
console.log("array", add(arr, 1), sub(arr, 1), mul([2], [3]), add([], []), neg([]), neg([7]));

// Values flip back and forth inside a hot loop.
var s = 0, flips = [];
for (var j = 0; j < 6000; j++) {
  var x = j % 1000 === 999 ? big : j;
  var y = add(x, 1);
  if (y > big) { flips.push(j); s += 1; } else { s = (s + y) | 0; }
}
console.log("flips", s, flips.join(","));
// Accumulation that crosses into doubles inside a hot loop.
function accumulate(n, step) {
  var t = 0;
  for (var q = 0; q < n; q++) t += step;
  return t;
}
console.log("accumulate", accumulate(5000, 1), accumulate(5000, 1000000), accumulate(5000, 0.5), accumulate(3, "a"));
function countDown(n) {
  var t = 0;
  for (var q = n; q > n - 5000; q--) t -= q;
  return t;
}
console.log("countDown", countDown(5000), countDown(-2147483000));
// Results after all the deopts: small ints still right.
console.log("after", add(2, 3), sub(2, 3), mul(-4, 5), neg(6), inc(7), dec(8), preInc(9), postDec(10).join(" "), mix(4, 3));
