// One long-running activation with several loops, nested and in sequence:
// OSR code (one compilation for every loop header of the function) must
// continue each loop with the values the interpreter had, whichever loop
// gets hot first, and values defined before a loop must survive into the
// loops after it.
function phases(n) {
  var a = 0, b = 1, s = "";
  for (var i = 0; i < n; i++) {
    a = (a + i * 7) % 1000003;
  }
  var mid = a;
  var j = 0;
  while (j < n) {
    for (var k = 0; k < 3; k++) b = (b * 31 + k + j) % 65521;
    j++;
  }
  var o = { x: 1, y: 2 };
  do {
    o.x = (o.x + o.y) % 9973;
    o.y = (o.y * 3 + 1) % 9973;
    j--;
  } while (j > 0);
  for (var p in { q: 1, r: 2 }) s += p;
  return [mid, a, b, o.x, o.y, s].join(",");
}
console.log(phases(5000));
console.log(phases(3));
var total = 0;
for (var t = 0; t < 2500; t++) {
  total += t % 7;
  if (t === 1200) console.log("half", total);
}
for (var u = 0; u < 2500; u++) total -= u % 5;
console.log("total", total);
