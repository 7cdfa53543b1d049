// instanceof across a class hierarchy, mixing classes and functions.
function Organism() {}
class Animal extends Organism {}
class Mammal extends Animal {}
class Bird extends Animal {}
class Bat extends Mammal {}

var bat = new Bat();
var bird = new Bird();

var ctors = [Organism, Animal, Mammal, Bird, Bat, Object, Function];
var names = ['Organism', 'Animal', 'Mammal', 'Bird', 'Bat', 'Object', 'Function'];
for (var i = 0; i < ctors.length; i++) {
  console.log('bat instanceof ' + names[i] + ':', bat instanceof ctors[i], '| bird:', bird instanceof ctors[i]);
}

// Classes themselves are instances of Function.
console.log('Bat instanceof Function:', Bat instanceof Function);
console.log('Bat instanceof Mammal (no):', Bat instanceof Mammal);
console.log('Mammal.isPrototypeOf(Bat):', Mammal.isPrototypeOf(Bat));
console.log('Mammal.prototype.isPrototypeOf(bat):', Mammal.prototype.isPrototypeOf(bat));

// Walking the chain of an instance by constructor name.
var names2 = [];
var o = Object.getPrototypeOf(bat);
while (o) {
  names2.push(o.constructor.name);
  o = Object.getPrototypeOf(o);
}
console.log('chain:', names2.join(' -> '));

// Walking the constructor chain.
var names3 = [];
var c = Bat;
while (c) {
  names3.push(c.name || '(anonymous)');
  c = Object.getPrototypeOf(c);
}
console.log('constructor chain:', names3.join(' -> '));

// Changing an instance's prototype to another branch.
Object.setPrototypeOf(bat, Bird.prototype);
console.log('after move: Mammal?', bat instanceof Mammal, '| Bird?', bat instanceof Bird, '| Animal?', bat instanceof Animal);

// Error subclasses.
class AppError extends Error {}
class DbError extends AppError {}
var err = new DbError('db down');
console.log('DbError: Error?', err instanceof Error, '| AppError?', err instanceof AppError, '| TypeError?', err instanceof TypeError);
console.log('message:', err.message, '| name:', err.name);
