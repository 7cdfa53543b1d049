// new.target: the constructor `new` was applied to, undefined for plain calls.
function Plain() {
  return new.target === undefined ? 'called' : 'constructed';
}
console.log('Plain():', Plain());
console.log('new Plain() is object:', typeof new Plain());

function Guarded(x) {
  if (!new.target) {
    return new Guarded(x);
  }
  this.x = x;
}
var g = Guarded(5);
console.log('auto-new:', g instanceof Guarded, g.x);

class Animal {
  constructor() {
    this.made = new.target.name;
    this.isExact = new.target === Animal;
  }
}
class Dog extends Animal {}
class Puppy extends Dog {
  constructor() {
    super();
    this.ownTarget = new.target.name;
  }
}
console.log('Animal:', new Animal().made, new Animal().isExact);
console.log('Dog:', new Dog().made, new Dog().isExact);
var p = new Puppy();
console.log('Puppy:', p.made, p.ownTarget);

// Abstract base class pattern.
class AbstractShape {
  constructor() {
    if (new.target === AbstractShape) {
      throw new TypeError('AbstractShape cannot be instantiated directly');
    }
  }
}
class Tri extends AbstractShape {}
try {
  new AbstractShape();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('subclass ok:', new Tri() instanceof AbstractShape);

// new.target inside an arrow is the enclosing function's.
function Outer() {
  var arrow = () => new.target;
  return { fromArrow: arrow() === Outer };
}
console.log('arrow sees outer new.target:', new Outer().fromArrow);
console.log('plain call:', Outer().fromArrow);

// Via call/apply there is no new.target.
function Which() {
  return String(new.target === undefined);
}
console.log('call:', Which.call({}), '| apply:', Which.apply(null, []));

// Bound constructors: new.target is the target function.
function Target() {
  this.t = new.target === Target;
}
var BoundTarget = Target.bind(null);
console.log('new on bound, new.target is target:', new BoundTarget().t);
