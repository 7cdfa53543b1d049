// Only function objects can be used with `new`. Objects they create cannot.
// The program ends with an uncaught TypeError from `new` on a plain object.
function Maker() {
  this.made = true;
}
var product = new Maker();
console.log('product.made:', product.made);
console.log('typeof Maker:', typeof Maker, '| typeof product:', typeof product);

try {
  new Math();
} catch (e) {
  console.log('new Math():', e.name + ': ' + e.message);
}

try {
  var n = 5;
  new n();
} catch (e) {
  console.log('new n():', e.name + ': ' + e.message);
}

try {
  var holder = { inner: {} };
  new holder.inner();
} catch (e) {
  console.log('new holder.inner():', e.name + ': ' + e.message);
}

try {
  new Maker.prototype.constructor.prototype();
} catch (e) {
  console.log('new Maker.prototype.constructor.prototype():', e.message);
}

// Some built-ins work with or without new.
console.log('Array(2).length:', Array(2).length, '| new Array(2).length:', new Array(2).length);
console.log('typeof Object():', typeof Object());
console.log('String() is a primitive:', typeof String('x'));

console.log('now: new product()');
var again = new product();
console.log('not reached', again);
