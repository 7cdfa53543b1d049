// Object.getOwnPropertyDescriptor on various properties.
function show(label, obj, key) {
  var d = Object.getOwnPropertyDescriptor(obj, key);
  if (d === undefined) {
    console.log(label + ': undefined');
    return;
  }
  var parts = [];
  var keys = Object.keys(d);
  for (var i = 0; i < keys.length; i++) {
    var v = d[keys[i]];
    parts.push(keys[i] + '=' + (typeof v === 'function' ? 'fn' : String(v)));
  }
  console.log(label + ': ' + parts.join(' '));
}

var o = { a: 1, get g() { return 2; }, set s(v) {} };
show('literal data', o, 'a');
show('literal getter', o, 'g');
show('literal setter', o, 's');
show('missing', o, 'nope');
show('inherited toString', o, 'toString');

function F(x, y) {}
show('function length', F, 'length');
show('function name', F, 'name');
show('function prototype', F, 'prototype');
show('prototype constructor', F.prototype, 'constructor');

class C {
  m() {}
  static s() {}
}
show('class prototype', C, 'prototype');
show('class method', C.prototype, 'm');
show('static method', C, 's');

var arr = ['x'];
show('array index', arr, '0');
show('array length', arr, 'length');
show('string index', 'str', 1);
show('string length', 'str', 'length');

show('Object.prototype.__proto__', Object.prototype, '__proto__');
show('Math.PI', Math, 'PI');
show('Array.prototype.push', Array.prototype, 'push');
show('globalThis.undefined', globalThis, 'undefined');
show('globalThis.NaN', globalThis, 'NaN');

var frozen = Object.freeze({ k: 'v' });
show('frozen', frozen, 'k');
var sealed = Object.seal({ k: 'v' });
show('sealed', sealed, 'k');

// A descriptor is a fresh plain object each time.
var d1 = Object.getOwnPropertyDescriptor(o, 'a');
var d2 = Object.getOwnPropertyDescriptor(o, 'a');
console.log('fresh objects:', d1 !== d2, Object.getPrototypeOf(d1) === Object.prototype);
console.log(d1);
console.log(Object.getOwnPropertyDescriptor(o, 'g'));

try {
  Object.getOwnPropertyDescriptor(null, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
