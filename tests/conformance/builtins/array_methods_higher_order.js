// map, filter, forEach, reduce, some, every, find, findIndex.
var nums = [1, 2, 3, 4, 5, 6];

console.log('map:', nums.map(function (n) { return n * n; }));
console.log('map with index:', nums.map(function (n, i) { return n + '@' + i; }));
console.log('filter even:', nums.filter(function (n) { return n % 2 === 0; }));
console.log('reduce sum:', nums.reduce(function (acc, n) { return acc + n; }, 0));
console.log('reduce without init:', nums.reduce(function (acc, n) { return acc * n; }));
console.log('reduce to object:', ['a', 'b', 'a', 'c', 'a'].reduce(function (acc, k) {
  acc[k] = (acc[k] || 0) + 1;
  return acc;
}, {}));
console.log('some > 5:', nums.some(function (n) { return n > 5; }), '| every > 0:', nums.every(function (n) { return n > 0; }));
console.log('find:', nums.find(function (n) { return n > 3; }), '| find none:', nums.find(function (n) { return n > 10; }));
console.log('findIndex:', nums.findIndex(function (n) { return n > 3; }), '| none:', nums.findIndex(function (n) { return n > 10; }));

// forEach returns undefined and receives (value, index, array).
var out = [];
var ret = ['x', 'y'].forEach(function (v, i, arr) {
  out.push(v + i + arr.length);
});
console.log('forEach:', out, ret);

// thisArg.
var scaler = { factor: 10 };
console.log('map with thisArg:', [1, 2].map(function (n) { return n * this.factor; }, scaler));

// Callbacks on arrays of objects.
var people = [
  { name: 'Ann', age: 30 },
  { name: 'Ben', age: 20 },
  { name: 'Cat', age: 40 }
];
console.log('names:', people.map(function (p) { return p.name; }).join(' '));
console.log('oldest:', people.reduce(function (a, b) { return a.age > b.age ? a : b; }).name);
console.log('under 35:', people.filter(function (p) { return p.age < 35; }));

// Empty arrays.
console.log('empty map/filter:', [].map(String), [].filter(Boolean));
console.log('empty some/every:', [].some(Boolean), [].every(Boolean));
console.log('empty reduce with init:', [].reduce(function (a, b) { return a + b; }, 'init'));
try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  [1].map();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Holes are skipped by forEach/map (kept as holes).
var holes = [1, , 3];
var visits = 0;
holes.forEach(function () { visits++; });
console.log('visits over holes:', visits, '| mapped:', holes.map(function (x) { return x * 2; }));

// Arrow callbacks and chaining.
console.log('chained:', nums.filter((n) => n % 2).map((n) => n * 3).reduce((a, b) => a + b));
