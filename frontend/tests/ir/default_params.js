// Default parameters: evaluated when the argument is undefined; length stops
// at the first default; later parameters are in their TDZ.
function f(a, b = a + 1, c = () => b, d) {
  return [a, b, c(), d];
}
function g(x = y, y) {
  return x;
}
