// Error constructors: name, message, inheritance, String().
var kinds = [Error, TypeError, RangeError, ReferenceError, SyntaxError];
for (var i = 0; i < kinds.length; i++) {
  var e = new kinds[i]('msg ' + i);
  console.log(kinds[i].name + ': name=' + e.name + ' message=' + e.message +
    ' instanceof Error=' + (e instanceof Error) + ' String=' + String(e));
}

// Called without new still creates an error.
var noNew = TypeError('without new');
console.log('without new:', noNew instanceof TypeError, noNew.message);

// Prototype chain.
console.log('TypeError.prototype -> Error.prototype:', Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log('TypeError -> Error:', Object.getPrototypeOf(TypeError) === Error);
console.log('Error.prototype.name:', Error.prototype.name, '| TypeError.prototype.name:', TypeError.prototype.name);
console.log('Error.prototype.message:', quote(Error.prototype.message));
function quote(x) {
  return '"' + x + '"';
}

// name is inherited, message is own.
var t = new TypeError('m');
console.log('own names:', Object.getOwnPropertyNames(t).filter(function (n) { return n !== 'stack'; }));
console.log('name own?', t.hasOwnProperty('name'), '| message enumerable?', t.propertyIsEnumerable('message'));

// Message conversion and absence.
console.log('no message:', quote(new Error().message), '| hasOwn message:', new Error().hasOwnProperty('message'));
console.log('undefined message:', new Error(undefined).hasOwnProperty('message'));
console.log('number message:', new Error(42).message, typeof new Error(42).message);
console.log('String(new Error()):', String(new Error()));
console.log('String(new RangeError("")):', String(new RangeError('')));

// Overriding name/message.
var custom = new Error('original');
custom.name = 'CustomName';
custom.message = 'changed';
console.log('custom:', String(custom));
var noName = new Error('only message');
noName.name = '';
console.log('empty name:', String(noName));

// The errors thrown by the engine are instances of these constructors.
var samples = [
  function () { null.x; },
  function () { undefinedVariable; },
  function () { new Array(-1); },
  function () { var notFn = 5; notFn(); }
];
for (var j = 0; j < samples.length; j++) {
  try {
    samples[j]();
  } catch (err) {
    console.log('engine error:', err.constructor.name, '|', err.message, '|', err instanceof Error);
  }
}

// stack is a string (not printed: it contains paths).
console.log('stack type:', typeof new Error('x').stack);
// throw of non-error values.
try {
  throw { code: 7 };
} catch (v) {
  console.log('thrown object:', v.code, v instanceof Error);
}
try {
  throw 'a string';
} catch (v) {
  console.log('thrown string:', v, typeof v);
}
