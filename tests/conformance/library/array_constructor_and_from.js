// Array constructor, Array.isArray, Array.of, Array.from (iterables,
// array-likes, mapping, this-constructors), length semantics.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
console.log(Array().length, Array(3).length, Array("3").length, new Array(1, 2).length, Array(3), new Array(0));
console.log(JSON.stringify(Array(2, 3)), 0 in Array(3), Array.apply(null, Array(2)).length);
attempt("negative", function () { return new Array(-1); });
attempt("fraction", function () { return Array(1.5); });
attempt("too big", function () { return new Array(4294967296); });
console.log(Array(4294967295).length, new Array(NaN ? 1 : 0).length);
console.log(Array.isArray([]), Array.isArray(Array.prototype), Array.isArray({ length: 0 }), Array.isArray("a"), Array.isArray());
console.log(Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined).length);
console.log(Array.from("a\ud83d\ude00b"), Array.from([1, , 3]), Array.from({ length: 3 }), Array.from({ length: 2, 0: "x", 1: "y" }));
console.log(Array.from([1, 2, 3], function (x, i) { return x * 10 + i + this.k; }, { k: 0.5 }));
console.log(Array.from({ length: "2" }), Array.from(5), Array.from(true), Array.from(new String("hi")), Array.from((function () { return arguments; })(1, 2)));
attempt("from null", function () { return Array.from(null); });
attempt("from undefined", function () { return Array.from(); });
attempt("bad mapper", function () { return Array.from([], 1); });
var seen = [];
var src = [1, 2, 3];
Array.from(src, function (x) { seen.push(x); if (x === 1) src.push(4); return x; });
console.log(seen.join(","));
function Thing(n) { this.made = n; }
var t = Array.from.call(Thing, { length: 2, 0: "a", 1: "b" });
console.log(t instanceof Thing, t.made, t.length, t[0], t[1], Object.keys(t).join(","));
var t2 = Array.of.call(Thing, 1, 2);
console.log(t2 instanceof Thing, t2.made, t2.length);
console.log(Array.from.call({}, [1]) instanceof Array, Array.of.call(undefined, 1).length);

// length writes.
var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(JSON.stringify(a), a[3]);
a.length = 4;
console.log(a, 3 in a);
a[9] = 10;
console.log(a.length, a);
attempt("length -1", function () { a.length = -1; });
attempt("length 1.5", function () { a.length = 1.5; });
attempt("length 2**32", function () { a.length = 4294967296; });
a.length = "3";
console.log(a.length);
a.length = { valueOf: function () { return 1; } };
console.log(a.length, JSON.stringify(a));
var big = [];
big[4294967294] = "last";
console.log(big.length, big[4294967294]);
big[4294967295] = "not an index";
console.log(big.length, Object.keys(big).join(","));
var sparse = [];
sparse[100000] = 1;
console.log(sparse.length, Object.keys(sparse).length, sparse.indexOf(1), sparse.lastIndexOf(1));
