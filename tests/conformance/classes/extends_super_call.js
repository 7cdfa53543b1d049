// `extends` and super(...): the parent constructor builds `this`.
class Shape {
  constructor(name) {
    this.name = name;
    this.createdBy = new.target.name;
  }
  describe() {
    return 'a ' + this.name;
  }
}

class Square extends Shape {
  constructor(side) {
    super('square');
    this.side = side;
  }
  area() {
    return this.side * this.side;
  }
}

class ColoredSquare extends Square {
  constructor(side, color) {
    super(side);
    this.color = color;
  }
}

var cs = new ColoredSquare(3, 'red');
console.log(cs.describe(), '| area:', cs.area(), '| color:', cs.color);
console.log('createdBy:', cs.createdBy);
console.log('own keys in order:', Object.keys(cs));
console.log('instanceof:', cs instanceof ColoredSquare, cs instanceof Square, cs instanceof Shape);
console.log(cs);

// Default derived constructor passes all arguments through.
class Passthrough extends Square {}
var p = new Passthrough(4, 'ignored');
console.log('default ctor:', p.side, p.area(), Passthrough.length);

// super() returns this.
class Returns extends Shape {
  constructor() {
    var r = super('returns');
    this.same = r === this;
  }
}
console.log('super() returns this:', new Returns().same);

// Arguments are evaluated before super is called.
var order = [];
class Ordered extends Shape {
  constructor() {
    order.push('before super');
    super((order.push('argument'), 'ordered'));
    order.push('after super');
  }
}
new Ordered();
console.log('order:', order.join(' > '));

// Calling super twice throws.
class Twice extends Shape {
  constructor() {
    super('once');
    try {
      super('twice');
    } catch (e) {
      this.err = e.name + ': ' + e.message;
    }
  }
}
console.log(new Twice().err);

// Parent prototype methods are inherited, not copied.
console.log('area own on Square.prototype:', Square.prototype.hasOwnProperty('area'), '| on ColoredSquare.prototype:', ColoredSquare.prototype.hasOwnProperty('area'));
