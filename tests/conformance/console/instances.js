// Instances print with their constructor's name.
function Person(name, age) {
  this.name = name;
  this.age = age;
}
Person.prototype.greet = function () {};
console.log(new Person('Alice', 30));
console.log([new Person('Bob', 5)]);
console.log({ owner: new Person('Carol', 40) });

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {}
}
console.log(new Point(1, 2));
class Point3D extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
console.log(new Point3D(1, 2, 3));

class Empty {}
console.log(new Empty());

function NoProps() {}
console.log(new NoProps());

var Anon = function () {
  this.v = 1;
};
console.log(new Anon());

var proto = { kind: 'proto' };
var fromProto = Object.create(proto);
fromProto.own = 1;
console.log(fromProto);

function Base() {}
function Derived() {
  this.d = true;
}
Derived.prototype = Object.create(Base.prototype);
console.log('constructor not restored:', new Derived());
Derived.prototype.constructor = Derived;
console.log('constructor restored:', new Derived());

var Renamed = function Original() {
  this.r = 1;
};
console.log(new Renamed());

var manyFields = new Person('A very long name for a person', 99);
manyFields.address = 'Some Street 123, Some City, Some Country';
console.log(manyFields);

function Wrapper() {
  this.inner = new Person('Inner', 1);
  this.list = [new Point(0, 0)];
}
console.log(new Wrapper());

var instWithMethod = new Point(5, 5);
instWithMethod.extra = function () {};
console.log(instWithMethod);
