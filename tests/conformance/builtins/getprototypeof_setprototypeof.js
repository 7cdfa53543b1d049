// Object.getPrototypeOf / setPrototypeOf as library functions.
var a = { from: 'a' };
var b = { from: 'b' };
var x = Object.create(a);

console.log('getPrototypeOf(x) === a:', Object.getPrototypeOf(x) === a);
console.log('setPrototypeOf returns x:', Object.setPrototypeOf(x, b) === x);
console.log('now from:', x.from);
console.log('getPrototypeOf.length:', Object.getPrototypeOf.length, '| setPrototypeOf.length:', Object.setPrototypeOf.length);

// Primitives: getPrototypeOf coerces, setPrototypeOf returns the primitive.
console.log('getPrototypeOf(1) === Number.prototype:', Object.getPrototypeOf(1) === Number.prototype);
console.log('getPrototypeOf(true) === Boolean.prototype:', Object.getPrototypeOf(true) === Boolean.prototype);
console.log('setPrototypeOf("str", null):', Object.setPrototypeOf('str', null));

// Errors.
try {
  Object.setPrototypeOf(x);
} catch (e) {
  console.log('missing proto:', e.message);
}
try {
  Object.setPrototypeOf(null, {});
} catch (e) {
  console.log('null target:', e.message);
}
try {
  Object.getPrototypeOf();
} catch (e) {
  console.log('no argument:', e.message);
}

// Works on functions and arrays.
function f() {}
Object.setPrototypeOf(f, { custom: 'function parent' });
console.log('function with custom parent:', f.custom, typeof f.call);
var arr = [1, 2];
Object.setPrototypeOf(arr, { first: function () { return this[0]; } });
console.log('array with custom parent:', arr.first(), arr.length, Array.isArray(arr), typeof arr.push);

// The __proto__ getter agrees with getPrototypeOf.
var y = {};
Object.setPrototypeOf(y, a);
console.log('__proto__ agrees:', y.__proto__ === Object.getPrototypeOf(y));

// Changing a prototype keeps own properties.
var own = { keep: 'me' };
Object.setPrototypeOf(own, null);
Object.setPrototypeOf(own, b);
console.log('own kept:', own.keep, own.from);
console.log(own);
