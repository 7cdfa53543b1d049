'use strict';
// In strict code, writes that would silently fail in sloppy code throw TypeError.
var str = 'abc';
try {
  str.length = 10;
} catch (e) {
  console.log('string length:', e.name, e.message);
}
try {
  str[0] = 'z';
} catch (e) {
  console.log('string index:', e.name, e.message);
}
console.log('string unchanged:', str);

try {
  (5).custom = 1;
} catch (e) {
  console.log('property on number:', e.name, e.message);
}

var arr = Object.freeze([1, 2, 3]);
try {
  arr[0] = 100;
} catch (e) {
  console.log('frozen array element:', e.name, e.message);
}
try {
  arr.push(4);
} catch (e) {
  console.log('frozen array push:', e.name, e.message);
}
console.log('array unchanged:', arr);

function named() {}
try {
  named.name = 'other';
} catch (e) {
  console.log('function name:', e.name, e.message);
}

var sealed = Object.seal({ a: 1 });
sealed.a = 2;
console.log('sealed allows writes:', sealed.a);
try {
  delete sealed.a;
} catch (e) {
  console.log('sealed delete:', e.name, e.message);
}

var proto = {};
Object.defineProperty(proto, 'inheritedRO', { value: 'proto value', writable: false });
var child = Object.create(proto);
try {
  child.inheritedRO = 'shadow attempt';
} catch (e) {
  console.log('inherited read-only:', e.name, e.message);
}
console.log('child has own?', child.hasOwnProperty('inheritedRO'));
