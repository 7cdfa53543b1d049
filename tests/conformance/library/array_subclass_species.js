// Subclasses of Array: methods that create arrays make instances of the
// subclass (the default species); others make plain arrays.
class MyArray extends Array {
  sum() { return this.reduce(function (a, b) { return a + b; }, 0); }
}
var m = MyArray.from([1, 2, 3, 4]);
console.log(m instanceof MyArray, m.length, m.sum(), Array.isArray(m), m.constructor === MyArray);
var results = {
  map: m.map(function (x) { return x * 2; }),
  filter: m.filter(function (x) { return x % 2; }),
  slice: m.slice(1),
  splice: m.slice().splice(0, 2),
  concat: m.concat([5]),
  flat: m.flat(),
  flatMap: m.flatMap(function (x) { return [x]; }),
  toReversed: m.toReversed(),
  toSorted: m.toSorted(),
  with: m.with(0, 0)
};
Object.keys(results).forEach(function (k) {
  var r = results[k];
  console.log(k, r instanceof MyArray, r.constructor.name, r.join());
});
console.log(MyArray.of(1, 2) instanceof MyArray, new MyArray(3).length, new MyArray(1, 2).length, m.map(String).sum());
var n = new MyArray();
n.push(1, 2);
console.log(n.length, n.sum(), Object.prototype.toString.call(n));

// A constructor property that is not an Array constructor gives plain arrays.
var plain = [1, 2];
plain.constructor = function NotArray() {};
console.log(plain.map(function (x) { return x; }).constructor === Array);
plain.constructor = undefined;
console.log(plain.slice().constructor === Array);
plain.constructor = 5;
try { plain.map(function (x) { return x; }); } catch (e) { console.log(e.name + ": " + e.message); }
var obj = { length: 1, 0: "a", constructor: MyArray };
console.log(Array.prototype.map.call(obj, function (x) { return x; }) instanceof MyArray);

// A subclass constructor that counts its calls.
var calls = 0;
class Counted extends Array {
  constructor() { calls++; super(...arguments); }
}
var cnt = new Counted(1, 2, 3);
calls = 0;
cnt.map(function (x) { return x; });
cnt.filter(function () { return false; });
console.log(calls);
