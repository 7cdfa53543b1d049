// instanceof looks at the CURRENT F.prototype and walks the object's chain.
function Fruit() {}
var apple = new Fruit();
console.log('1 apple instanceof Fruit:', apple instanceof Fruit);

var oldProto = Fruit.prototype;
Fruit.prototype = {};
console.log('2 after replacing Fruit.prototype:', apple instanceof Fruit);

var pear = new Fruit();
console.log('3 pear instanceof Fruit:', pear instanceof Fruit);

Fruit.prototype = oldProto;
console.log('4 restored: apple', apple instanceof Fruit, '| pear', pear instanceof Fruit);

// Pointing another constructor's prototype at an existing chain.
function Impostor() {}
Impostor.prototype = Fruit.prototype;
console.log('5 apple instanceof Impostor:', apple instanceof Impostor);

// Changing the object's chain instead.
function Veg() {}
Object.setPrototypeOf(apple, Veg.prototype);
console.log('6 apple instanceof Veg:', apple instanceof Veg, '| Fruit:', apple instanceof Fruit);

// Inserting a level keeps the upper levels.
function Root() {}
function Leaf() {}
var leaf = new Leaf();
Object.setPrototypeOf(Leaf.prototype, Root.prototype);
console.log('7 leaf instanceof Root:', leaf instanceof Root);

// Primitives are never instances; wrappers are.
console.log('8 "s" instanceof String:', 's' instanceof String, '| new String:', new String('s') instanceof String);
console.log('9 Object.create(null) instanceof Object:', Object.create(null) instanceof Object);

// Right-hand side must be callable.
try {
  apple instanceof {};
} catch (e) {
  console.log('10', e.name + ': ' + e.message);
}
try {
  apple instanceof 3;
} catch (e) {
  console.log('11', e.name + ': ' + e.message);
}

// Arrow functions have no prototype: instanceof throws.
var arrow = () => {};
try {
  apple instanceof arrow;
} catch (e) {
  console.log('12', e.name + ': ' + e.message);
}

// Bound functions use the target's prototype.
var BoundFruit = Fruit.bind(null);
console.log('13 new Fruit() instanceof BoundFruit:', new Fruit() instanceof BoundFruit);
console.log('14 BoundFruit.prototype:', BoundFruit.prototype);

// Classes behave the same way.
class K {}
var k = new K();
console.log('15 k instanceof K:', k instanceof K);
Object.setPrototypeOf(k, Fruit.prototype);
console.log('16 after setPrototypeOf:', k instanceof K, k instanceof Fruit);
