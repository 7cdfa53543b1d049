// A call site that has seen one closure compares the callee with it and
// then knows its function info; any other callee (another closure, a
// builtin, a bound function, a non-function) takes the general way.
function big(x) {
  var s = 0;
  for (var i = 0; i < 3; i++) {
    if (x > 1000000) throw new Error("too big");
    s += x * i;
  }
  return s;
}
function other(x) {
  try {
    return x + 1;
  } catch (e) {
    return -1;
  }
}
function callIt(f, x) {
  return f(x);
}
var total = 0;
for (var i = 0; i < 4000; i++) total += callIt(big, i);
console.log(total);
console.log(callIt(other, 41), callIt(Math.abs, -7), callIt(big.bind(null, 5), 0));
try {
  callIt(12, 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  callIt(big, 2000000);
} catch (e) {
  console.log(e.message);
}
for (var j = 0; j < 3000; j++) total += callIt(j % 2 ? big : other, j);
console.log(total);
