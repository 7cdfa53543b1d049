// One function called with objects of many different shapes and prototypes.
function describe(shape) {
  return shape.name + ':' + shape.area();
}

function Square(s) {
  this.name = 'square';
  this.s = s;
}
Square.prototype.area = function () {
  return this.s * this.s;
};

class Circle {
  constructor(r) {
    this.r = r;
    this.name = 'circle';
  }
  area() {
    return Math.round(3 * this.r * this.r);
  }
}

var triProto = {
  area: function () {
    return (this.b * this.h) / 2;
  }
};
function tri(b, h) {
  var t = Object.create(triProto);
  t.b = b;
  t.h = h;
  t.name = 'triangle';
  return t;
}

var literal = {
  name: 'literal',
  area: function () {
    return 42;
  }
};

var nullProto = Object.create(null);
nullProto.name = 'bare';
nullProto.area = function () {
  return 0;
};

var withGetter = {
  get name() {
    return 'getter-name';
  },
  area: () => -1
};

var shapes = [new Square(3), new Circle(2), tri(4, 5), literal, nullProto, withGetter];
for (var round = 0; round < 3; round++) {
  var line = [];
  for (var i = 0; i < shapes.length; i++) line.push(describe(shapes[i]));
  console.log('round ' + round + ': ' + line.join(', '));
}

// Many calls mixing shapes.
var total = 0;
for (var k = 0; k < 600; k++) {
  total += shapes[k % shapes.length].area();
}
console.log('total:', total);

// Property read site that sees many shapes, including missing properties.
function readX(o) {
  return o.x;
}
var objs = [{ x: 1 }, { y: 2, x: 3 }, Object.create({ x: 5 }), { a: 1, b: 2, c: 3, x: 7 }, [], 'str', { x: undefined }];
console.log('readX:', objs.map(readX));

// Mutating a prototype after the site has seen it.
Square.prototype.area = function () {
  return 'changed';
};
console.log('after change:', describe(shapes[0]), describe(shapes[1]));
