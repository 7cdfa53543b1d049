// ES2023 change-by-copy methods, flat, flatMap, copyWithin.
var a = [3, 1, , 2];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(1, 2, "x"), a.with(0, "w"), a);
console.log(2 in a.toSorted(), a.toSorted().length, a.toReversed()[1], 1 in a.toReversed());
console.log([1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1), [1, 2, 3].toSpliced(-1, 0, "a", "b"), [1, 2, 3].toSpliced(0, Infinity));
console.log([1, 2, 3].with(-1, 9), [1, 2, 3].with("1", "s"));
try { [1, 2, 3].with(3, 0); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1, 2, 3].with(-4, 0); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].toSorted(5); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Array.prototype.toReversed.call({ length: 2, 0: "a", 1: "b" }), Array.prototype.toSorted.call("cab"), Array.prototype.with.call({ length: 1 }, 0, 1));
console.log([5, 1, 10].toSorted(function (x, y) { return y - x; }), [undefined, 3, , 1].toSorted());

console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), JSON.stringify([1, [2, [3, [4]]]].flat(Infinity)), [1, [2]].flat(0), [1, [2]].flat(-1));
console.log([1, , [2, , 3]].flat(), [[]].flat(), [1, [2]].flat("1"), [1, [2, [3]]].flat(undefined));
console.log(Array.prototype.flat.call({ length: 2, 0: [1, 2], 1: "x" }), [{ length: 1, 0: "not flattened" }].flat().length);
console.log([1, 2, 3].flatMap(function (x) { return [x, x * 10]; }), [1, 2].flatMap(function (x) { return [[x]]; }), ["a b", "c"].flatMap(function (s) { return s.split(" "); }));
console.log([1, 2].flatMap(function (x, i, arr) { return this.k + i + arr.length; }, { k: "k" }));
try { [1].flatMap(); } catch (e) { console.log(e.name + ": " + e.message); }
var nested = [];
var cur = nested;
for (var i = 0; i < 50; i++) { var next = [i]; cur.push(next); cur = next; }
console.log(nested.flat(Infinity).length, nested.flat(10).length);

console.log([1, 2, 3, 4, 5].copyWithin(0, 3, 4), [1, 2, 3, 4, 5].copyWithin(2), [1, 2, 3, 4, 5].copyWithin(0, -2, -1), [1, 2, 3, 4, 5].copyWithin(1, 3, 100));
console.log(JSON.stringify(Array.prototype.copyWithin.call({ length: 5, 3: 1 }, 0, 3)));
