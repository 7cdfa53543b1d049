// Primitives reach the prototypes of their wrapper constructors.
console.log('(1).__proto__ === Number.prototype:', (1).__proto__ === Number.prototype);
console.log('(1.5).__proto__ === Number.prototype:', (1.5).__proto__ === Number.prototype);
console.log('"x".__proto__ === String.prototype:', 'x'.__proto__ === String.prototype);
console.log('true.__proto__ === Boolean.prototype:', true.__proto__ === Boolean.prototype);
console.log('Number.prototype.__proto__ === Object.prototype:', Number.prototype.__proto__ === Object.prototype);
console.log('String.prototype.__proto__ === Object.prototype:', String.prototype.__proto__ === Object.prototype);
console.log('Object.getPrototypeOf(7) === Number.prototype:', Object.getPrototypeOf(7) === Number.prototype);
console.log('Object.getPrototypeOf("s") === String.prototype:', Object.getPrototypeOf('s') === String.prototype);

// Methods added to a wrapper prototype work on primitives.
Number.prototype.double = function () {
  return this * 2;
};
String.prototype.shout = function () {
  return this.toUpperCase() + '!';
};
Boolean.prototype.flip = function () {
  return !this.valueOf();
};
console.log('(21).double():', (21).double());
var n = 4.5;
console.log('n.double():', n.double());
console.log('"hey".shout():', 'hey'.shout());
console.log('true.flip():', true.flip());

// `this` inside such a sloppy method is a wrapper object; in strict mode
// it is the primitive.
Number.prototype.sloppyType = function () {
  return typeof this;
};
Number.prototype.strictType = function () {
  'use strict';
  return typeof this;
};
console.log('sloppy typeof this:', (3).sloppyType());
console.log('strict typeof this:', (3).strictType());

// Writes to a primitive's property do not stick.
var s = 'abc';
s.extra = 1;
console.log('s.extra after write:', s.extra);
console.log('s.length:', s.length, '| s[1]:', s[1]);

// A wrapper object does keep its properties.
var w = new String('abc');
w.extra = 1;
console.log('w.extra:', w.extra, '| w.length:', w.length, '| typeof w:', typeof w);
console.log('w instanceof String:', w instanceof String, '| "abc" instanceof String:', 'abc' instanceof String);
console.log('w == "abc":', w == 'abc', '| w === "abc":', w === 'abc');

// null and undefined have no prototype to reach.
try {
  null.__proto__;
} catch (e) {
  console.log('null.__proto__:', e.name, e.message);
}
delete Number.prototype.double;
delete String.prototype.shout;
console.log('cleanup:', typeof (1).double, typeof 'a'.shout);
