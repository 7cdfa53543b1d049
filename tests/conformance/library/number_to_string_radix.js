// Number.prototype.toString(radix): V8's digit generation, exactly.
var xs = [0, -0, 1, -1, 0.5, 0.1, 0.2, 0.3, 1 / 3, -2 / 3, 255, -255.5, 123.456, Math.PI, Math.E,
  1e21, 1e-7, 2 ** 53, 2 ** 53 + 2, 2 ** 60 + 12345, 2 ** 100, 1.7976931348623157e308, 5e-324,
  4294967295, -4294967296.5, 0.000001, 1e300, 1e-300, 3.0000000000000004];
var radices = [2, 3, 4, 5, 7, 8, 10, 11, 16, 20, 32, 35, 36];
for (var i = 0; i < xs.length; i++) {
  var line = [String(xs[i])];
  for (var j = 0; j < radices.length; j++) {
    var s = xs[i].toString(radices[j]);
    line.push(s.length > 40 ? s.slice(0, 20) + "~" + s.length + "~" + s.slice(-10) : s);
  }
  console.log(line.join(" "));
}
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36));
console.log((10).toString(undefined), (10).toString(2.9), (10).toString("16"), (255).toString(16.5));
var bad = [1, 37, 0, -2, Infinity, NaN];
for (var k = 0; k < bad.length; k++) {
  try { (5).toString(bad[k]); console.log("no error for", bad[k]); } catch (e) { console.log(e.name + ": " + e.message); }
}
try { Number.prototype.toString.call("5"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Number.prototype.toString.call(new Number(255), 16), (new Number(-0.5)).toString(2));
console.log(String(0.1 + 0.2), String(1e21), String(123456789012345680000), String(-1e-7), String(2 ** -1074));
