// Mutating an object during for...in: deleting a not-yet-visited key skips it;
// properties added during iteration are not guaranteed, so we only check
// deletion and modification of values.
var obj = { a: 1, b: 2, c: 3, d: 4 };
var visited = [];
for (var k in obj) {
  visited.push(k);
  if (k === 'a') delete obj.c;
}
console.log('deleted c before visiting it:', visited);
console.log('object now:', obj);

var obj2 = { a: 1, b: 2, c: 3 };
var visited2 = [];
for (var k2 in obj2) {
  visited2.push(k2);
  delete obj2[k2];
}
console.log('deleting the current key is fine:', visited2, obj2);

var obj3 = { x: 1, y: 2, z: 3 };
for (var k3 in obj3) {
  obj3[k3] = obj3[k3] * 10;
}
console.log('updating values:', obj3);

var proto = { inherited: 'p' };
var child = Object.create(proto);
child.own1 = 1;
child.own2 = 2;
var visited4 = [];
for (var k4 in child) {
  visited4.push(k4);
  if (k4 === 'own1') delete proto.inherited;
}
console.log('deleting an inherited key before it is visited:', visited4);

var arr = [0, 1, 2, 3, 4];
var visited5 = [];
for (var i in arr) {
  visited5.push(i);
  if (i === '1') {
    delete arr[3];
  }
}
console.log('array element deleted ahead:', visited5, arr);

var obj6 = { first: 1, second: 2, third: 3 };
var visited6 = [];
for (var k6 in obj6) {
  visited6.push(k6);
  if (k6 === 'first') {
    delete obj6.second;
    delete obj6.third;
  }
}
console.log('all remaining deleted:', visited6);

var snapshotKeys = Object.keys(obj3);
for (var s = 0; s < snapshotKeys.length; s++) {
  obj3['copy_' + snapshotKeys[s]] = true;
}
console.log('safe way to add while iterating (snapshot):', Object.keys(obj3));
