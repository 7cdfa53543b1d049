// Creating a cycle through the __proto__ setter throws "Cyclic __proto__ value".
var first = { name: 'first' };
var second = { name: 'second', __proto__: first };
var third = { name: 'third', __proto__: second };

try {
  first.__proto__ = third;
  console.log('no error?!');
} catch (e) {
  console.log('3-cycle:', e instanceof TypeError, e.message);
}

try {
  first.__proto__ = first;
} catch (e) {
  console.log('self:', e.name, '|', e.message);
  console.log('String(e):', String(e));
}

// Two objects pointing at each other.
var x = {};
var y = {};
x.__proto__ = y;
try {
  y.__proto__ = x;
} catch (e) {
  console.log('mutual:', e.message);
}
console.log('x -> y still:', Object.getPrototypeOf(x) === y, '| y -> Object.prototype:', Object.getPrototypeOf(y) === Object.prototype);

// Through a constructor chain.
function Base() {}
function Derived() {}
Derived.prototype.__proto__ = Base.prototype;
try {
  Base.prototype.__proto__ = Derived.prototype;
} catch (e) {
  console.log('constructor chain:', e.message);
}

// Non-extensible object: __proto__ assignment fails with a different message.
var sealed = Object.seal({});
try {
  sealed.__proto__ = first;
} catch (e) {
  console.log('sealed:', e.name, '|', e.message);
}

// Object.prototype's prototype cannot be set through __proto__ either.
try {
  Object.prototype.__proto__ = {};
} catch (e) {
  console.log('Object.prototype:', e.name, '|', e.message);
}

// Everything still works afterwards.
console.log('third.name via chain:', third.name, '| inherited from first:', 'name' in first);
