// Methods reached through the prototype chain, called from hot loops, while
// the chain changes underneath: prototype methods replaced, shadowed by own
// properties, prototypes swapped with Object.setPrototypeOf, deleted.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ":generic"; };
Animal.prototype.legs = function () { return 4; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.bark = function () { return "woof"; };

class Shape {
  constructor(n) { this.n = n; }
  area() { return this.n; }
  describe() { return "shape" + this.area(); }
}
class Square extends Shape {
  area() { return this.n * this.n; }
}
class Cube extends Square {
  area() { return super.area() * 6; }
}

function speakAll(arr, rounds) {
  var out = [];
  for (var r = 0; r < rounds; r++) {
    for (var i = 0; i < arr.length; i++) {
      var s = arr[i].speak();
      if (r === rounds - 1) out.push(s);
    }
  }
  return out.join(",");
}
function legSum(o, n) { var t = 0; for (var i = 0; i < n; i++) t += o.legs(); return t; }
function areaSum(arr, n) {
  var t = 0;
  for (var i = 0; i < n; i++) t += arr[i % arr.length].area();
  return t;
}
function describeAll(arr) { var o = []; for (var i = 0; i < arr.length; i++) o.push(arr[i].describe()); return o.join(","); }

var a = new Animal("cat"), d = new Dog("rex"), d2 = new Dog("fido");
var pets = [a, d, d2];
console.log("warm", speakAll(pets, 2000), legSum(d, 4000));
var shapes = [new Shape(2), new Square(3), new Cube(1)];
console.log("warm shapes", areaSum(shapes, 6000), describeAll(shapes));

// 1. Replace a prototype method mid-loop.
var results = [];
for (var i = 0; i < 6000; i++) {
  if (i === 3000) Animal.prototype.speak = function () { return this.name + ":replaced"; };
  if (i === 2999 || i === 3000 || i === 5999) results.push(d.speak());
}
console.log("replace", results.join(" "));
// 2. Shadow on the intermediate prototype, then on the instance.
Dog.prototype.speak = function () { return this.name + ":dog"; };
console.log("shadow proto", speakAll(pets, 3));
d2.speak = function () { return "own!"; };
console.log("shadow own", speakAll(pets, 3));
// 3. Delete the shadowing properties again.
delete d2.speak;
delete Dog.prototype.speak;
console.log("deleted shadows", speakAll(pets, 3));
// 4. Delete from the base prototype: calls now throw.
var legsFn = Animal.prototype.legs;
delete Animal.prototype.legs;
try { legSum(d, 10); } catch (e) { console.log("deleted legs", e.name, e.message); }
Object.prototype.legs = function () { return 100; };
console.log("legs from Object.prototype", legSum(d, 3000));
delete Object.prototype.legs;
Animal.prototype.legs = legsFn;
console.log("legs restored", legSum(d, 3000));
// 5. setPrototypeOf on an instance inside a hot loop.
var bird = { speak: function () { return this.name + ":tweet"; }, legs: function () { return 2; } };
var trace = [];
var total = 0;
for (var j = 0; j < 6000; j++) {
  if (j === 2500) Object.setPrototypeOf(d, bird);
  if (j === 4000) Object.setPrototypeOf(d, Dog.prototype);
  if (j === 5000) Object.setPrototypeOf(Dog.prototype, bird);
  total += d.legs();
  if (j % 500 === 0) trace.push(d.speak());
}
console.log("setPrototypeOf", total, trace.join(","));
console.log("instanceof", d instanceof Dog, d instanceof Animal, a instanceof Animal, typeof d.bark);
Object.setPrototypeOf(Dog.prototype, Animal.prototype);
// 6. Class methods: replace, shadow, and swap prototypes during a hot loop.
var areas = [];
for (var k = 0; k < 8000; k++) {
  if (k === 2000) Square.prototype.area = function () { return -this.n; };
  if (k === 4000) shapes[0].area = function () { return 1000; };
  if (k === 5000) Object.setPrototypeOf(shapes[2], Shape.prototype);
  if (k === 6000) delete Square.prototype.area;
  var t = areaSum(shapes, 3);
  if (k % 1000 === 0) areas.push(t);
}
console.log("class changes", areas.join(","));
console.log("describe", describeAll(shapes), shapes[2] instanceof Cube, shapes[1] instanceof Square);
// 7. An accessor appears on the prototype for a property the loop reads.
function nameLen(arr, n) { var t = 0; for (var i = 0; i < n; i++) t += arr[i % arr.length].kind.length; return t; }
Animal.prototype.kind = "animal";
var kinds = [];
kinds.push(nameLen(pets, 4000));
Object.defineProperty(Animal.prototype, "kind", { get: function () { return this.name + this.name; }, configurable: true });
kinds.push(nameLen(pets, 30));
Dog.prototype.kind = "dg";   // ignored: inherited accessor without a setter
kinds.push(nameLen(pets, 30));
kinds.push(Dog.prototype.hasOwnProperty("kind"));
Object.defineProperty(Dog.prototype, "kind", { value: "dg", configurable: true });
kinds.push(nameLen(pets, 30));
console.log("kind", kinds.join(","));
