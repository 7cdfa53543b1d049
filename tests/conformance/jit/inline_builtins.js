// charCodeAt and push are inlined by the JIT once their sites have seen
// the built-ins; every way out of the inlined code must behave like the
// built-in: indices out of range or not int32, a replaced method, arrays
// that are frozen, sparse, have a read-only length or holes, an indexed
// property on Array.prototype, array-likes.
function codes(s, n) {
  var sum = 0;
  for (var i = 0; i < n; i++) sum += s.charCodeAt(i) | 0;
  return sum;
}
function codeAt(s, i) {
  return s.charCodeAt(i);
}
var t = 0;
for (var k = 0; k < 3000; k++) t += codes("hello, world", 12);
console.log(t);
console.log(codeAt("abc", 5), codeAt("abc", -1), codeAt("abc", 1.5), codeAt("abc", "2"));
console.log(codes("short", 10), codeAt("\u20ac", 0), codeAt("", 0));
var saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) {
  return 1000 + i;
};
console.log(codeAt("abc", 1), codes("xy", 3));
String.prototype.charCodeAt = saved;
console.log(codeAt("abc", 1));

function fill(a, n) {
  for (var i = 0; i < n; i++) a.push(i * 2);
  return a.length;
}
var total = 0;
for (var k = 0; k < 2000; k++) total += fill([], 20);
console.log(total);
var big = [];
console.log(fill(big, 5000), big[4999], big.length);
var holes = [1, , 3];
console.log(fill(holes, 2), holes.join(","));
var sparse = [];
sparse[100] = "x";
console.log(fill(sparse, 2), sparse.length, sparse[101], sparse[102]);
var ro = [1, 2];
Object.defineProperty(ro, "length", { writable: false });
try {
  fill(ro, 1);
} catch (e) {
  console.log(e.constructor.name, ro.length);
}
var frozen = Object.freeze([1]);
try {
  fill(frozen, 1);
} catch (e) {
  console.log(e.constructor.name, frozen.length);
}
var shortened = [1, 2, 3, 4];
shortened.length = 2;
console.log(fill(shortened, 2), shortened.join(","));
var like = { length: 1, 0: "a", push: Array.prototype.push };
console.log(fill(like, 2), like.length, like[2]);
function pushOne(a, x) {
  return a.push(x);
}
for (var k = 0; k < 3000; k++) pushOne([], k);
var arr = [];
Array.prototype.push = function (x) {
  return "replaced " + x;
};
console.log(pushOne(arr, 1), arr.length);
delete Array.prototype.push;
try {
  pushOne(arr, 2);
} catch (e) {
  console.log(e.constructor.name);
}
Object.defineProperty(Array.prototype, "push", { value: function () { return 7; }, writable: true, configurable: true });
console.log(pushOne([], 3));

// charAt: one-unit strings (cached below 256, new above), the empty string
// out of range, a replaced method, and the strings compared with literals.
function charsOf(s, n) {
  var out = "";
  for (var i = 0; i < n; i++) out += s.charAt(i) + "|";
  return out;
}
function charAt(s, i) {
  return s.charAt(i);
}
var seenChars = {};
for (var k = 0; k < 3000; k++) seenChars[charsOf("a\u00ff\u20ac\ud83d\ude00z", 8)] = k;
console.log(Object.keys(seenChars), charAt("abc", 1) === "b", charAt("abc", 5) === "");
console.log(JSON.stringify([charAt("abc", -1), charAt("abc", 1.5), charAt("abc", "2"), charAt("", 0)]));
var hits = 0;
for (var k = 0; k < 3000; k++) if (charAt("x+y", k % 4) === "+") hits++;
console.log(hits);
var savedCharAt = String.prototype.charAt;
String.prototype.charAt = function (i) {
  return "<" + i + ">";
};
console.log(charAt("abc", 1), charsOf("xy", 2));
String.prototype.charAt = savedCharAt;
console.log(charAt("abc", 1), charAt("\u20ac", 0).charCodeAt(0));
