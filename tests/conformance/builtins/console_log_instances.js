// console.log of constructor-function and class instances.
function Person(name) {
  this.name = name;
}
console.log(new Person('Alice'));

function Empty() {}
console.log(new Empty());

function Multi(a, b) {
  this.num = a;
  this.str = b;
  this.bool = true;
  this.nul = null;
  this.undef = undefined;
  this.arr = [a, b];
  this.obj = { nested: a };
}
console.log(new Multi(1, 'two'));

// Prototype methods are not shown.
Person.prototype.greet = function () {};
console.log(new Person('Bob'));

// Own function-valued properties are shown.
function WithMethod() {
  this.run = function () {};
  this.named = function runner() {};
  this.arrow = () => 1;
}
console.log(new WithMethod());

// An object created with Object.create(Person.prototype).
console.log(Object.create(Person.prototype));

// Subclass-style chain without fixing constructor: name comes from the chain.
function Employee(name) {
  Person.call(this, name);
}
Employee.prototype = Object.create(Person.prototype);
console.log(new Employee('Eve'));
Employee.prototype.constructor = Employee;
console.log(new Employee('Eve'));

// Plain objects and Object.create of a plain object.
console.log({ a: 1 });
console.log(Object.create({ inherited: true }));

// Keys that need quotes.
console.log({ 'with space': 1, valid_id: 2, 'dash-key': 3, 42: 'n', $dollar: 4 });

// Strings inside objects are quoted, special characters escaped.
console.log({ s: "it's", d: 'say "hi"', nl: 'a\nb' });

// Numbers.
console.log({ neg: -5, frac: 0.5, big: 1e21, small: 1e-7, nan: NaN, inf: -Infinity, negzero: -0 });

// Several arguments: strings at top level are bare.
console.log('label', new Person('Cy'), 42, 'end');
console.log(new Person('it\'s'));
