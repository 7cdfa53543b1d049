// Object.prototype.hasOwnProperty with many kinds of keys and receivers.
var o = { a: 1, 1: 'one', 'two words': 2 };
Object.defineProperty(o, 'hidden', { value: 0, enumerable: false });

console.log('a:', o.hasOwnProperty('a'));
console.log('number key 1:', o.hasOwnProperty(1), '| string "1":', o.hasOwnProperty('1'));
console.log('"two words":', o.hasOwnProperty('two words'));
console.log('non-enumerable hidden:', o.hasOwnProperty('hidden'));
console.log('inherited toString:', o.hasOwnProperty('toString'));
console.log('no argument (key "undefined"):', o.hasOwnProperty());
o.undefined = 'now exists';
console.log('after adding key "undefined":', o.hasOwnProperty());

// Keys are converted to strings.
var key = { toString: function () { return 'a'; } };
console.log('object key converted via toString:', o.hasOwnProperty(key));
console.log('null key:', o.hasOwnProperty(null));

// Receivers: primitives are boxed.
console.log('"abc" has 0:', 'abc'.hasOwnProperty(0), '| has length:', 'abc'.hasOwnProperty('length'), '| has 5:', 'abc'.hasOwnProperty(5));
console.log('(5) has toFixed:', (5).hasOwnProperty('toFixed'));
console.log('Number.prototype has toFixed:', Number.prototype.hasOwnProperty('toFixed'));

// Functions and classes.
function f() {}
console.log('function has prototype/name/call:', f.hasOwnProperty('prototype'), f.hasOwnProperty('name'), f.hasOwnProperty('call'));
console.log('Function.prototype has call:', Function.prototype.hasOwnProperty('call'));

// Arrays.
var arr = [0, , 2];
console.log('array hole:', arr.hasOwnProperty(1), '| index 2:', arr.hasOwnProperty(2), '| length:', arr.hasOwnProperty('length'));

// Calling with a null/undefined receiver.
try {
  Object.prototype.hasOwnProperty.call(null, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.prototype.hasOwnProperty.call(undefined, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// propertyIsEnumerable is the enumerable cousin.
console.log('propertyIsEnumerable a/hidden/toString:', o.propertyIsEnumerable('a'), o.propertyIsEnumerable('hidden'), o.propertyIsEnumerable('toString'));
console.log('array length enumerable:', arr.propertyIsEnumerable('length'), '| index 0:', arr.propertyIsEnumerable(0));
