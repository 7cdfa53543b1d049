// `+` where a string operand is known (by type) or the only kind a site
// saw: two strings are joined by a helper that never fails; anything else
// takes the generic path (known string) or deopts (seen strings only).

// Seen only strings, then a number, an object with toString, null.
function join2(a, b) {
  return a + b;
}
var s = "";
for (var i = 0; i < 3000; i++) s = join2("a" + (i % 10), "b");
console.log(s, join2(1, 2), join2("q", 3), join2({ toString() { return "T"; } }, "z"), join2(null, "n"));

// A literal operand: the result is a string whatever the other is.
function tag(a) {
  return "x" + a;
}
for (var i = 0; i < 3000; i++) s = tag(i);
console.log(s, tag("y"), tag(null), tag(undefined), tag({ valueOf() { return 7; } }), tag(1.5), tag(-0));

// Concatenation in an inlined body; the caller keeps using the result.
function Name(first, last) {
  this.first = first;
  this.last = last;
}
Name.prototype.full = function () {
  return this.first + " " + this.last;
};
function lengths(names) {
  var n = 0;
  for (var i = 0; i < names.length; i++) n += names[i].full().length;
  return n;
}
var names = [];
for (var i = 0; i < 50; i++) names.push(new Name("F" + i, "L" + (i * 7)));
var total = 0;
for (var r = 0; r < 200; r++) total += lengths(names);
console.log(total);
names.push(new Name(1, 2));
names.push(new Name({ toString() { return "obj"; } }, "x"));
console.log(lengths(names), names[50].full(), names[51].full());

// Empty operands give the other operand back.
function wrap(a, b) {
  return a + b + "";
}
for (var i = 0; i < 3000; i++) s = wrap("", "k");
console.log(s, wrap("", ""), wrap("a", ""), wrap("", "b").length);

// A string known from a check before: a property load proved it.
function suffix(o) {
  var t = o.text;
  var u = t + "!";
  return u + t.length;
}
var o = { text: "hey" };
for (var i = 0; i < 3000; i++) s = suffix(o);
console.log(s, suffix({ text: 12 }), suffix({ text: "" }));

// A result past the longest string is a RangeError, in either tier.
var big = "x".repeat(1 << 20);
var t = big;
try {
  for (var k = 0; k < 40; k++) t = join2(t, t);
} catch (e) {
  console.log(e.name, e.message, k);
}
try {
  var u = big;
  for (var k = 0; k < 40; k++) u = u + u;
} catch (e) {
  console.log(e.name, e.message, k);
}
