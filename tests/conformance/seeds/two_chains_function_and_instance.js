// A constructor lives on one chain (Function.prototype -> Object.prototype),
// its instances on another (F.prototype -> Object.prototype).
// `.prototype` jumps from the first to the second, `.constructor` back.
function Traveller() {}

console.log('Traveller -> Function.prototype:', Object.getPrototypeOf(Traveller) === Function.prototype);
console.log('Function.prototype -> Object.prototype:', Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log('Object.prototype -> null:', Object.getPrototypeOf(Object.prototype) === null);
console.log('Traveller.constructor === Function:', Traveller.constructor === Function);
console.log('Traveller instanceof Function:', Traveller instanceof Function);
console.log('Traveller instanceof Object:', Traveller instanceof Object);

console.log('Traveller.prototype.constructor === Traveller:', Traveller.prototype.constructor === Traveller);
console.log('Traveller.prototype instanceof Traveller:', Traveller.prototype instanceof Traveller);

var t = new Traveller();
console.log('t -> Traveller.prototype:', Object.getPrototypeOf(t) === Traveller.prototype);
console.log('t.constructor === Traveller:', t.constructor === Traveller);
console.log('t instanceof Traveller:', t instanceof Traveller);
console.log('t instanceof Function:', t instanceof Function);
console.log('typeof t.call:', typeof t.call);
console.log('typeof Traveller.call:', typeof Traveller.call);

// Something put on Function.prototype is visible to the constructor, not the instance.
Function.prototype.fnOnly = 'on functions';
console.log('Traveller.fnOnly:', Traveller.fnOnly, '| t.fnOnly:', t.fnOnly);
delete Function.prototype.fnOnly;

// Something put on Traveller.prototype is visible to the instance, not the constructor.
Traveller.prototype.instOnly = 'on instances';
console.log('t.instOnly:', t.instOnly, '| Traveller.instOnly:', Traveller.instOnly);

// Something put on Object.prototype is visible to both.
Object.prototype.both = 'everywhere';
console.log('t.both:', t.both, '| Traveller.both:', Traveller.both);
delete Object.prototype.both;

// Jumping back and forth.
console.log('t.constructor.prototype === Object.getPrototypeOf(t):', t.constructor.prototype === Object.getPrototypeOf(t));
console.log('Traveller.prototype.constructor.prototype === Traveller.prototype:', Traveller.prototype.constructor.prototype === Traveller.prototype);
console.log('Function.constructor === Function:', Function.constructor === Function);
console.log('Object.constructor === Function:', Object.constructor === Function);
console.log('Function.prototype is callable:', typeof Function.prototype);
console.log('Function.prototype() returns:', Function.prototype());
