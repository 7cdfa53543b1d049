// __proto__ is an accessor property on Object.prototype, not an own property.
var desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log('accessor:', typeof desc.get, typeof desc.set, '| enumerable:', desc.enumerable, '| configurable:', desc.configurable);

var parent = { p: 1 };
var child = {};
console.log('get:', desc.get.call(child) === Object.prototype);
desc.set.call(child, parent);
console.log('set via descriptor:', Object.getPrototypeOf(child) === parent, child.p);

// Getter on primitives.
console.log('getter on number:', desc.get.call(3) === Number.prototype);

// Setter ignores non-object values, and returns undefined.
console.log('setter return:', desc.set.call(child, 5));
console.log('still parent:', Object.getPrototypeOf(child) === parent);

// Null-prototype objects do not inherit the accessor.
var bare = Object.create(null);
console.log('bare.__proto__:', bare.__proto__);
bare.__proto__ = parent;
console.log('assignment made own data property:', Object.getOwnPropertyNames(bare), Object.getPrototypeOf(bare));
console.log('bare.p (no inheritance):', bare.p);

// The accessor can be reached through the chain from any ordinary object.
var viaChain = Object.create(Object.create({}));
viaChain.__proto__ = parent;
console.log('set through a deep chain:', Object.getPrototypeOf(viaChain) === parent);

// An own __proto__ data property (via defineProperty) shadows the accessor.
var shadow = {};
Object.defineProperty(shadow, '__proto__', { value: 'own value', writable: true, enumerable: true, configurable: true });
console.log('own __proto__:', shadow.__proto__, '| real proto unchanged:', Object.getPrototypeOf(shadow) === Object.prototype);
console.log('own keys:', Object.keys(shadow));

// Deleting the accessor from Object.prototype removes the feature everywhere.
var saved = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
delete Object.prototype.__proto__;
var after = {};
console.log('after delete, __proto__ reads:', after.__proto__);
after.__proto__ = parent;
console.log('assignment is now plain data:', Object.getPrototypeOf(after) === Object.prototype, Object.keys(after));
Object.defineProperty(Object.prototype, '__proto__', saved);
var restored = {};
restored.__proto__ = parent;
console.log('restored:', Object.getPrototypeOf(restored) === parent);

// Getter/setter on null/undefined receiver.
try {
  desc.get.call(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
