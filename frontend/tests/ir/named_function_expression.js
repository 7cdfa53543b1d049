// A named function expression sees its own name (read-only, the callee).
var fact = function f(n) {
  f = null; // ignored in sloppy mode
  return n <= 1 ? 1 : n * f(n - 1);
};
var strictFact = function g() {
  'use strict';
  g = 1; // TypeError in strict mode
};
