// `prototype` is a property of functions; `__proto__` is how an object
// reaches its own [[Prototype]]. They only meet through `new`.
function Lamp(color) {
  this.color = color;
}
Lamp.prototype.glow = function () {
  return this.color + ' glow';
};

var lamp = new Lamp('amber');

console.log('lamp.__proto__ === Lamp.prototype:', lamp.__proto__ === Lamp.prototype);
console.log('lamp.prototype:', lamp.prototype);
console.log('typeof Lamp.prototype:', typeof Lamp.prototype);
console.log('Lamp.__proto__ === Function.prototype:', Lamp.__proto__ === Function.prototype);
console.log('Lamp.__proto__ === Lamp.prototype:', Lamp.__proto__ === Lamp.prototype);
console.log('Object.getPrototypeOf(lamp) === lamp.__proto__:', Object.getPrototypeOf(lamp) === lamp.__proto__);
console.log('lamp.glow():', lamp.glow());

// A plain object has a __proto__ but no prototype property.
var plain = { a: 1 };
console.log('plain.prototype:', plain.prototype);
console.log('plain.__proto__ === Object.prototype:', plain.__proto__ === Object.prototype);
console.log('"prototype" in plain:', 'prototype' in plain);
console.log('"__proto__" in plain:', '__proto__' in plain);
console.log('plain has own __proto__:', plain.hasOwnProperty('__proto__'));
console.log('Object.prototype has own __proto__:', Object.prototype.hasOwnProperty('__proto__'));

// Giving a plain object a property named "prototype" does nothing special.
var fake = { prototype: { hello: 'there' } };
var linked = Object.create(fake);
console.log('linked.hello:', linked.hello);
console.log('linked.prototype.hello:', linked.prototype.hello);

// Functions have both: prototype (for instances) and __proto__ (their own parent).
function Nop() {}
console.log('Nop.prototype !== Nop.__proto__:', Nop.prototype !== Nop.__proto__);
console.log('Nop.prototype.__proto__ === Object.prototype:', Nop.prototype.__proto__ === Object.prototype);
console.log('Nop.__proto__.__proto__ === Object.prototype:', Nop.__proto__.__proto__ === Object.prototype);
console.log('own names of Nop.prototype:', Object.getOwnPropertyNames(Nop.prototype));
