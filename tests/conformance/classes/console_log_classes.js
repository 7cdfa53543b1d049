// How console.log prints classes and their instances.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}
class Point3 extends Point {
  z = 0;
}
class Empty {}
var Anon = class {};
class WithStatic {
  static count = 3;
  static helper() {}
}

console.log(Point);
console.log(Point3);
console.log(Empty);
console.log(Anon);
console.log(WithStatic);
console.log(class {});
console.log(class extends Point {});

console.log(new Point(1, 2));
console.log(new Point3(1, 2));
console.log(new Empty());
console.log(new Anon());

// In containers.
console.log([Point, new Point(0, 0)]);
console.log({ cls: Point3, inst: new Point3(5, 6) });

// Nested instances.
class Line {
  constructor(a, b) {
    this.from = a;
    this.to = b;
  }
}
console.log(new Line(new Point(0, 0), new Point(3, 4)));

// Accessor-only classes show no own properties.
class Virtual {
  get value() {
    return 1;
  }
}
console.log(new Virtual());

// A subclass instance whose constructor overrides fields.
class Named extends Point {
  constructor() {
    super(9, 9);
    this.name = 'named';
  }
}
console.log(new Named());

// Strings and other values through String() and template literals.
console.log(String(new Point(1, 1)));
console.log(`${new Empty()}`);
console.log('typeof Point:', typeof Point, '| Point.name:', Point.name);
