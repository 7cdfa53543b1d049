// indexOf/lastIndexOf/includes/at/find: NaN, -0, holes, negative and
// huge positions, coercion of positions.
var a = [1, NaN, -0, "1", undefined, , null];
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.indexOf(-0), a.includes(+0), a.lastIndexOf(-0));
console.log(a.indexOf(undefined), a.includes(undefined), a.lastIndexOf(undefined), a.indexOf(null), a.indexOf("1"), a.indexOf(1));
console.log([1, 2, 1, 2].indexOf(2, 2), [1, 2, 1, 2].indexOf(2, -1), [1, 2, 1, 2].indexOf(1, -100), [1, 2].indexOf(1, 100));
console.log([1, 2, 1, 2].lastIndexOf(1, -2), [1, 2, 1, 2].lastIndexOf(2, -100), [1, 2, 1, 2].lastIndexOf(2, 100), [1, 2, 1].lastIndexOf(1, undefined));
console.log([1, 2].indexOf(1, Infinity), [1, 2].indexOf(2, -Infinity), [1, 2].lastIndexOf(1, -Infinity), [1, 2].lastIndexOf(2, Infinity));
console.log([1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, 1), [1, 2, 3].includes(1, -100), [].includes(undefined), [,].includes(undefined), [,].indexOf(undefined));
console.log([1, 2, 3].indexOf(2, "1"), [1, 2, 3].indexOf(2, 1.9), [1, 2, 3].includes(2, { valueOf: function () { return 1; } }));
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at("1"), [1, 2, 3].at(NaN), [1, 2, 3].at(1.7), [1, 2, 3].at(-0.5));
var order = [];
var len = { get length() { order.push("length"); return 2; }, 0: "a", 1: "b" };
Array.prototype.indexOf.call(len, "b", { valueOf: function () { order.push("from"); return 0; } });
console.log(order.join(","));
order = [];
Array.prototype.includes.call({ get length() { order.push("length"); return 0; } }, 1, { valueOf: function () { order.push("from"); return 0; } });
console.log(order.join(","));
console.log(Array.prototype.indexOf.call("abcb", "b"), Array.prototype.lastIndexOf.call("abcb", "b"), Array.prototype.includes.call("abc", "c"));
var big = { length: 4294967297, 4294967296: "big", 0: "zero" };
console.log(Array.prototype.at.call(big, -1), Array.prototype.lastIndexOf.call(big, "big"), Array.prototype.indexOf.call(big, "zero"));
console.log([0, 1].find(function (x) { return x === 0; }), [NaN].findIndex(function (x) { return x !== x; }), ["a", "b"].findLastIndex(function (x) { return x === "a"; }));
