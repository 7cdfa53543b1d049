// `===` and `!==` with an operand known to be a string: the same cell is
// equal, a non-string or two different atoms are not, and other strings
// compare their texts.
function isAb(a) {
  return a === "ab";
}
function notAb(a) {
  return "ab" !== a;
}
var parts = ["a", "b"];
var count = 0;
for (var i = 0; i < 5000; i++) {
  if (isAb(i % 2 ? "ab" : "x")) count++;
  if (notAb(parts[0] + parts[1])) count += 100;
}
console.log(count);
console.log(isAb("ab"), isAb(parts.join("")), isAb(1), isAb(null), isAb({}), isAb(undefined), isAb(true));
console.log(notAb("ab"), notAb(parts.join("")), notAb(2.5), notAb("abc"), notAb(NaN));

// Both sides strings by type.
function sameText(a, b) {
  return a + "" === b + "";
}
for (var i = 0; i < 3000; i++) sameText(i, i);
console.log(sameText(1, 1), sameText("x", "y"), sameText("long string", "long" + " string"), sameText(-0, 0));

// A switch over strings in a hot method.
function Op(sym) {
  this.sym = sym;
}
Op.prototype.apply = function (a, b) {
  switch (this.sym) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
  }
  return NaN;
};
var ops = [new Op("+"), new Op("-"), new Op("*"), new Op("/"), new Op(["+"][0]), new Op("" + "-")];
var acc = 0;
for (var r = 0; r < 2000; r++) for (var j = 0; j < ops.length; j++) acc += ops[j].apply(r, 3) || 0;
console.log(acc);
console.log(new Op("+").apply(1, 2), new Op(1).apply(1, 2), new Op(String.fromCharCode(42)).apply(4, 5));

// A string constant passed to an inlined callee is known to be a string
// there: the compare in the body is the string one.
function Tok(text) {
  this.text = text;
}
function isText(t, s) {
  return t.text === s;
}
function countPlus(toks) {
  var n = 0;
  for (var i = 0; i < toks.length; i++) {
    if (isText(toks[i], "+")) n++;
    if (isText(toks[i], "let")) n += 10;
  }
  return n;
}
var src = "let a + b + let + c ++ 1";
var toks = [];
for (var i = 0; i < src.length; i++) {
  if (src[i] === " ") continue;
  var j = i;
  while (j < src.length && src[j] !== " ") j++;
  toks.push(new Tok(src.slice(i, j)));
  i = j;
}
toks.push(new Tok(1), new Tok(null), new Tok(["+"]), new Tok(String.fromCharCode(43)));
var sum = 0;
for (var r = 0; r < 500; r++) sum += countPlus(toks);
console.log(sum, countPlus(toks), isText(new Tok("+"), "+"), isText(new Tok(43), "+"));
