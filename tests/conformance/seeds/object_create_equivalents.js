// Three ways to get an object linked to Object.prototype, and three ways to
// link an object to anything else.
var a = Object.create(Object.prototype);
var b = { __proto__: Object.prototype };
var c = new Object();
var d = {};

console.log('create:', Object.getPrototypeOf(a) === Object.prototype);
console.log('__proto__ literal:', Object.getPrototypeOf(b) === Object.prototype);
console.log('new Object:', Object.getPrototypeOf(c) === Object.prototype);
console.log('{}:', Object.getPrototypeOf(d) === Object.prototype);
console.log('literal __proto__ is not an own key:', Object.keys(b), b.hasOwnProperty('__proto__'));

var anotherObject = { from: 'anotherObject' };
function aFunction() {}
aFunction.prototype = anotherObject;

var o1 = Object.create(anotherObject);
var o2 = { __proto__: anotherObject, extra: 1 };
var o3 = new aFunction();

console.log('o1.from:', o1.from, '| o2.from:', o2.from, '| o3.from:', o3.from);
console.log('all three linked:', [o1, o2, o3].every(function (o) {
  return Object.getPrototypeOf(o) === anotherObject;
}));
console.log('o2 own keys:', Object.keys(o2));

// __proto__: null in a literal makes a null-prototype object.
var bare = { __proto__: null, k: 'v' };
console.log('bare proto:', Object.getPrototypeOf(bare), '| bare.k:', bare.k);
console.log(bare);

// A non-object __proto__ value in a literal is ignored.
var ignored = { __proto__: 5 };
console.log('ignored:', Object.getPrototypeOf(ignored) === Object.prototype);

// A computed "__proto__" key or a shorthand makes an ordinary own property.
(function () {
  var __proto__ = anotherObject;
  var short = { __proto__ };
  var computed = { ['__proto__']: anotherObject };
  console.log('shorthand own:', short.hasOwnProperty('__proto__'), Object.getPrototypeOf(short) === Object.prototype);
  console.log('computed own:', computed.hasOwnProperty('__proto__'), Object.getPrototypeOf(computed) === Object.prototype);
})();

// Object(obj) returns the same object; new Object(prim) wraps.
console.log('Object(o1) === o1:', Object(o1) === o1);
console.log('typeof new Object("s"):', typeof new Object('s'));
console.log('new Object(1) instanceof Number:', new Object(1) instanceof Number);
