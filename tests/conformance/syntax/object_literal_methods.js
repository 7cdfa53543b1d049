// Method shorthand, this inside methods, methods are not constructors.
var calc = {
  value: 0,
  add(n) {
    this.value += n;
    return this;
  },
  sub(n) {
    this.value -= n;
    return this;
  },
  result() {
    return this.value;
  },
  'quoted method'() {
    return 'quoted';
  },
  42() {
    return 'numeric method';
  },
};
console.log('chained:', calc.add(10).sub(3).add(5).result());
console.log('quoted method:', calc['quoted method']());
console.log('numeric method:', calc[42]());
console.log('method names:', calc.add.name, calc['quoted method'].name, calc[42].name);
console.log('method has no prototype:', calc.add.prototype, calc.hasOwnProperty.call(calc.add, 'prototype'));

try {
  new calc.add(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

var shape = {
  sides: 4,
  describe: function () {
    return 'a shape with ' + this.sides + ' sides';
  },
  arrow: () => typeof this,
};
console.log(shape.describe());
var detached = shape.describe;
var other = { sides: 3, describe: detached };
console.log('borrowed:', other.describe());
console.log('function expression prototype:', typeof shape.describe.prototype);

var counter = {
  n: 0,
  inc() {
    return ++this.n;
  },
};
counter.inc();
counter.inc();
console.log('counter:', counter.n);

var greeter = {
  greet(name = 'world', ...rest) {
    return 'hello ' + name + ' +' + rest.length;
  },
};
console.log(greeter.greet(), greeter.greet('you', 1, 2));
console.log('greet.length:', greeter.greet.length);
console.log(calc);
