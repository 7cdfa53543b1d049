// charCodeAt past either end of its string is NaN. Native code speculates
// that the index is in range and leaves for the interpreter, keeping its
// code, when it is not; a function that keeps doing that is compiled again
// without the speculation. Every result must be the same as Node's.

function sumCodes(s, from, to) {
  var sum = 0;
  var nans = 0;
  for (var i = from; i < to; i++) {
    var c = s.charCodeAt(i);
    if (c !== c) nans++;
    else sum += c;
  }
  return sum + " " + nans;
}

// In range while the function warms up and is compiled.
var text = "the quick brown fox jumps over the lazy dog";
var total = 0;
for (var round = 0; round < 3000; round++) {
  total = (total + sumCodes(text, 0, text.length).length) % 1000;
}
console.log(total, sumCodes(text, 0, text.length));

// Now past the end, rarely (soft deopts), then at every call.
for (var k = 0; k < 5; k++) console.log(sumCodes(text, text.length - 2, text.length + 2));
var acc = 0;
for (var k = 0; k < 3000; k++) acc += sumCodes("ab", -1, 3).length;
console.log(acc, sumCodes("ab", -1, 3));

// A lexer loop that reads one past the end at the end of its input.
function digits(s, i) {
  var n = 0;
  while (true) {
    var c = s.charCodeAt(i++);
    if (!(c >= 48 && c <= 57)) return n;
    n = n * 10 + (c - 48);
  }
}
var t = 0;
for (var k = 0; k < 4000; k++) t = (t + digits("12345" + (k % 10), 0)) % 100000;
console.log(t, digits("", 0), digits("7", 0), digits("x", 0));

// Integer arithmetic on the code: it is an int32 in range.
function hash(s) {
  var h = 0;
  for (var i = 0; i <= s.length; i++) {
    var c = s.charCodeAt(i);
    h = (h * 31 + (c | 0)) | 0;
  }
  return h;
}
var hs = 0;
for (var k = 0; k < 2000; k++) hs = (hs + hash("protojit" + k)) | 0;
console.log(hs, hash(""), hash("a"));
