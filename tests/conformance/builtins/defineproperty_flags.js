// Object.defineProperty data descriptors: writable, enumerable, configurable
// and their defaults.
var o = {};
Object.defineProperty(o, 'defaults', { value: 1 });
var d = Object.getOwnPropertyDescriptor(o, 'defaults');
console.log('defaults:', d.value, d.writable, d.enumerable, d.configurable);

// Assignment-created properties are all-true.
o.assigned = 2;
d = Object.getOwnPropertyDescriptor(o, 'assigned');
console.log('assigned:', d.value, d.writable, d.enumerable, d.configurable);

// writable: false.
o.defaults = 100;
console.log('write to non-writable (sloppy):', o.defaults);

// enumerable: false hides from keys and for-in, not from `in`.
Object.defineProperty(o, 'quiet', { value: 'q', enumerable: false, writable: true, configurable: true });
var seen = [];
for (var k in o) seen.push(k);
console.log('for-in:', seen, '| keys:', Object.keys(o), '| in:', 'quiet' in o);

// configurable: false prevents delete and most redefinition.
console.log('delete non-configurable:', delete o.defaults, o.defaults);
try {
  Object.defineProperty(o, 'defaults', { value: 2 });
} catch (e) {
  console.log('redefine value:', e.name + ': ' + e.message);
}
try {
  Object.defineProperty(o, 'defaults', { enumerable: true });
} catch (e) {
  console.log('redefine enumerable:', e.message);
}
// Same value is allowed.
Object.defineProperty(o, 'defaults', { value: 1 });
console.log('same value redefinition ok:', o.defaults);

// writable: true + configurable: false can still change value and go to writable: false.
Object.defineProperty(o, 'semi', { value: 'a', writable: true, configurable: false });
Object.defineProperty(o, 'semi', { value: 'b' });
Object.defineProperty(o, 'semi', { writable: false });
d = Object.getOwnPropertyDescriptor(o, 'semi');
console.log('semi:', d.value, d.writable, d.configurable);
try {
  Object.defineProperty(o, 'semi', { writable: true });
} catch (e) {
  console.log('back to writable:', e.message);
}

// Partial updates keep other attributes.
Object.defineProperty(o, 'assigned', { enumerable: false });
d = Object.getOwnPropertyDescriptor(o, 'assigned');
console.log('partial update:', d.value, d.writable, d.enumerable, d.configurable);

// defineProperty returns the object; rejects non-objects.
console.log('returns object:', Object.defineProperty(o, 'x', { value: 0 }) === o);
try {
  Object.defineProperty(1, 'x', { value: 0 });
} catch (e) {
  console.log('on primitive:', e.message);
}
try {
  Object.defineProperty({}, 'x', 5);
} catch (e) {
  console.log('bad descriptor:', e.message);
}

// Array length via defineProperty.
var arr = [1, 2, 3, 4];
Object.defineProperty(arr, 'length', { value: 2 });
console.log('array truncated:', arr);
Object.defineProperties(o, {
  p1: { value: 'one', enumerable: true },
  p2: { value: 'two', enumerable: true }
});
console.log('defineProperties:', Object.keys(o));
console.log(o);
