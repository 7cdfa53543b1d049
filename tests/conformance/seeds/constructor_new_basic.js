// Constructor functions and `new`: each call to `new` makes a fresh object,
// runs the function with `this` bound to it, and links it to F.prototype.
function Robot(model, year) {
  this.model = model;
  this.year = year;
}

Robot.prototype.describe = function () {
  return this.model + ' (' + this.year + ')';
};

var r1 = new Robot('R2', 1977);
var r2 = new Robot('C3', 1983);

console.log('r1.describe():', r1.describe());
console.log('r2.describe():', r2.describe());
console.log('typeof r1:', typeof r1);
console.log('r1 !== r2:', r1 !== r2);
console.log('shared method:', r1.describe === r2.describe);
console.log('method is own on r1:', r1.hasOwnProperty('describe'));
console.log('model is own on r1:', r1.hasOwnProperty('model'));
console.log('r1 instanceof Robot:', r1 instanceof Robot);
console.log('r1 instanceof Object:', r1 instanceof Object);
console.log('Object.keys(r1):', Object.keys(r1));
console.log(r1);

// Calling with no arguments leaves the fields undefined.
var blank = new Robot();
console.log('blank.model:', blank.model);
console.log('blank.describe():', blank.describe());

// `new F` without parentheses is the same as `new F()`.
var r3 = new Robot;
console.log('new without parens:', r3 instanceof Robot, r3.year);

// A constructor that returns an object overrides the freshly created one.
function Factory() {
  this.ignored = true;
  return { made: 'by hand' };
}
var f = new Factory();
console.log('returned object used:', f.made, f.ignored, f instanceof Factory);

// A constructor that returns a primitive still yields the new object.
function Prim() {
  this.kept = 'yes';
  return 42;
}
var p = new Prim();
console.log('primitive return ignored:', p.kept, p instanceof Prim);
