'use strict';
// A "use strict" directive at the top makes the whole script strict.
function plain() {
  return this;
}
console.log('this in plain call:', plain());
console.log('typeof this in plain call:', typeof plain());
console.log('top-level this is still globalThis:', this === globalThis);

try {
  undeclaredVariable = 5;
} catch (e) {
  console.log('assign undeclared:', e.name, e.message);
}
console.log('typeof undeclaredVariable:', typeof undeclaredVariable);

var frozen = Object.freeze({ x: 1 });
try {
  frozen.x = 2;
} catch (e) {
  console.log('write frozen:', e.name, e.message);
}
try {
  frozen.y = 2;
} catch (e) {
  console.log('add to frozen:', e.name, e.message);
}

var ro = {};
Object.defineProperty(ro, 'fixed', { value: 'const', writable: false });
try {
  ro.fixed = 'changed';
} catch (e) {
  console.log('write read-only:', e.name, e.message);
}

var getterOnly = {
  get v() {
    return 1;
  },
};
try {
  getterOnly.v = 2;
} catch (e) {
  console.log('write getter-only:', e.name, e.message);
}

var locked = {};
Object.defineProperty(locked, 'k', { value: 1, configurable: false });
try {
  delete locked.k;
} catch (e) {
  console.log('delete non-configurable:', e.name, e.message);
}

function callWith() {
  return this;
}
console.log('call with primitive keeps it:', callWith.call(7), typeof callWith.call('s'));
console.log('call with null:', callWith.call(null));

var obj = {
  method() {
    return function () {
      return this;
    };
  },
};
console.log('inner function this:', obj.method()());

function args(a) {
  a = 'changed';
  return arguments[0];
}
console.log('arguments not mapped:', args('original'));

try {
  var sealed = Object.preventExtensions({});
  sealed.newProp = 1;
} catch (e) {
  console.log('add to non-extensible:', e.name, e.message);
}
