// Number and Boolean constructors, conversions, static predicates, and
// primitive wrapper objects.
console.log(Number(), Number(undefined), Number(null), Number(true), Number(""), Number("  12  "), Number("0x1f"), Number("0b101"), Number("0o17"), Number("1e3"), Number("-0x1"), Number("1_0"), Number("Infinity"), Number("-infinity"));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number({ valueOf: function () { return "7"; } }), Number(new Date(5)), Number("\u00a0 42 \n"), Number(".5"), Number("5."), Number("."), Number("+.5e-1"));
console.log(Object.is(Number("-0"), -0), Number(2 ** 53 + 1), Number("9007199254740993"), Number("0x" + "f".repeat(20)), Number("1".repeat(400)));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger("5"), Number.isInteger(Infinity), Number.isInteger(-0), Number.isInteger(2 ** 60));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(1.5), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(NaN));
console.log(Number.isFinite("5"), Number.isFinite(5), Number.isFinite(Infinity), Number.isNaN("NaN"), Number.isNaN(NaN), isNaN("NaN"));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
var n = new Number(5);
console.log(typeof n, n + 1, n == 5, n === 5, n.valueOf() === 5, n.toString(), JSON.stringify(n), Object.prototype.toString.call(n), n instanceof Number);
console.log(Number.prototype.valueOf.call(7), Number.prototype.toString.call(new Number(8)));
try { Number.prototype.valueOf.call("7"); } catch (e) { console.log(e.name + ": " + e.message); }
try { Number.prototype.toExponential.call(true); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Number.prototype.valueOf(), Object.is(new Number(-0).valueOf(), -0), (5).constructor === Number, (5).__proto__ === Number.prototype);

console.log(Boolean(), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(""), Boolean(" "), Boolean("false"), Boolean(null), Boolean({}), Boolean([]), Boolean(new Boolean(false)));
var b = new Boolean(false);
console.log(typeof b, b ? "truthy" : "falsy", b.valueOf(), b.toString(), String(b), b == false, JSON.stringify([b]), Object.prototype.toString.call(b));
console.log(Boolean.prototype.valueOf(), Boolean.prototype.toString.call(true), (true).toString(), true.constructor === Boolean);
try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { console.log(e.name + ": " + e.message); }

var s = new String("abc");
console.log(typeof s, s.length, s[0], s + "!", s == "abc", s.valueOf() === "abc", Object.keys(s).join(","), JSON.stringify(s), s instanceof String, String(s));
s.length = 10;
s[0] = "z";
console.log(s.length, s[0], delete s[0], delete s.length, "0" in s, 3 in s);
console.log(String(), String(null), String(undefined), String(123), String(-0), String([1, [2]]), String({}), String(function f() {}).length > 0, String(true));
console.log(typeof Object(1), typeof Object("s"), typeof Object(true), Object(true) instanceof Boolean);
class MyNum extends Number { double() { return this * 2; } }
console.log(new MyNum(4).double(), new MyNum(4) instanceof Number, Object.prototype.toString.call(new MyNum(1)));
class MyStr extends String { shout() { return this.toUpperCase() + "!"; } }
console.log(new MyStr("hi").shout(), new MyStr("hi").length);
