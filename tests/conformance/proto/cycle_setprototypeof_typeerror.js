// Prototype cycles are rejected with a TypeError.
var a = {};
var b = Object.create(a);
var c = Object.create(b);

try {
  Object.setPrototypeOf(a, c);
  console.log('no error?!');
} catch (e) {
  console.log('a -> c cycle:', e instanceof TypeError, e.message);
}

try {
  Object.setPrototypeOf(a, a);
} catch (e) {
  console.log('self cycle:', e instanceof TypeError, e.message);
}

// The failed call did not change anything.
console.log('a still -> Object.prototype:', Object.getPrototypeOf(a) === Object.prototype);
console.log('c -> b -> a:', Object.getPrototypeOf(c) === b && Object.getPrototypeOf(b) === a);

// Setting to the current prototype is fine (no change).
Object.setPrototypeOf(b, a);
console.log('same prototype again ok:', Object.getPrototypeOf(b) === a);

// Cycles through a null-prototype tail are still detected.
var n1 = Object.create(null);
var n2 = Object.create(n1);
try {
  Object.setPrototypeOf(n1, n2);
} catch (e) {
  console.log('null-proto cycle:', e.name, e.message);
}

// Cycles involving a constructor's prototype.
function F() {}
var f = new F();
try {
  Object.setPrototypeOf(F.prototype, f);
} catch (e) {
  console.log('F.prototype -> f:', e.name, e.message);
}

// Non-extensible objects cannot change their prototype at all.
var frozen = Object.preventExtensions({});
try {
  Object.setPrototypeOf(frozen, a);
} catch (e) {
  console.log('non-extensible:', e.name, e.message);
}
console.log('setting non-extensible to its current proto is ok:',
  Object.setPrototypeOf(frozen, Object.prototype) === frozen);

// Object.prototype is immutable-prototype.
try {
  Object.setPrototypeOf(Object.prototype, {});
} catch (e) {
  console.log('Object.prototype:', e.name, e.message);
}
console.log('Object.prototype to null is ok:', Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
