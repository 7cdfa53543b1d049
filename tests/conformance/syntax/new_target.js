// new.target tells whether and how a function was called with new.
function Check() {
  return new.target === undefined ? 'called' : 'constructed';
}
console.log(Check());
console.log(typeof new Check());

function Who() {
  this.target = new.target;
}
var w = new Who();
console.log('new.target is the function:', w.target === Who);

function MustNew(name) {
  if (!new.target) {
    return new MustNew(name);
  }
  this.name = name;
}
var a = MustNew('auto');
var b = new MustNew('explicit');
console.log(a.name, a instanceof MustNew, b.name, b instanceof MustNew);

function Strict() {
  if (new.target === undefined) {
    throw new TypeError('Strict must be called with new');
  }
  this.ok = true;
}
try {
  Strict();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('with new:', new Strict().ok);

function Outer() {
  var arrow = () => new.target;
  this.seen = arrow();
  return arrow() === undefined ? 'arrow saw undefined' : this;
}
console.log('arrow in plain call:', Outer.call({}));
console.log('arrow in new call sees Outer:', new Outer().seen === Outer);

function InnerFn() {
  function plain() {
    return new.target;
  }
  this.inner = plain();
}
console.log('nested normal function has its own:', new InnerFn().inner);

function Base() {
  this.name = new.target.name;
}
function Derived() {
  Base.call(this);
}
console.log('call() does not pass new.target:', (function () {
  try {
    new Derived();
    return 'no error';
  } catch (e) {
    return e.name;
  }
})());

class Animal {
  constructor() {
    this.kind = new.target.name;
  }
}
class Dog extends Animal {}
console.log('in class constructor:', new Animal().kind, new Dog().kind);

var bound = Who.bind(null);
var viaBound = new bound();
console.log('bound function new.target is target:', viaBound.target === Who);
