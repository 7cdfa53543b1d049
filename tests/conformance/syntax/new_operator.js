// `new` with constructor functions: fresh object, prototype, return overrides.
function Person(name) {
  this.name = name;
}
Person.prototype.hello = function () {
  return 'hi, I am ' + this.name;
};
var p = new Person('Bo');
console.log(p.hello());
console.log(p);
console.log('proto:', Object.getPrototypeOf(p) === Person.prototype, p.constructor === Person);

function NoArgs() {
  this.v = 'no parens';
}
var q = new NoArgs;
console.log('new without parentheses:', q.v);

function ReturnsObject() {
  this.ignored = true;
  return { replaced: true };
}
console.log('object return overrides:', new ReturnsObject());

function ReturnsPrimitive() {
  this.kept = true;
  return 42;
}
console.log('primitive return ignored:', new ReturnsPrimitive());

function ReturnsFunction() {
  return function inner() {};
}
console.log('function return overrides:', typeof new ReturnsFunction());

var ns = {
  Thing: function (x) {
    this.x = x;
  },
};
console.log('new on member:', new ns.Thing(3).x);
console.log('new on bracket member:', new ns['Thing'](4).x);

function Factory() {
  return Factory;
}
console.log('precedence new a.b():', typeof new Factory());

function Outer() {
  this.inner = function Inner() {
    this.level = 'inner';
  };
}
var made = new new Outer().inner();
console.log('new new Outer().inner():', made.level);

function Chain() {
  this.value = 1;
}
Chain.prototype.add = function (n) {
  this.value += n;
  return this;
};
console.log('member call on new result:', new Chain().add(2).add(3).value);

Person.prototype = { replaced: 'new prototype' };
var later = new Person('Cy');
console.log('uses prototype at call time:', later.replaced, typeof later.hello, p.hello());

var bound = function (a, b) {
  this.sum = a + b;
}.bind(null, 10);
console.log('new on bound function:', new bound(5).sum);
