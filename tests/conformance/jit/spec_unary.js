// Unary -, ~ and + (and postfix ++'s ToNumber) speculate on int32 operands
// once their feedback shows only those: 0 (whose negation is -0),
// -2147483648, doubles, strings and objects then deopt and the interpreter
// computes them.
function show(r) {
  return Object.is(r, -0) ? "-0" : String(r);
}
function ops(x) {
  var y = x;
  y++;
  return [-x, ~x, +x, y];
}
function run(n, at, odd) {
  var out = "";
  var acc = 0;
  for (var i = 1; i <= n; i++) {
    var r = ops(i < at ? i : odd);
    acc = (acc + r[0] + r[1] + r[3]) | 0;
    if (i >= at) out = r.map(show).join(",");
  }
  return acc + " " + out;
}
var N = 3000;
console.log(run(N, N + 1, 0));
console.log(run(N, 2500, 0));
console.log(run(N, 2500, -2147483648));
console.log(run(N, 2500, 2.5));
console.log(run(N, 2500, "12"));
console.log(
  run(N, 2990, {
    valueOf: function () {
      return 4;
    },
  })
);
