// Array methods on array-likes: ToLength of length (strings, negatives,
// fractions, huge values), indices past 2^32-2, strings and arguments.
function show(x) { return JSON.stringify(x); }
var lens = [undefined, null, "3", "abc", -1, 2.9, -Infinity, NaN, true, "0x2", { valueOf: function () { return 2; } }];
for (var i = 0; i < lens.length; i++) {
  var o = { length: lens[i], 0: "a", 1: "b", 2: "c" };
  console.log(String(lens[i]), Array.prototype.join.call(o, ""), Array.prototype.slice.call(o, 0, 3).length, Array.prototype.indexOf.call(o, "c"));
}
var huge = { length: 2 ** 53 + 10, 9007199254740990: "last" };
console.log(Array.prototype.at.call(huge, -1), Array.prototype.lastIndexOf.call(huge, "last", -1));
var past = { length: 4294967300 };
past[4294967295] = "x";
past[4294967299] = "y";
console.log(Array.prototype.at.call(past, -1), Array.prototype.at.call(past, -5), Array.prototype.includes.call(past, "y", -2));
Array.prototype.push.call(past, "z");
console.log(past.length, past[4294967300]);
console.log(Array.prototype.pop.call(past), past.length, 4294967300 in past);
var arrPast = [];
arrPast[4294967294] = "max index";
console.log(arrPast.length, arrPast.at(-1), arrPast.lastIndexOf("max index"));
try { arrPast.push("overflow"); } catch (e) { console.log(e.name + ": " + e.message, arrPast.length, arrPast[4294967295]); }
var args = (function () { return arguments; })("p", "q", "r");
console.log(Array.prototype.map.call(args, function (x) { return x.toUpperCase(); }), Array.prototype.reverse.call(args)[0], args.length, Array.isArray(args));
console.log(show(Array.prototype.filter.call("a1b2", function (c) { return c > "9"; })), Array.prototype.every.call("aaa", function (c) { return c === "a"; }));
var fnLike = function (a, b) {};
fnLike[0] = "f";
console.log(Array.prototype.join.call(fnLike, "-"), Array.prototype.slice.call(fnLike).length);
var counted = { get length() { this.reads = (this.reads || 0) + 1; return 2; }, 0: 1, 1: 2 };
Array.prototype.forEach.call(counted, function () {});
Array.prototype.map.call(counted, function (x) { return x; });
console.log(counted.reads);
var proxyLike = { length: 3 };
Object.defineProperty(proxyLike, 1, { get: function () { return "getter"; }, enumerable: true });
console.log(Array.prototype.join.call(proxyLike), show(Array.prototype.slice.call(proxyLike)), Array.prototype.includes.call(proxyLike, undefined), Array.prototype.indexOf.call(proxyLike, undefined));
