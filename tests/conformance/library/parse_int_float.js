// parseInt and parseFloat: prefixes, radix coercion, whitespace, partial
// parses, large values and precision.
var ints = ["42", "  -42", "+7", "0x1F", "0X1f", "-0x10", "0b11", "0o17", "017", "08", "12px", "px12",
  "", " ", "-", "+", "0x", "-0", "1e3", "3.9", "-3.9", "\u00a0\u2028\ufeff 5", "9007199254740993",
  "123456789012345678901234567890", "0x1fffffffffffff1", "0x20000000000003", "zz", "Infinity"];
for (var i = 0; i < ints.length; i++) {
  console.log(JSON.stringify(ints[i]), parseInt(ints[i]), parseInt(ints[i], 16), parseInt(ints[i], 36),
    parseInt(ints[i], 2), parseInt(ints[i], 7));
}
console.log(parseInt("10", 37), parseInt("10", 1), parseInt("10", 0), parseInt("10", undefined), parseInt("10", null));
console.log(parseInt("10", -4294967294), parseInt("11", 4294967298), parseInt("10", "16"), parseInt("10", 2.9));
console.log(parseInt(null), parseInt(undefined), parseInt(15.99), parseInt(-0.0000005), parseInt(1e21), parseInt(0.00000001));
console.log(parseInt("1".repeat(400)), parseInt("1".repeat(400), 2), parseInt("z".repeat(30), 36));
var order = [];
parseInt({ toString: function () { order.push("string"); return "11"; } },
  { valueOf: function () { order.push("radix"); return 2; } });
console.log(order.join(","));

var floats = ["3.14", "3.14abc", "-.5", ".5e1", ".e1", "1e", "1e+", "1e-2x", "Infinity", "-Infinityx",
  "+Infinity", "infinity", "  1.5e-3zz", "0x10", "1e400", "-1e400", "-0", "5.", "\u20281", "1_000",
  "", "abc", "00012.5", "1.7976931348623159e308", "4.9e-324", "2.4703282292062327e-324",
  "0.1e-400", "123456789012345678901234567890"];
for (var j = 0; j < floats.length; j++) console.log(JSON.stringify(floats[j]), parseFloat(floats[j]));
console.log(parseFloat(null), parseFloat([1.5, 2]), parseFloat({ toString: function () { return "7.5" } }));
console.log(Object.is(parseFloat("-0"), -0), Object.is(parseInt("-0"), -0), 1 / parseInt("-0", 16));
