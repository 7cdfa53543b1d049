// toFixed, toPrecision and toExponential: exact decimal rounding (halves
// of the exact binary value), ranges and errors.
var xs = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 1.55, 123.456, 1e21, 1e-7,
  123456789.123456789, 0.000001, 1.23e-10, 5e-324, 1.7976931348623157e308, 2 ** 53, 1 / 3, 0.125,
  0.375, 99.99, 9.995, 1e15, 12345.6789, -1.5e-9, 4.35, 0.045, 8.345, 1.0000000000000002, 999.5];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i], line = [String(x)];
  [0, 1, 2, 5, 20].forEach(function (f) { line.push(x.toFixed(f)); });
  [1, 2, 3, 7, 21].forEach(function (p) { line.push(x.toPrecision(p)); });
  [undefined, 0, 2, 10].forEach(function (e) { line.push(x.toExponential(e)); });
  console.log(line.join(" "));
}
console.log((0.1).toFixed(100));
console.log((123.456).toPrecision(100));
console.log((1e20).toFixed(2), (1e21).toFixed(2), (-1e21).toFixed(2), NaN.toFixed(2), Infinity.toExponential(), NaN.toPrecision(3));
console.log((25).toPrecision(), (1.5).toFixed(), (1.5).toFixed(undefined), (1.5).toFixed(null), (1.5).toFixed("1"), (1.26).toFixed(1.9));
console.log((-0.0000001).toFixed(2), (-0.5).toFixed(0), (0.5).toFixed(0), (-1.5).toFixed(0), (2.5).toPrecision(1), (-2.5).toPrecision(1));
var errs = [
  function () { return (1).toFixed(101); }, function () { return (1).toFixed(-1); },
  function () { return (1).toPrecision(0); }, function () { return (1).toPrecision(101); },
  function () { return (1).toExponential(-1); }, function () { return (1).toExponential(101); },
  function () { return Number.prototype.toFixed.call({}); },
  function () { return Number.prototype.toPrecision.call("1", 2); },
  function () { return (NaN).toFixed(Infinity); }, function () { return (NaN).toPrecision(0); },
  function () { return Infinity.toExponential(-1); }
];
for (var j = 0; j < errs.length; j++) {
  try { console.log(errs[j]()); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log((1234.5678).toLocaleString(), (0.0005).toLocaleString(), (-1e21).toLocaleString(), (1.0005).toLocaleString(), (-0).toLocaleString(), NaN.toLocaleString());
