// instanceof walks the prototype chain of the left side.
function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
var d = new Dog();
console.log('d instanceof Dog:', d instanceof Dog);
console.log('d instanceof Animal:', d instanceof Animal);
console.log('d instanceof Object:', d instanceof Object);
console.log('new Animal() instanceof Dog:', new Animal() instanceof Dog);

console.log('[] instanceof Array:', [] instanceof Array, '[] instanceof Object:', [] instanceof Object);
console.log('function instanceof Function:', function () {} instanceof Function);
console.log('function instanceof Object:', (() => 1) instanceof Object);
console.log('{} instanceof Object:', {} instanceof Object);
console.log('Object.create(null) instanceof Object:', Object.create(null) instanceof Object);

console.log('primitives are never instances:');
console.log("  'str' instanceof String:", 'str' instanceof String);
console.log('  5 instanceof Number:', 5 instanceof Number);
console.log('  true instanceof Boolean:', true instanceof Boolean);
console.log('  null instanceof Object:', null instanceof Object);
console.log('  undefined instanceof Object:', undefined instanceof Object);
console.log("new String('s') instanceof String:", new String('s') instanceof String);

var e = new TypeError('x');
console.log('TypeError instanceof TypeError/Error/RangeError:', e instanceof TypeError, e instanceof Error, e instanceof RangeError);

function Later() {}
var before = new Later();
Later.prototype = {};
console.log('after replacing prototype:', before instanceof Later, new Later() instanceof Later);

var proto = {};
function Fake() {}
Fake.prototype = proto;
var plain = Object.create(proto);
console.log('object created from same prototype:', plain instanceof Fake);

class Base {}
class Derived extends Base {}
console.log('class instances:', new Derived() instanceof Base, new Base() instanceof Derived);

var bound = Dog.bind(null);
console.log('bound function uses target:', d instanceof bound);

Object.setPrototypeOf(d, null);
console.log('after setPrototypeOf null:', d instanceof Dog, d instanceof Object);

console.log('precedence !d instanceof Dog:', !d instanceof Dog);
