// slice and substring with int32 arguments are direct calls in JIT code
// once their sites have seen the built-ins on strings. Every case must
// behave like the built-in: negative and out-of-range bounds, swapped
// substring bounds, one argument, non-int32 arguments, one-unit pieces
// (shared strings), a replaced method, a receiver that is not a string.
function pieces(s, a, b) {
  return s.slice(a, b) + "|" + s.substring(a, b) + "|" + s.slice(a) + "|" + s.substring(a);
}
var strs = ["hello world", "", "a", "\u00e9t\u00e9", "x\u0100y", "0123456789"];
var h = 0;
for (var i = 0; i < 4000; i++) {
  var p = pieces(strs[i % strs.length], (i % 15) - 7, (i % 13) - 6);
  for (var k = 0; k < p.length; k++) h = (h * 31 + p.charCodeAt(k)) | 0;
}
console.log(h);
console.log(pieces("hello world", 3, 5), pieces("hello world", -3, -1), pieces("hello world", 8, 2));
console.log(pieces("abcdef", 2147483647, -2147483648), pieces("abcdef", -2147483648, 2147483647));
console.log(pieces("abcdef", 1.5, 4), pieces("abcdef", undefined, "3"), pieces("abcdef", NaN, Infinity));

// One-unit pieces are the same strings as charAt's.
function one(s, i) {
  return s.slice(i, i + 1);
}
var same = 0;
for (var j = 0; j < 3000; j++) if (one("abc", j % 3) === "abc".charAt(j % 3)) same++;
console.log(same, one("\u20ac", 0), one("abc", 5) === "");

// A replaced slice, and receivers that are not strings.
function cut(s) {
  return s.slice(1, 3);
}
for (var m = 0; m < 3000; m++) cut("wxyz");
var saved = String.prototype.slice;
String.prototype.slice = function (a, b) {
  return "replaced " + a + " " + b;
};
console.log(cut("wxyz"));
String.prototype.slice = saved;
console.log(cut("wxyz"), cut([1, 2, 3, 4]).join(","), cut({ slice: function () { return "own"; } }));
try {
  cut(null);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
