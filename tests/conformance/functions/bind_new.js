// Bound functions used as constructors: the bound `this` is ignored,
// bound arguments are prepended, and the target's prototype is used.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () {
  return this.x + this.y;
};

var ignoredThis = { shouldNotBeUsed: true };
var BoundPoint = Point.bind(ignoredThis, 10);

var p = new BoundPoint(5);
console.log('p.x, p.y:', p.x, p.y, '| sum:', p.sum());
console.log('p instanceof Point:', p instanceof Point);
console.log('p instanceof BoundPoint:', p instanceof BoundPoint);
console.log('proto is Point.prototype:', Object.getPrototypeOf(p) === Point.prototype);
console.log('ignoredThis untouched:', Object.keys(ignoredThis));
console.log('BoundPoint.prototype:', BoundPoint.prototype);
console.log(p);

// Calling the bound function plainly does use the bound this.
var target = {};
var BoundToTarget = Point.bind(target, 1, 2);
BoundToTarget();
console.log('plain call wrote to target:', target);

// Classes can be bound and constructed.
class Pair {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
}
var FirstIsOne = Pair.bind(null, 1);
var pair = new FirstIsOne(2);
console.log('bound class:', pair.a, pair.b, pair instanceof Pair);
console.log(pair);

// Binding a bound constructor.
var Fixed = BoundPoint.bind(null, 20);
var q = new Fixed();
console.log('double-bound:', q.x, q.y, q instanceof Point);

// new.target inside the target is the target, not the bound function.
function Tracker() {
  this.isTracker = new.target === Tracker;
}
var BoundTracker = Tracker.bind(null);
console.log('new.target is target:', new BoundTracker().isTracker);

// Bound arrows cannot be constructed.
var arrow = () => {};
var boundArrow = arrow.bind(null);
try {
  new boundArrow();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
