// Error objects: name, message, String(), instanceof and inheritance.
var kinds = [Error, TypeError, RangeError, ReferenceError, SyntaxError];
for (var i = 0; i < kinds.length; i++) {
  var e = new kinds[i]('msg ' + i);
  console.log(e.name, '|', e.message, '|', String(e), '|', e instanceof Error, '|', typeof e.stack);
}
var noMessage = new Error();
console.log('no message:', JSON_like(noMessage.message), String(noMessage));
var undefinedMessage = new TypeError(undefined);
console.log('undefined message:', String(undefinedMessage));
var numberMessage = new Error(42);
console.log('message converted to string:', typeof numberMessage.message, numberMessage.message);
function JSON_like(s) {
  return "'" + s + "'";
}

var withoutNew = Error('called without new');
console.log('Error() without new:', withoutNew instanceof Error, withoutNew.message);
var typeWithoutNew = TypeError('also');
console.log('TypeError() without new:', typeWithoutNew instanceof TypeError, typeWithoutNew.name);

var renamed = new Error('boom');
renamed.name = 'CustomName';
console.log('renamed:', String(renamed), renamed.toString());
var emptyName = new Error('only message');
emptyName.name = '';
console.log('empty name:', String(emptyName));
var emptyMessage = new Error('');
emptyMessage.name = 'OnlyName';
console.log('empty message:', String(emptyMessage));

console.log('own properties:', Object.keys(new Error('x')), new Error('x').hasOwnProperty('message'));
console.log('name is inherited:', new TypeError('x').hasOwnProperty('name'), TypeError.prototype.name);
console.log('prototype chain:', Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log('Error.prototype.message:', JSON_like(Error.prototype.message));

class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
try {
  throw new ValidationError('email', 'email is invalid');
} catch (err) {
  console.log(String(err), '| field:', err.field, '| instanceof:', err instanceof ValidationError, err instanceof Error);
}

function LegacyError(message) {
  this.message = message;
}
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.name = 'LegacyError';
LegacyError.prototype.constructor = LegacyError;
var legacy = new LegacyError('old style');
console.log(String(legacy), legacy instanceof Error, legacy.name);

var caught;
try {
  null.x;
} catch (e) {
  caught = e;
}
console.log('runtime error constructor:', caught.constructor === TypeError, caught.name);
console.log('Object.prototype.toString:', Object.prototype.toString.call(caught));
