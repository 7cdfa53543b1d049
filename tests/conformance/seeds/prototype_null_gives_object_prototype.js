// If F.prototype is not an object when `new F` runs, the new instance gets
// Object.prototype instead (not null).
function Gizmo() {
  this.made = true;
}
Gizmo.prototype = null;
var g = new Gizmo();

console.log('Gizmo.prototype:', Gizmo.prototype);
console.log('proto is Object.prototype:', Object.getPrototypeOf(g) === Object.prototype);
console.log('proto is null:', Object.getPrototypeOf(g) === null);
console.log('g.constructor === Object:', g.constructor === Object);
console.log('g.made:', g.made);
console.log('typeof g.toString:', typeof g.toString);

// The same happens with other non-object values.
var values = [undefined, 0, 'text', true];
for (var i = 0; i < values.length; i++) {
  var Thing = function () {};
  Thing.prototype = values[i];
  var t = new Thing();
  console.log('prototype =', typeof values[i], '-> Object.prototype?', Object.getPrototypeOf(t) === Object.prototype);
}

// instanceof with a non-object prototype throws.
try {
  console.log(g instanceof Gizmo);
} catch (e) {
  console.log('instanceof error:', e instanceof TypeError, e.message);
}

// A function used as F.prototype is fine: it is an object.
function Holder() {}
function proto() {}
proto.tag = 'function-proto';
Holder.prototype = proto;
var h = new Holder();
console.log('function as prototype:', Object.getPrototypeOf(h) === proto, h.tag);
console.log('h is not callable:', typeof h);

// To really get a null prototype you need Object.create(null).
var n = Object.create(null);
console.log('Object.create(null) proto:', Object.getPrototypeOf(n));
