// Compound assignment and ++ on members: the object once, a computed key
// converted once.
function f(o, k) {
  o.x += 1;
  o[k] *= 2;
  o.count++;
  return o[k]--;
}
