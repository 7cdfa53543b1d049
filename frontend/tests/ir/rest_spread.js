// Rest parameters and spread in calls, arrays and new.
function f(first, ...rest) {
  return rest.length;
}
var xs = [1, 2, 3];
f(...xs);
f(0, ...xs, 4);
var ys = [0, ...xs, , 5];
new Array(...xs);
Math.max.apply(null, xs);
