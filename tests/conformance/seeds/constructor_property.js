// Every function's default prototype has a `constructor` pointing back to it;
// instances find `constructor` by inheritance.
function Kettle(volume) {
  this.volume = volume;
}
var k = new Kettle(1.5);

console.log('Kettle.prototype.constructor === Kettle:', Kettle.prototype.constructor === Kettle);
console.log('k.constructor === Kettle:', k.constructor === Kettle);
console.log('k has own constructor:', k.hasOwnProperty('constructor'));
console.log('constructor is non-enumerable:', Kettle.prototype.propertyIsEnumerable('constructor'));
console.log('keys of Kettle.prototype:', Object.keys(Kettle.prototype));
console.log('k.constructor.name:', k.constructor.name);

// Use the constructor property to make a sibling.
var k2 = new k.constructor(2);
console.log('sibling via constructor:', k2.volume, k2 instanceof Kettle);

// Built-ins.
console.log('({}).constructor === Object:', ({}).constructor === Object);
console.log('[].constructor === Array:', [].constructor === Array);
console.log('Kettle.constructor === Function:', Kettle.constructor === Function);
console.log('(5).constructor === Number:', (5).constructor === Number);
console.log('"s".constructor === String:', 's'.constructor === String);
console.log('true.constructor === Boolean:', true.constructor === Boolean);
console.log('Math.constructor === Object:', Math.constructor === Object);

// Replacing the prototype with a literal loses the constructor link.
function Toaster() {}
Toaster.prototype = { slots: 2 };
var t = new Toaster();
console.log('t.constructor === Toaster:', t.constructor === Toaster);
console.log('t.constructor === Object:', t.constructor === Object);
console.log('t instanceof Toaster (still true):', t instanceof Toaster);

// ...and putting it back by hand.
Toaster.prototype.constructor = Toaster;
console.log('restored:', t.constructor === Toaster);
console.log('but now enumerable:', Object.keys(Toaster.prototype));

// constructor is just a property: it can be shadowed or lie.
var liar = new Kettle(3);
liar.constructor = Toaster;
console.log('liar.constructor === Toaster:', liar.constructor === Toaster, '| instanceof Kettle:', liar instanceof Kettle);
