// Errors from redefining non-configurable properties and extending sealed objects.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var fixed = {};
Object.defineProperty(fixed, 'x', { value: 1, writable: false, configurable: false });
show('redefine value of non-configurable, non-writable', function () {
  Object.defineProperty(fixed, 'x', { value: 2 });
});
show('redefine with same value is allowed', function () {
  Object.defineProperty(fixed, 'x', { value: 1 });
  return fixed.x;
});
show('make non-configurable enumerable', function () {
  Object.defineProperty(fixed, 'x', { enumerable: true });
});
show('make non-configurable configurable', function () {
  Object.defineProperty(fixed, 'x', { configurable: true });
});
show('turn non-configurable data into accessor', function () {
  Object.defineProperty(fixed, 'x', {
    get: function () {
      return 1;
    },
  });
});
var writableFixed = {};
Object.defineProperty(writableFixed, 'w', { value: 1, writable: true, configurable: false });
show('change value of writable non-configurable', function () {
  Object.defineProperty(writableFixed, 'w', { value: 5 });
  return writableFixed.w;
});
show('writable -> non-writable is allowed', function () {
  Object.defineProperty(writableFixed, 'w', { writable: false });
  return Object.getOwnPropertyDescriptor(writableFixed, 'w').writable;
});
show('... but not back', function () {
  Object.defineProperty(writableFixed, 'w', { writable: true });
});
show('define on non-extensible', function () {
  var ne = Object.preventExtensions({ a: 1 });
  Object.defineProperty(ne, 'b', { value: 2 });
});
show('define on frozen', function () {
  var fr = Object.freeze({ a: 1 });
  Object.defineProperty(fr, 'a', { value: 2 });
});
show('defineProperties stops at first failure', function () {
  var target = {};
  Object.defineProperty(target, 'locked', { value: 0 });
  Object.defineProperties(target, { locked: { value: 9 } });
});
show('redefine array length non-writable then push', function () {
  var arr = [1, 2];
  Object.defineProperty(arr, 'length', { writable: false });
  arr.push(3);
});
show('assigning non-writable length silently fails (sloppy)', function () {
  var arr = [1, 2];
  Object.defineProperty(arr, 'length', { writable: false });
  arr.length = 0;
  return arr.length;
});
show('strict assignment to non-writable', function () {
  'use strict';
  fixed.x = 100;
});
show('strict delete of non-configurable', function () {
  'use strict';
  delete fixed.x;
});
show('sloppy delete of non-configurable', function () {
  return delete fixed.x;
});
