// Arrow functions take `this` (and arguments, new.target) from their
// surrounding scope, permanently.
var timer = {
  ticks: 0,
  label: 'timer',
  startArrow: function () {
    var step = () => {
      this.ticks++;
      return this.label + ':' + this.ticks;
    };
    return [step(), step(), step()];
  },
  startFunction: function () {
    var step = function () {
      return this === undefined ? 'undefined' : this === globalThis ? 'global' : 'other';
    };
    return step();
  }
};
console.log('arrow steps:', timer.startArrow());
console.log('inner function this:', timer.startFunction());

// call/apply/bind cannot change an arrow's this.
function makeArrow() {
  return () => this.id;
}
var arrowFromA = makeArrow.call({ id: 'A' });
console.log('arrow from A:', arrowFromA());
console.log('arrow.call(B):', arrowFromA.call({ id: 'B' }));
console.log('arrow.bind(C)():', arrowFromA.bind({ id: 'C' })());
var holder = { id: 'holder', fn: arrowFromA };
console.log('as method of holder:', holder.fn());

// Arrow as an object-literal property: this is the outer (global) this.
globalThis.id = 'global id';
var lit = {
  id: 'literal id',
  arrow: () => this.id,
  regular: function () {
    return this.id;
  }
};
console.log('literal arrow:', lit.arrow());
console.log('literal regular:', lit.regular());

// Arrows in callbacks keep the method's this.
var team = {
  name: 'Owls',
  members: ['ann', 'bo'],
  list: function () {
    return this.members.map((m) => m + '@' + this.name);
  }
};
console.log(team.list());

// Arrows inside class methods see the instance.
class Clicker {
  constructor() {
    this.count = 0;
    this.handler = () => ++this.count;
  }
}
var c = new Clicker();
var h = c.handler;
h();
h();
console.log('class arrow handler count:', c.count);

// Top-level arrow this is the global object in a script.
var topArrow = () => this === globalThis;
console.log('top-level arrow this is globalThis:', topArrow());

// Arrows have no own prototype and cannot be constructors.
console.log('arrow prototype:', topArrow.prototype, '| own names:', Object.getOwnPropertyNames(topArrow));
