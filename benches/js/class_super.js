// class_super.js — class hierarchy with super calls.
// Three levels of classes; each constructor calls super(...) and each
// override of `area` / `describe` calls super.method(). The hot loop both
// constructs instances (super(...) chains) and calls the overriding methods
// (super.method() chains).
var ITERATIONS = 450000;

class Shape {
  constructor(id) {
    this.id = id;
  }
  area() { return 1; }
  weight(k) { return (this.id + k) & 1023; }
}

class Rect extends Shape {
  constructor(id, w, h) {
    super(id);
    this.w = w;
    this.h = h;
  }
  area() { return super.area() + this.w * this.h; }
  weight(k) { return super.weight(k) + this.w; }
}

class Square extends Rect {
  constructor(id, s) {
    super(id, s, s);
    this.s = s;
  }
  area() { return super.area() + this.s; }
  weight(k) { return super.weight(k * 2) + 1; }
}

var checksum = 0;
var keep = new Square(0, 1);
for (var i = 0; i < ITERATIONS; i++) {
  var sq = new Square(i, i & 31);
  var rc = new Rect(i, i & 15, (i >> 4) & 15);
  var sum = 0;
  for (var k = 0; k < 4; k++) {
    sum += sq.area() + rc.area() + sq.weight(k) + keep.weight(i & 7);
  }
  checksum = (checksum * 7 + sum) % 1000000007;
}

console.log("class_super checksum " + checksum);
