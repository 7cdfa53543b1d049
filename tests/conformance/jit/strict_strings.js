// `===` and `!==` on strings in hot code: atoms (literals, property
// names, one-character strings) against strings built at run time
// (slices, concatenations, numbers turned to text), the same cell, and
// strings against numbers, booleans, objects, undefined and null.
function eq(a, b) {
  return a === b;
}
function ne(a, b) {
  return a !== b;
}
function kind(t) {
  switch (t) {
    case "let":
      return 1;
    case "+":
      return 2;
    case "":
      return 3;
    default:
      return 0;
  }
}
var src = "let x = 1 + 2; letter + lets";
var built = ["le" + "t", src.slice(0, 3), src.charAt(10), "", src.slice(4, 4), String(12), 12 + "", "x"];
var others = ["let", "+", "", "12", 12, "x", true, null, undefined, {}, ["let"], "lets", "le", "\u0000let"];
var counts = [0, 0, 0];
var lines = {};
for (var k = 0; k < 400; k++) {
  var line = [];
  for (var i = 0; i < built.length; i++) {
    var a = built[i];
    for (var j = 0; j < others.length; j++) {
      var b = others[j];
      line.push(eq(a, b) ? 1 : 0, ne(b, a) ? 1 : 0);
    }
    line.push(eq(a, a) ? 1 : 0, ne(a, a) ? 1 : 0, kind(a));
  }
  var s = line.join("");
  lines[s] = (lines[s] || 0) + 1;
  var t = src.slice(k % 20, (k % 20) + 3);
  counts[kind(t) === 1 ? 0 : eq(t, "let") ? 1 : 2]++;
}
console.log(Object.keys(lines));
console.log(counts);
var words = src.split(" ");
var hits = 0;
for (var r = 0; r < 2000; r++) {
  for (var w = 0; w < words.length; w++) {
    if (words[w] === "let") hits++;
    if (words[w] !== "+") hits += 2;
  }
}
console.log(hits);
