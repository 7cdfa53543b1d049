// bind: fixed `this`, partially applied arguments, names and lengths.
function volume(l, w, h) {
  return this.unit + ':' + l * w * h;
}
var metric = { unit: 'cm3' };

var bound = volume.bind(metric);
var withLength = volume.bind(metric, 2);
var withTwo = volume.bind(metric, 2, 3);

console.log(bound(1, 2, 3));
console.log(withLength(3, 4));
console.log(withTwo(5));
console.log(withTwo(5, 'ignored extra'));

console.log('names:', bound.name, '|', withTwo.name);
console.log('lengths:', volume.length, bound.length, withLength.length, withTwo.length);
console.log('typeof bound:', typeof bound);

// Binding a bound function: this stays the first one, args accumulate.
var rebound = withLength.bind({ unit: 'ignored' }, 10);
console.log('rebound:', rebound(10));
console.log('rebound name:', rebound.name, '| length:', rebound.length);

// call/apply cannot override the bound this.
console.log('call on bound:', bound.call({ unit: 'other' }, 1, 1, 1));

// Partial application without caring about this.
function add(a, b) {
  return a + b;
}
var inc = add.bind(null, 1);
console.log('inc(41):', inc(41));
console.log([1, 2, 3].map(add.bind(null, 10)));

// A bound method keeps working when detached.
var counter = {
  n: 0,
  tick: function () {
    this.n++;
    return this.n;
  }
};
var tick = counter.tick.bind(counter);
tick();
tick();
console.log('counter.n after detached ticks:', counter.n);

// Bound functions have no prototype and print as such.
console.log('bound prototype:', bound.prototype);
console.log(bound);
console.log(add.bind(null));

// Binding arrow functions: this is ignored, args still bound.
var arrowThis = () => typeof this;
var arrowAdd = (a, b) => a + b;
console.log('bound arrow this:', arrowThis.bind({})(), '| bound arrow args:', arrowAdd.bind(null, 'x')('y'));

// bind on a non-function.
try {
  Function.prototype.bind.call(42);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
