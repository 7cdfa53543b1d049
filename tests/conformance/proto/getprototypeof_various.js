// Object.getPrototypeOf for many kinds of values.
function Ctor() {}
class Klass {}
class Sub extends Klass {}

var cases = [
  ['{}', {}, Object.prototype],
  ['[]', [], Array.prototype],
  ['function', Ctor, Function.prototype],
  ['arrow', () => 0, Function.prototype],
  ['class', Klass, Function.prototype],
  ['subclass', Sub, Klass],
  ['new Ctor', new Ctor(), Ctor.prototype],
  ['new Sub', new Sub(), Sub.prototype],
  ['Sub.prototype', Sub.prototype, Klass.prototype],
  ['number', 1, Number.prototype],
  ['string', 's', String.prototype],
  ['boolean', false, Boolean.prototype],
  ['new Error', new Error('x'), Error.prototype],
  ['new TypeError', new TypeError('x'), TypeError.prototype],
  ['TypeError.prototype', TypeError.prototype, Error.prototype],
  ['Error.prototype', Error.prototype, Object.prototype],
  ['Math', Math, Object.prototype],
  ['Object.prototype', Object.prototype, null],
  ['Object.create(null)', Object.create(null), null],
  ['method', { m() {} }.m, Function.prototype]
];

for (var i = 0; i < cases.length; i++) {
  console.log(cases[i][0] + ':', Object.getPrototypeOf(cases[i][1]) === cases[i][2]);
}

// getPrototypeOf agrees with __proto__ where __proto__ is available.
var agree = 0;
for (var j = 0; j < cases.length; j++) {
  var v = cases[j][1];
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null) continue;
  if (v.__proto__ === Object.getPrototypeOf(v)) agree++;
}
console.log('agreements:', agree);

// Primitives are coerced; null/undefined throw.
try {
  Object.getPrototypeOf(null);
} catch (e) {
  console.log('null:', e.name + ': ' + e.message);
}
try {
  Object.getPrototypeOf(undefined);
} catch (e) {
  console.log('undefined:', e.name + ': ' + e.message);
}

// getPrototypeOf does not trigger getters or user code on the object.
var watched = Object.create({ get noisy() { console.log('getter ran!'); return 1; } });
console.log('quiet:', typeof Object.getPrototypeOf(watched));
