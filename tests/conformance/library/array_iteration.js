// forEach/map/filter/reduce/reduceRight/some/every/find/findIndex/
// findLast/findLastIndex: holes, this argument, callback arguments,
// mutation during iteration, errors.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var a = [1, , 3];
var visits = [];
a.forEach(function (v, i, arr) { visits.push(i + "=" + v + (arr === a)); });
console.log(visits.join(" "), a.forEach(function () {}));
console.log(a.map(function (x) { return x * 2; }), a.filter(function () { return true; }), a.map(String).length);
console.log(a.some(function (x) { return x === undefined; }), a.every(function (x) { return x > 0; }));
console.log(a.find(function (x) { return x === undefined; }), a.findIndex(function (x) { return x === undefined; }), a.findLast(function (x) { return x; }), a.findLastIndex(function (x) { return x === 1; }));
console.log([].some(function () { return true; }), [].every(function () { return false; }), [].find(function () { return true; }), [].findIndex(function () { return true; }));
console.log([1, 2, 3].map(function () { return this.k; }, { k: "K" }), [1].map(function () { "use strict"; return this; })[0], typeof [1].map(function () { return this; })[0]);

console.log([1, 2, 3, 4].reduce(function (acc, x) { return acc + x; }), [1, 2, 3].reduce(function (acc, x, i) { return acc + i; }, "s"));
console.log([[1], [2], [3]].reduceRight(function (acc, x) { return acc.concat(x); }, []), [, , 5, ,].reduce(function (a, b) { return a + b; }));
var args = [];
[10, 20].reduce(function (acc, v, i, arr) { args.push(JSON.stringify([acc, v, i, arr.length])); return acc + v; });
console.log(args.join(" "));
attempt("reduce empty", function () { return [].reduce(function () {}); });
attempt("reduce holes", function () { return [, ,].reduceRight(function () {}); });
console.log([].reduce(function () {}, "init"), [, 1].reduce(function (a, b) { return a + b; }, 1));

// Mutation during iteration: length is fixed at the start; deleted
// elements are skipped; added ones beyond the length are not visited.
var m = [1, 2, 3, 4];
var seen = [];
m.forEach(function (v, i) { seen.push(v); if (i === 0) { m.push(99); delete m[2]; } if (i === 1) m[3] = "changed"; });
console.log(seen.join(","), m.length);
var grow = [1, 2];
console.log(grow.map(function (v) { grow.push(v); return v; }).length, grow.length);
var shrink = [1, 2, 3, 4];
console.log(shrink.filter(function (v) { shrink.length = 2; return true; }));

// Errors for callbacks.
attempt("forEach no fn", function () { return [1].forEach(); });
attempt("map number", function () { return [1].map(5); });
attempt("filter object", function () { return [1].filter({}); });
attempt("some string", function () { return [1].some("f"); });
attempt("every null", function () { return [].every(null); });
attempt("find array", function () { return [].find([]); });
attempt("reduce class", function () { return [1].reduce(new (class Foo {})()); });
attempt("forEach on null", function () { return Array.prototype.forEach.call(null, function () {}); });
attempt("callback throws", function () { return [1, 2].map(function (x) { if (x === 2) throw new RangeError("two"); return x; }); });

// Generic receivers.
var like = { length: 3, 0: "a", 2: "c" };
console.log(Array.prototype.map.call(like, function (x) { return x + "!"; }), Array.prototype.filter.call("hello", function (c) { return c > "h"; }));
console.log(Array.prototype.some.call({ length: 2, 1: 1 }, function (x) { return x; }), Array.prototype.reduce.call("abc", function (a, c) { return c + a; }));
console.log(Array.prototype.findLast.call({ length: 3, 0: 1, 1: 2, 2: 3 }, function (x) { return x < 3; }));
