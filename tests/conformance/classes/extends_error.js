// Classes extending Error: name, message, instanceof, String().
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, field + ' is required');
    this.name = 'RequiredError';
  }
}

var e = new RequiredError('email');
console.log('name:', e.name);
console.log('message:', e.message);
console.log('field:', e.field);
console.log('String(e):', String(e));
console.log('instanceof RequiredError/ValidationError/Error:', e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
console.log('instanceof TypeError:', e instanceof TypeError);
console.log('constructor:', e.constructor.name);
console.log('stack is a string:', typeof e.stack);
console.log('message is own, name is own:', e.hasOwnProperty('message'), e.hasOwnProperty('name'));

// Without setting name, the inherited Error.prototype.name is used.
class Quiet extends Error {}
var q = new Quiet('shh');
console.log('Quiet name:', q.name, '| String:', String(q), '| own name?', q.hasOwnProperty('name'));

// name via prototype instead of per instance.
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
console.log('ProtoNamed String:', String(new ProtoNamed('boom')));

// Catching by type.
function risky(n) {
  if (n === 0) throw new RequiredError('n');
  if (n < 0) throw new ValidationError('n', 'must be positive');
  if (n > 100) throw new RangeError('too big');
  return n;
}
var inputs = [5, 0, -1, 1000];
for (var i = 0; i < inputs.length; i++) {
  try {
    console.log('ok', risky(inputs[i]));
  } catch (err) {
    if (err instanceof RequiredError) console.log('required:', err.message);
    else if (err instanceof ValidationError) console.log('invalid:', err.message);
    else console.log('other:', err.name, err.message);
  }
}

// No message.
var blank = new ValidationError('f');
console.log('empty message:', quote(blank.message), '| own message?', blank.hasOwnProperty('message'), '| String:', String(blank));
function quote(s) {
  return '"' + s + '"';
}

// Extending TypeError.
class BadType extends TypeError {}
var bt = new BadType('wrong type');
console.log('BadType:', bt instanceof TypeError, bt.name, String(bt));

// Error.prototype.toString with custom name/message.
var plain = { name: 'Custom', message: 'from a plain object' };
console.log('Error.prototype.toString.call:', Error.prototype.toString.call(plain));
