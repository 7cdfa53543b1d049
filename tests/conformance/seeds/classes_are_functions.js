// ES6 classes are functions underneath; `extends` wires two chains.
class Counter {
  constructor(start) {
    this.value = start;
  }
  next() {
    return this.value + 1;
  }
}

class StepCounter extends Counter {
  constructor(start, step) {
    super(start);
    this.step = step;
  }
  nextBy() {
    return this.value + this.step;
  }
}

var c = new Counter(10);
var s = new StepCounter(10, 5);

console.log('typeof Counter:', typeof Counter);
console.log('Counter.constructor === Function:', Counter.constructor === Function);
console.log('Counter.__proto__ === Function.prototype:', Counter.__proto__ === Function.prototype);
console.log('StepCounter.__proto__ === Counter:', StepCounter.__proto__ === Counter);
console.log('StepCounter.__proto__.__proto__ === Function.prototype:', StepCounter.__proto__.__proto__ === Function.prototype);
console.log('Counter.prototype.constructor === Counter:', Counter.prototype.constructor === Counter);
console.log('StepCounter.prototype.__proto__ === Counter.prototype:', StepCounter.prototype.__proto__ === Counter.prototype);
console.log('s.__proto__ === StepCounter.prototype:', s.__proto__ === StepCounter.prototype);
console.log('c.next():', c.next());
console.log('s.next():', s.next());
console.log('s.nextBy():', s.nextBy());
console.log('c.next === Counter.prototype.next:', c.next === Counter.prototype.next);
console.log('method call by hand:', Counter.prototype.next.call(c));

// Static-like data put on the class is inherited by the subclass
// (through the constructor chain) but not by instances.
Counter.registry = 'shared';
console.log('Counter.registry:', Counter.registry);
console.log('StepCounter.registry:', StepCounter.registry);
console.log('s.registry:', s.registry);
console.log('StepCounter has own registry:', StepCounter.hasOwnProperty('registry'));

console.log('Counter.name:', Counter.name, '| StepCounter.length:', StepCounter.length);
console.log('instanceof both:', s instanceof StepCounter, s instanceof Counter, c instanceof StepCounter);
console.log(Counter);
console.log(StepCounter);
console.log(s);
