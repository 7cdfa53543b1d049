// Predicates that return booleans, inlined into callers that branch on
// them: the compiled caller may test the truth of the result without the
// boxed value. Also predicates that return a boolean on some paths and
// something else on others, `!` and `&&`/`||` chains over inlined results,
// and results kept as values (printed, stored) as well as branched on.
function Scanner(text) {
  this.text = text;
  this.pos = 0;
}
Scanner.prototype.isDigit = function (c) { return c >= 48 && c <= 57; };
Scanner.prototype.isLower = function (c) { return c >= 97 && c <= 122; };
Scanner.prototype.isWord = function (c) { return this.isLower(c) || this.isDigit(c) || c === 95; };
Scanner.prototype.isSpace = function (c) { return !(c !== 32 && c !== 10); };
Scanner.prototype.count = function () {
  var words = 0, digits = 0, spaces = 0, other = 0;
  for (var i = 0; i < this.text.length; i++) {
    var c = this.text.charCodeAt(i);
    if (this.isDigit(c)) digits++;
    if (this.isWord(c) && !this.isDigit(c)) words++;
    else if (this.isSpace(c)) spaces++;
    else if (!this.isWord(c)) other++;
  }
  return words + "/" + digits + "/" + spaces + "/" + other;
};

// Returns a boolean, a number or undefined: its result is not a truth flag.
function mixed(x) {
  if (x > 10) return true;
  if (x < 0) return x;
  if (x === 5) return undefined;
  return false;
}
// Returns the comparison itself, or a string on a path first reached late.
function lateString(x) {
  if (x === 1000) return "";
  return x % 3 === 0;
}

var s = new Scanner("let v1 = max(12, v0_a) ;\nfoo_bar 99 + baz - 7 \n");
var out = [];
for (var round = 0; round < 3000; round++) {
  var r = s.count();
  if (round % 1000 === 0) out.push(r);
}
console.log(out.join(" "));

var hits = 0, kept = [];
for (var i = -5; i < 3000; i++) {
  var m = mixed(i % 20 - 3);
  if (m) hits++;
  if (!m) hits += 2;
  var l = lateString(i);
  if (l) hits += 3;
  if (i % 601 === 0) kept.push(String(m) + ":" + String(l) + ":" + (l || m));
}
console.log(hits, kept.join(","));

// A predicate whose body deopts once it meets a string.
function positive(x) { return x > 0; }
function countPositive(arr) {
  var n = 0;
  for (var i = 0; i < arr.length; i++) if (positive(arr[i])) n++;
  return n;
}
var nums = [];
for (var k = 0; k < 200; k++) nums.push(k % 7 - 3);
var total = 0;
for (var t = 0; t < 200; t++) total += countPositive(nums);
nums.push("5", "-1", "x", true, null);
console.log(total, countPositive(nums), positive("2") && positive(1.5) && !positive(-0));
