// Two-level constructor inheritance: Bar instances use Foo's identify via the chain.
function Foo(who) {
  this.me = who;
}
Foo.prototype.identify = function () {
  return 'I am ' + this.me;
};

function Bar(who) {
  Foo.call(this, who);
}
Bar.prototype = Object.create(Foo.prototype);
Bar.prototype.speak = function () {
  return 'Hello, ' + this.identify() + '.';
};

var b1 = new Bar('b1');
var b2 = new Bar('b2');

console.log(b1.speak());
console.log(b2.speak());
console.log('b1.speak === b2.speak:', b1.speak === b2.speak);
console.log('identify found on Foo.prototype:', Foo.prototype.hasOwnProperty('identify') && !Bar.prototype.hasOwnProperty('identify'));

console.log('Bar.prototype -> Foo.prototype:', Object.getPrototypeOf(Bar.prototype) === Foo.prototype);
console.log('Foo.prototype -> Object.prototype:', Object.getPrototypeOf(Foo.prototype) === Object.prototype);
console.log('b1.constructor === Foo (not fixed):', b1.constructor === Foo);
console.log('Foo.constructor/Bar.constructor/Object.constructor === Function:',
  Foo.constructor === Function, Bar.constructor === Function, Object.constructor === Function);

console.log('b1 instanceof Bar:', b1 instanceof Bar);
console.log('b1 instanceof Foo:', b1 instanceof Foo);
console.log('b1 instanceof Object:', b1 instanceof Object);
console.log('Bar.prototype instanceof Foo:', Bar.prototype instanceof Foo);
console.log('Foo.prototype.isPrototypeOf(b1):', Foo.prototype.isPrototypeOf(b1));
console.log('Object.prototype.isPrototypeOf(b1):', Object.prototype.isPrototypeOf(b1));

// Everyone can reach toString through Object.prototype, functions reach call
// through Function.prototype.
console.log('b1.toString === Object.prototype.toString:', b1.toString === Object.prototype.toString);
console.log('Bar.call === Function.prototype.call:', Bar.call === Function.prototype.call);
console.log('b1 has call:', 'call' in b1, '| Bar has call:', 'call' in Bar);
console.log(b1);
