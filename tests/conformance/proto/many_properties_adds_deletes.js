// An object with more than 150 properties, with adds and deletes mixed in;
// key order, lookups and counts must stay exact.
var o = {};
for (var i = 0; i < 200; i++) {
  o['k' + i] = i;
}
console.log('keys after 200 adds:', Object.keys(o).length);

for (var j = 0; j < 200; j += 3) {
  delete o['k' + j];
}
console.log('keys after deleting every third:', Object.keys(o).length);
console.log('k0 in o:', 'k0' in o, '| k1:', o.k1, '| k3:', o.k3, '| k199:', o.k199);

// Re-add some deleted keys: they go to the end in insertion order.
o.k0 = 'back0';
o.k3 = 'back3';
var ks = Object.keys(o);
console.log('last three keys:', ks.slice(-3));
console.log('first three keys:', ks.slice(0, 3));

// Integer-like keys are ordered numerically before string keys.
for (var n = 160; n > 150; n--) o[n] = 'n' + n;
ks = Object.keys(o);
console.log('first keys now:', ks.slice(0, 4));
console.log('total now:', ks.length);

// Sum of numeric values still reachable.
var sum = 0;
for (var key in o) {
  if (typeof o[key] === 'number') sum += o[key];
}
console.log('sum of remaining numeric values:', sum);

// Overwrite half, delete the rest of a range.
for (var m = 100; m < 200; m++) {
  if (m % 2 === 0) o['k' + m] = -m;
  else delete o['k' + m];
}
var neg = 0;
var cnt = 0;
for (var key2 in o) {
  if (typeof o[key2] === 'number' && o[key2] < 0) neg += o[key2];
  cnt++;
}
console.log('negatives:', neg, '| count:', cnt);

// Inheriting from the big object.
var child = Object.create(o);
child.k1 = 'shadow';
console.log('child.k1:', child.k1, '| child.k2:', child.k2, '| child.k198:', child.k198, '| child.k199:', child.k199);

// Delete everything.
var all = Object.keys(o);
for (var d = 0; d < all.length; d++) delete o[all[d]];
console.log('after deleting all:', Object.keys(o).length, isEmpty(o));
function isEmpty(obj) {
  for (var x in obj) return 'not empty';
  return 'empty';
}
o.fresh = 1;
console.log(o);
