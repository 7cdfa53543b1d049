// Virtual calls over a few classes: the JIT inlines each target behind a
// compare of the callee, and calls any other callee the ordinary way.
class Shape {
  constructor(n) { this.n = n; }
  area() { return 0; }
}
class Square extends Shape {
  area() { return this.n * this.n; }
}
class Circle extends Shape {
  area() { return 3 * this.n * this.n; }
}
class Tri extends Shape {
  area() { return (this.n * this.n) / 2; }
}
class Counter extends Shape {
  // Stores into `this`, then reads a property (a check after a store).
  area() { this.n = this.n + 1; return this.n + this.extra; }
}
Counter.prototype.extra = 10;

function total(list) {
  var s = 0;
  for (var i = 0; i < list.length; i++) s += list[i].area();
  return s;
}

var list = [];
for (var i = 0; i < 40; i++) {
  list.push(new Square(i % 7), new Circle(i % 5), new Tri(i % 4 * 2));
}
var t = 0;
for (var k = 0; k < 300; k++) t += total(list);
console.log("three classes", t);

// A fourth class with a store before a check, then a method replaced on a
// prototype (same shapes: only the callee compare can tell).
list.push(new Counter(1));
t = 0;
for (var k = 0; k < 300; k++) t += total(list);
console.log("with counter", t, list[list.length - 1].n);
Circle.prototype.area = function () { return -1; };
console.log("replaced", total(list));
delete Circle.prototype.area;
console.log("deleted (Shape's)", total(list));

// More classes than the feedback lists: the ordinary call.
class A extends Shape { area() { return 1; } }
class B extends Shape { area() { return 2; } }
class C extends Shape { area() { return 3; } }
list.push(new A(0), new B(0), new C(0));
t = 0;
for (var k = 0; k < 300; k++) t += total(list);
console.log("many classes", t);

// A callee that is not a function any more.
Square.prototype.area = 5;
try {
  total(list);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Strict equality of strings: atoms (literals, one-unit strings) and
// strings built at run time.
function same(a, b) { return a === b; }
function differ(a, b) { return a !== b; }
var built = ["ab", "a" + "b", "x".concat("y"), "xy", "+", "-", String.fromCharCode(43)];
var eq = 0;
for (var k = 0; k < 2000; k++) {
  for (var i = 0; i < built.length; i++) {
    for (var j = 0; j < built.length; j++) {
      if (same(built[i], built[j])) eq++;
      if (differ(built[i], built[j])) eq += 1000;
    }
  }
  if (same(1, "1") || same("1", 1) || !differ(2, "2")) throw new Error("mixed");
}
console.log("strings", eq);
