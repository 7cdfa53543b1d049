// `__proto__: value` in an object literal sets the prototype at creation.
var animal = {
  eats: true,
  describe() {
    return (this.name || 'anonymous') + (this.eats ? ' eats' : ' does not eat');
  }
};

var rabbit = { __proto__: animal, name: 'rabbit', jumps: true };
var stone = { name: 'stone', __proto__: animal, eats: false };

console.log(rabbit.describe());
console.log(stone.describe());
console.log('rabbit keys:', Object.keys(rabbit));
console.log('stone keys:', Object.keys(stone));
console.log('rabbit proto is animal:', Object.getPrototypeOf(rabbit) === animal);

// Quoted "__proto__" key also sets the prototype.
var quoted = { '__proto__': animal };
console.log('quoted key sets proto:', Object.getPrototypeOf(quoted) === animal, Object.keys(quoted));

// Computed key does not: it makes an own property.
var computed = { ['__proto__']: animal };
console.log('computed key:', Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed));

// A method named __proto__ is an own property as well.
var method = { __proto__() { return 'method'; } };
console.log('method named __proto__:', typeof method.__proto__, Object.getPrototypeOf(method) === Object.prototype);

// Chains of literals.
var a = { level: 'a', onlyA: 1 };
var b = { __proto__: a, level: 'b' };
var c = { __proto__: b, level: 'c' };
console.log('c.level:', c.level, '| c.onlyA:', c.onlyA, '| depth ok:', Object.getPrototypeOf(Object.getPrototypeOf(c)) === a);

// super inside a literal method uses the literal's prototype.
var loud = {
  __proto__: animal,
  name: 'lion',
  describe() {
    return super.describe().toUpperCase() + '!';
  }
};
console.log(loud.describe());

// __proto__: null and non-object values.
var bare = { __proto__: null, x: 1 };
var ignored = { __proto__: 'nope', y: 2 };
console.log('null proto:', Object.getPrototypeOf(bare), '| ignored:', Object.getPrototypeOf(ignored) === Object.prototype);
console.log(bare, ignored);
console.log(rabbit);
