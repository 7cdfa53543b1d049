// Double results that are int32s must box as int32s (and -0, NaN, huge or
// fractional ones as doubles), whatever path computed them: checked by
// printing, by strict equality with int literals, and by using the results
// as array indices and property keys.
function mul(a, b) { return a * b; }
function add(a, b) { return a + b; }
function div(a, b) { return a / b; }
var vals = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2147483647, -2147483648, 2147483648,
  -2147483649, 4294967296, 4294967295, 2251799813685248, 2251799813685249.5,
  4503599627370496, 9007199254740993, 1e300, -1e300, Infinity, -Infinity, NaN,
  1e-300, 3, 0.1, 0.2, 6755399441055744, -6755399441055744, 2147483647.5,
  -2147483648.5, 12.000000000000002];
var arr = [10, 11, 12, 13];
var obj = { "3": "three", "-1": "minus one", "1.5": "one and a half" };
var out = [];
for (var k = 0; k < 3000; k++) {
  for (var i = 0; i < vals.length; i++) {
    var v = vals[i];
    var x = mul(v, 1.0);
    var y = add(v, 0.25) - 0.25;
    var z = mul(v, -1);
    var q = div(v * 4, 4);
    if (k === 2999) {
      out.push([x, Object.is(x, -0), y, Object.is(z, -0), z, q,
        x === 3, q === 3, y === -1, arr[q], arr[add(0.5, 2.5)], obj[x], obj[z]].join(","));
    }
  }
}
console.log(out.join("\n"));
