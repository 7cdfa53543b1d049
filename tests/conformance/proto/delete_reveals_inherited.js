// delete removes only own properties; the inherited value shows through.
var defaults = { color: 'blue', size: 'M', tags: ['base'] };
var settings = Object.create(defaults);
settings.color = 'red';
settings.size = 'L';

console.log('before:', settings.color, settings.size);
console.log('delete settings.color returns:', delete settings.color);
console.log('after delete color:', settings.color);
console.log('delete again (no own prop) returns:', delete settings.color);
console.log('defaults.color survives:', defaults.color);

// delete of something that does not exist anywhere is true as well.
console.log('delete settings.nothing:', delete settings.nothing);

// Non-configurable own property cannot be deleted (sloppy: returns false).
Object.defineProperty(settings, 'size', { configurable: false });
console.log('delete non-configurable:', delete settings.size, settings.size);

// Strict mode throws instead.
(function () {
  'use strict';
  try {
    delete settings.size;
  } catch (e) {
    console.log('strict delete:', e instanceof TypeError, e.message);
  }
})();

// Deleting from the prototype changes what every child sees.
var other = Object.create(defaults);
delete defaults.tags;
console.log('tags after deleting from prototype:', settings.tags, other.tags);

// Delete and re-add changes key order.
var o = { a: 1, b: 2, c: 3 };
delete o.a;
o.a = 'again';
console.log('order after re-add:', Object.keys(o));

// Deleting array elements leaves holes; length is unchanged.
var arr = ['x', 'y', 'z'];
delete arr[1];
console.log('array after delete:', arr, arr.length, 1 in arr, arr[1]);

// Array.prototype element shows through a hole.
Array.prototype[1] = 'from Array.prototype';
console.log('hole reads inherited:', arr[1]);
delete Array.prototype[1];
console.log('cleanup:', arr[1]);

// Deleting a method makes the inherited one visible again.
var counter = Object.create({ inc: function () { return 'proto inc'; } });
counter.inc = function () { return 'own inc'; };
console.log(counter.inc());
delete counter.inc;
console.log(counter.inc());
