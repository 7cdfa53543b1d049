// Static methods live on the class itself and `this` inside them is the class.
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  static of(x, y) {
    return new this(x, y);
  }
  static zero() {
    return Vec.of(0, 0);
  }
  static add(a, b) {
    return new Vec(a.x + b.x, a.y + b.y);
  }
  len2() {
    return this.x * this.x + this.y * this.y;
  }
}

var v = Vec.add(Vec.of(1, 2), Vec.of(3, 4));
console.log('v:', v.x, v.y, '| len2:', v.len2());
console.log('zero:', Vec.zero());
console.log('typeof v.of:', typeof v.of);
console.log('typeof Vec.len2:', typeof Vec.len2);
console.log('own names of Vec:', Object.getOwnPropertyNames(Vec));
console.log('statics non-enumerable:', Object.keys(Vec));

// `this` in a static method depends on how it is called.
class Sub extends Vec {}
var s = Sub.of(5, 6);
console.log('Sub.of makes a Sub:', s instanceof Sub, s.constructor.name);
var detached = Vec.of;
try {
  detached(1, 2);
} catch (e) {
  console.log('detached static:', e.name + ': ' + e.message);
}

// Static and prototype methods may share a name.
class Twin {
  static name2() {
    return 'static';
  }
  name2() {
    return 'instance';
  }
}
console.log(Twin.name2(), new Twin().name2());

// A static method named "name" or "length" replaces the inherited value.
class Odd {
  static name() {
    return 'custom name fn';
  }
}
console.log('typeof Odd.name:', typeof Odd.name, '|', Odd.name());

// Static computed names.
var k = 'make';
class Computed {
  static [k + 'One']() {
    return 1;
  }
}
console.log('Computed.makeOne():', Computed.makeOne());
console.log(Vec);
