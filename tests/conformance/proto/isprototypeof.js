// isPrototypeOf checks whether an object appears anywhere in another's chain.
function Shape() {}
function Circle() {}
Circle.prototype = Object.create(Shape.prototype);
var c = new Circle();

console.log('Circle.prototype.isPrototypeOf(c):', Circle.prototype.isPrototypeOf(c));
console.log('Shape.prototype.isPrototypeOf(c):', Shape.prototype.isPrototypeOf(c));
console.log('Object.prototype.isPrototypeOf(c):', Object.prototype.isPrototypeOf(c));
console.log('Function.prototype.isPrototypeOf(c):', Function.prototype.isPrototypeOf(c));
console.log('Function.prototype.isPrototypeOf(Circle):', Function.prototype.isPrototypeOf(Circle));
console.log('Circle.isPrototypeOf(c):', Circle.isPrototypeOf(c));
console.log('c.isPrototypeOf(c):', c.isPrototypeOf(c));

// Primitives are never in a chain.
console.log('Number.prototype.isPrototypeOf(5):', Number.prototype.isPrototypeOf(5));
console.log('Number.prototype.isPrototypeOf(new Number(5)):', Number.prototype.isPrototypeOf(new Number(5)));
console.log('Object.prototype.isPrototypeOf("s"):', Object.prototype.isPrototypeOf('s'));
console.log('Object.prototype.isPrototypeOf(null):', Object.prototype.isPrototypeOf(null));

// Null-prototype objects.
var bare = Object.create(null);
var underBare = Object.create(bare);
console.log('Object.prototype.isPrototypeOf(bare):', Object.prototype.isPrototypeOf(bare));
console.log('Object.prototype.isPrototypeOf.call(bare, underBare):', Object.prototype.isPrototypeOf.call(bare, underBare));

// Differences from instanceof: isPrototypeOf works with any object,
// instanceof needs a function on the right.
var proto = { p: 1 };
var kid = Object.create(proto);
console.log('proto.isPrototypeOf(kid):', proto.isPrototypeOf(kid));
try {
  console.log(kid instanceof proto);
} catch (e) {
  console.log('kid instanceof proto:', e.name + ': ' + e.message);
}

// Reflects changes immediately.
Object.setPrototypeOf(kid, bare);
console.log('after setPrototypeOf:', proto.isPrototypeOf(kid), Object.prototype.isPrototypeOf.call(bare, kid));

// Called on null/undefined `this` throws.
try {
  Object.prototype.isPrototypeOf.call(null, kid);
} catch (e) {
  console.log('null this:', e.name + ': ' + e.message);
}
