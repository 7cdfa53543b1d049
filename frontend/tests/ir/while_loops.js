// while and do-while, with break and continue.
function f(n) {
  var i = 0;
  var evens = 0;
  while (true) {
    i++;
    if (i > n) break;
    if (i % 2) continue;
    evens++;
  }
  do {
    i--;
  } while (i > 0);
  return evens;
}
