// Array.prototype.sort: default string order, comparators, stability,
// undefined and holes, array-likes, comparator errors and coercion.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort(function (a, b) { return a - b; }));
console.log(["b", "B", "a", "ä", "A", "10", "9"].sort(), [true, false, null, "null", NaN, 0, -0].sort());
console.log([3, undefined, 1, , 2, undefined].sort(), [3, undefined, 1, , 2].sort().length);
var h = [3, , undefined, 1];
h.sort();
console.log(Object.keys(h).join(","), h.length, h[2], 3 in h);
console.log([-1, -2, 3, -10].sort(), [0.5, 0.25, 1e21, 1e-7].sort());
console.log(["\ud83d\ude00", "\uffff", "z"].sort().map(function (s) { return s.charCodeAt(0); }));

// Stability: equal keys keep their order.
var people = [];
var names = ["ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ian", "jo", "kim", "lee", "max", "ned", "oz"];
for (var i = 0; i < names.length; i++) people.push({ name: names[i], age: [30, 20, 30, 20, 10][i % 5] });
people.sort(function (a, b) { return a.age - b.age; });
console.log(people.map(function (p) { return p.age + p.name; }).join(" "));
var many = [];
for (var j = 0; j < 100; j++) many.push({ k: j % 3, i: j });
many.sort(function (a, b) { return a.k - b.k; });
var stable = true;
for (var m = 1; m < many.length; m++) if (many[m - 1].k === many[m].k && many[m - 1].i > many[m].i) stable = false;
console.log("stable:", stable, many[0].i, many[33].i, many[34].i, many[99].i);

// Comparator results are coerced with ToNumber; NaN counts as equal.
console.log([3, 1, 2].sort(function (a, b) { return String(a - b); }), [3, 1, 2].sort(function () { return NaN; }));
console.log([1, 2, 3].sort(function (a, b) { return b > a; }).length, [2, 1].sort(function (a, b) { return { valueOf: function () { return a - b; } }; }));

// Errors.
try { [1, 2].sort(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1, 2].sort(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { [].sort({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { [2, 1].sort(function () { throw new Error("boom"); }); } catch (e) { console.log(e.name + ": " + e.message); }
var partial = [3, 2, 1];
try { partial.sort(function (a, b) { if (a === 1 || b === 1) throw new RangeError("stop"); return a - b; }); } catch (e) { console.log(e.name + ": " + e.message, partial.length); }
try { [{ toString: function () { throw new TypeError("no string"); } }, 1].sort(); } catch (e) { console.log(e.name + ": " + e.message); }

// Generic sort on array-likes; the result is the receiver.
var like = { length: 4, 0: "d", 1: "a", 3: "c", 5: "ignored" };
var r = Array.prototype.sort.call(like);
console.log(r === like, JSON.stringify(like));
var arr = [3, 1, 2];
console.log(arr.sort() === arr, arr.toSorted(function (a, b) { return b - a; }), arr);
console.log(Array.prototype.sort.call("", undefined) instanceof String);
var objs = [{ toString: function () { return "b"; } }, { toString: function () { return "a"; } }];
console.log(objs.sort().map(String).join(""));
