// Functions are objects: they can carry properties, be stored, compared, and
// passed around like any value.
function greet(name) {
  greet.calls++;
  return 'hi ' + name;
}
greet.calls = 0;
greet.version = '1.0';

greet('a');
greet('b');
console.log('calls:', greet.calls, '| version:', greet.version);
console.log('own keys:', Object.keys(greet));
console.log('own names:', Object.getOwnPropertyNames(greet).filter(function (n) {
  return n !== 'arguments' && n !== 'caller';
}));

// A function as a namespace.
function utils() {}
utils.double = function (x) {
  return x * 2;
};
utils.constants = { answer: 42 };
console.log('namespace:', utils.double(utils.constants.answer));

// Functions are compared by identity.
var f1 = function () {};
var f2 = function () {};
var f3 = f1;
console.log('identity:', f1 === f2, f1 === f3);

// Function objects inherit from Function.prototype and Object.prototype.
console.log('instanceof Function/Object:', greet instanceof Function, greet instanceof Object);
console.log('hasOwnProperty works on functions:', greet.hasOwnProperty('calls'));
console.log('toString is Function.prototype.toString:', greet.toString === Function.prototype.toString);

// Adding a property to Function.prototype makes it available on every function.
Function.prototype.describe = function () {
  return this.name + '/' + this.length;
};
console.log('describe:', greet.describe(), utils.describe(), (() => 1).describe());
delete Function.prototype.describe;

// Functions as keys in objects are converted to strings.
var registry = {};
registry[f1] = 'by source text';
console.log('function key:', Object.keys(registry)[0]);

// Deleting and redefining properties.
delete greet.version;
console.log('after delete:', greet.version);
Object.defineProperty(greet, 'hidden', { value: 'not enumerable' });
console.log('hidden:', greet.hidden, Object.keys(greet));

// Printing functions with properties.
console.log(greet);
console.log(utils);
console.log(f1, f2);
console.log([greet, utils]);
