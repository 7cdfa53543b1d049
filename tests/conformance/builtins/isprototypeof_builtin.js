// Object.prototype.isPrototypeOf as a library method.
var base = {};
var derived = Object.create(base);
var deeper = Object.create(derived);

console.log('base.isPrototypeOf(derived):', base.isPrototypeOf(derived));
console.log('base.isPrototypeOf(deeper):', base.isPrototypeOf(deeper));
console.log('deeper.isPrototypeOf(base):', deeper.isPrototypeOf(base));
console.log('Object.prototype.isPrototypeOf({}):', Object.prototype.isPrototypeOf({}));
console.log('Object.prototype.isPrototypeOf(Object.prototype):', Object.prototype.isPrototypeOf(Object.prototype));
console.log('Function.prototype.isPrototypeOf(Object):', Function.prototype.isPrototypeOf(Object));
console.log('Object.prototype.isPrototypeOf(Function):', Object.prototype.isPrototypeOf(Function));
console.log('Array.prototype.isPrototypeOf([]):', Array.prototype.isPrototypeOf([]));
console.log('Error.prototype.isPrototypeOf(new TypeError()):', Error.prototype.isPrototypeOf(new TypeError()));
console.log('TypeError.prototype.isPrototypeOf(new Error()):', TypeError.prototype.isPrototypeOf(new Error()));
console.log('String.prototype.isPrototypeOf("s"):', String.prototype.isPrototypeOf('s'));
console.log('no argument:', base.isPrototypeOf());
console.log('isPrototypeOf.length:', Object.prototype.isPrototypeOf.length);

// Comparison with instanceof for constructor functions.
function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
var rex = new Dog();
console.log('Animal.prototype.isPrototypeOf(rex):', Animal.prototype.isPrototypeOf(rex), '| rex instanceof Animal:', rex instanceof Animal);
console.log('Dog.isPrototypeOf(rex):', Dog.isPrototypeOf(rex));

// Classes: the constructors form a chain too.
class A {}
class B extends A {}
console.log('A.isPrototypeOf(B):', A.isPrototypeOf(B), '| A.prototype.isPrototypeOf(B.prototype):', A.prototype.isPrototypeOf(B.prototype));
console.log('Function.prototype.isPrototypeOf(B):', Function.prototype.isPrototypeOf(B));
