'use strict';
// The same situation in strict mode: assignment throws a TypeError.
var proto = {};
Object.defineProperty(proto, 'id', { value: 'proto-id', writable: false });
var obj = Object.create(proto);

try {
  obj.id = 'mine';
  console.log('no error?!');
} catch (e) {
  console.log('inherited read-only:', e instanceof TypeError, e.message);
}
console.log('obj has own id:', obj.hasOwnProperty('id'));

// Own read-only property.
var own = {};
Object.defineProperty(own, 'x', { value: 1, enumerable: true });
try {
  own.x = 2;
} catch (e) {
  console.log('own read-only:', e.name, '|', e.message);
}

// Frozen object: add and change both fail.
var frozen = Object.freeze({ a: 1 });
try {
  frozen.a = 2;
} catch (e) {
  console.log('frozen change:', e.message);
}
try {
  frozen.b = 2;
} catch (e) {
  console.log('frozen add:', e.message);
}

// Inheriting from a frozen object.
var kid = Object.create(frozen);
try {
  kid.a = 5;
} catch (e) {
  console.log('kid of frozen:', e.message);
}
kid.z = 26;
console.log('new names are fine:', kid.z);

// Non-extensible.
var closed = Object.preventExtensions({ keep: 1 });
closed.keep = 2;
console.log('existing prop still writable:', closed.keep);
try {
  closed.added = 3;
} catch (e) {
  console.log('non-extensible add:', e.message);
}

// Getter without setter.
var g = Object.create({
  get only() {
    return 'only';
  }
});
try {
  g.only = 'x';
} catch (e) {
  console.log('getter-only:', e.message);
}

// Read-only function properties.
function fn() {}
try {
  fn.name = 'other';
} catch (e) {
  console.log('fn.name:', e.message);
}
try {
  fn.length = 3;
} catch (e) {
  console.log('fn.length:', e.message);
}

// Array indices on a frozen array.
var arr = Object.freeze([1, 2]);
try {
  arr[0] = 9;
} catch (e) {
  console.log('frozen array:', e.message);
}
try {
  arr.push(3);
} catch (e) {
  console.log('push on frozen array:', e.message);
}
