// Walking a chain level by level with getOwnPropertyNames.
function Animal(name) {
  this.name = name;
}
Animal.prototype.eat = function () {
  return this.name + ' eats';
};
Animal.prototype.sleep = function () {
  return this.name + ' sleeps';
};

function Bird(name) {
  Animal.call(this, name);
  this.wings = 2;
}
Bird.prototype = Object.create(Animal.prototype);
Bird.prototype.constructor = Bird;
Bird.prototype.fly = function () {
  return this.name + ' flies';
};

var tweety = new Bird('Tweety');

var level = 0;
var o = tweety;
while (o !== Object.prototype && o !== null) {
  console.log('level ' + level + ':', Object.getOwnPropertyNames(o).join(', '));
  o = Object.getPrototypeOf(o);
  level++;
}
console.log('stopped at Object.prototype after', level, 'levels');

// getOwnPropertyNames includes non-enumerable properties; keys does not.
console.log('keys of Bird.prototype:', Object.keys(Bird.prototype));
console.log('names of Bird.prototype:', Object.getOwnPropertyNames(Bird.prototype));
console.log('keys of Animal.prototype:', Object.keys(Animal.prototype));
console.log('names of Animal.prototype:', Object.getOwnPropertyNames(Animal.prototype));

// Functions and arrays have some own properties of their own.
// (A strict function, so that V8's own sloppy-mode 'arguments'/'caller' do not show.)
function sample(a, b) {
  'use strict';
}
console.log('names of a strict function:', Object.getOwnPropertyNames(sample));
console.log('names of an arrow:', Object.getOwnPropertyNames((x) => x));
console.log('names of an array:', Object.getOwnPropertyNames(['x', 'y']));
console.log('names of a string wrapper:', Object.getOwnPropertyNames(new String('hi')));
console.log('names of {}:', Object.getOwnPropertyNames({}));

// Integer-like names come first in ascending order.
var mixed = { b: 1, 10: 'ten', a: 2, 2: 'two', '-1': 'neg', 1.5: 'frac' };
console.log('mixed order:', Object.getOwnPropertyNames(mixed));

// Inherited methods are callable at every level.
console.log(tweety.fly(), '|', tweety.eat(), '|', tweety.sleep());
console.log('toString from the top:', tweety.toString());
