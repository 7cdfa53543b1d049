// parseInt with a string and an int32 (or no) radix is a direct call in
// JIT code once its site has seen the built-in; decimal digits take a
// short path in the built-in itself. Every case must behave like the
// general algorithm: whitespace, signs, 0x prefixes, radixes, long digit
// strings (past 2^53), no digits, non-strings, a replaced parseInt.
function p10(s) {
  return parseInt(s, 10);
}
function p(s) {
  return parseInt(s);
}
function pr(s, r) {
  return parseInt(s, r);
}
var inputs = ["0", "7", "42", "123abc", "  12", "-5", "+6", "0x1F", "0X1f", "08", "1e3", "", "abc",
  "999999999999999", "9999999999999999", "123456789012345678901", "-0", "3.9", "\u0661", "007"];
var h = 0;
for (var i = 0; i < 6000; i++) {
  var s = inputs[i % inputs.length];
  var r = p10(s) + p(s) * 3 + pr(s, (i % 35) + 2);
  if (r === r) h = (h * 7 + r) % 1000003;
  else h = (h * 7 + 11) % 1000003;
}
console.log(h);
var shown = [];
for (var j = 0; j < inputs.length; j++) {
  var t = inputs[j];
  shown.push(JSON.stringify(t) + ":" + p10(t) + "," + p(t) + "," + pr(t, 16) + "," + pr(t, 0) + "," + pr(t, 37));
}
console.log(shown.join(" "));
console.log(p10(42), p10(null), p10(undefined), p(7.9), pr("11", "2"), pr("11", 2.5), pr("11", { valueOf: function () { return 3; } }));
console.log(Object.is(p10("-0"), -0), Object.is(p("0"), 0));
var saved = parseInt;
parseInt = function (s, r) {
  return "replaced " + s + " " + r;
};
console.log(p10("5"), p("6"));
parseInt = saved;
console.log(p10("5"), p("6"));
