// ?: merges through a block parameter; the comma operator keeps the last value.
function f(a, b) {
  var x = a ? b : 0;
  var y = (a++, b++, a + b);
  return x + y;
}
