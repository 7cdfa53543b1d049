// A class can extend an old-style constructor function.
function Vehicle(wheels) {
  this.wheels = wheels;
  this.kind = 'vehicle';
}
Vehicle.prototype.describe = function () {
  return this.kind + ' with ' + this.wheels + ' wheels';
};
Vehicle.count = function () {
  return 'Vehicle.count called on ' + this.name;
};

class Bike extends Vehicle {
  constructor(brand) {
    super(2);
    this.kind = 'bike';
    this.brand = brand;
  }
  describe() {
    return this.brand + ' ' + super.describe();
  }
}

var bike = new Bike('Brompton');
console.log(bike.describe());
console.log('instanceof Vehicle:', bike instanceof Vehicle, '| instanceof Bike:', bike instanceof Bike);
console.log('Bike.__proto__ === Vehicle:', Object.getPrototypeOf(Bike) === Vehicle);
console.log('Bike.prototype.__proto__ === Vehicle.prototype:', Object.getPrototypeOf(Bike.prototype) === Vehicle.prototype);
console.log('inherited static:', Bike.count());
console.log('own keys:', Object.keys(bike));
console.log(bike);

// A constructor function that returns an object: the class instance becomes that object.
function Weird() {
  return { weird: true };
}
Weird.prototype.never = function () {};
class FromWeird extends Weird {
  constructor() {
    super();
    this.added = 'after super';
  }
}
var w = new FromWeird();
console.log('returned object used:', w.weird, w.added, w instanceof FromWeird, typeof w.never);

// The parent function sees new.target as the derived class.
function Recorder() {
  this.target = new.target.name;
  this.protoIsDerived = Object.getPrototypeOf(this) === new.target.prototype;
}
class Recorded extends Recorder {}
var r = new Recorded();
console.log('new.target in parent function:', r.target, r.protoIsDerived);

// Methods added to the function's prototype later show up on class instances.
Vehicle.prototype.honk = function () {
  return 'honk from ' + this.brand;
};
console.log(bike.honk());

// Changing the parent function's prototype object after the class was
// defined does not change the class's chain (it was captured at definition).
Vehicle.prototype = { describe: function () { return 'new proto'; } };
console.log('still old chain:', new Bike('Moulton').describe());
