// Which functions get a `prototype` property: ordinary functions and classes
// do, arrows, methods, getters and bound functions do not.
function ordinary() {}
var expr = function () {};
var arrow = () => {};
var obj = {
  method() {},
  classic: function () {},
  get acc() {
    return 1;
  }
};
class Klass {
  m() {}
  static s() {}
}

function show(label, f) {
  var has = Object.prototype.hasOwnProperty.call(f, 'prototype');
  console.log(label + ': has prototype=' + has + (has ? ', constructor ok=' + (f.prototype.constructor === f) : ''));
}
show('function declaration', ordinary);
show('function expression', expr);
show('arrow', arrow);
show('object method', obj.method);
show('object property function', obj.classic);
show('getter', Object.getOwnPropertyDescriptor(obj, 'acc').get);
show('class', Klass);
show('class method', Klass.prototype.m);
show('static method', Klass.s);
show('bound function', ordinary.bind(null));

// Built-ins: constructors have one, most methods don't.
show('Object', Object);
show('Array.prototype.push', Array.prototype.push);
show('Math.max', Math.max);

// Only things with [[Construct]] can be used with new.
var candidates = [['ordinary', ordinary], ['arrow', arrow], ['method', obj.method], ['class', Klass], ['bound', ordinary.bind(null)], ['Math.max', Math.max]];
for (var i = 0; i < candidates.length; i++) {
  try {
    new candidates[i][1]();
    console.log('new ' + candidates[i][0] + ': ok');
  } catch (e) {
    console.log('new ' + candidates[i][0] + ': ' + e.name + ': ' + e.message);
  }
}

// The default prototype's descriptor.
var d = Object.getOwnPropertyDescriptor(ordinary, 'prototype');
console.log('function prototype descriptor:', d.writable, d.enumerable, d.configurable);
var cd = Object.getOwnPropertyDescriptor(Klass, 'prototype');
console.log('class prototype descriptor:', cd.writable, cd.enumerable, cd.configurable);

// Adding a prototype property to an arrow does not make it constructible.
arrow.prototype = { fake: true };
try {
  new arrow();
} catch (e) {
  console.log('arrow with manual prototype:', e.message);
}
