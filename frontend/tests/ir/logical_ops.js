// &&, ||, ?? and logical assignments merge through block parameters.
function f(a, b, o) {
  var x = a && b;
  var y = a || b;
  var z = a ?? b;
  a ||= 1;
  b &&= 2;
  o.p ??= 3;
  return [x, y, z, a, b];
}
