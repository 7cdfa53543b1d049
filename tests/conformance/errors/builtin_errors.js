// Errors thrown by built-in functions with invalid arguments.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
show('Object.keys(null)', function () {
  return Object.keys(null);
});
show('Object.keys(undefined)', function () {
  return Object.keys(undefined);
});
show("Object.keys('ab') is fine", function () {
  return Object.keys('ab');
});
show('Object.create(5)', function () {
  return Object.create(5);
});
show('Object.create(undefined)', function () {
  return Object.create(undefined);
});
show('Object.setPrototypeOf cycle', function () {
  var a = {};
  var b = Object.create(a);
  return Object.setPrototypeOf(a, b);
});
show('Object.setPrototypeOf non-extensible', function () {
  return Object.setPrototypeOf(Object.preventExtensions({}), {});
});
show('Object.setPrototypeOf(obj, 5)', function () {
  return Object.setPrototypeOf({}, 5);
});
show('__proto__ cycle', function () {
  var a = {};
  var b = Object.create(a);
  a.__proto__ = b;
});
show('Object.defineProperty on primitive', function () {
  return Object.defineProperty(1, 'x', { value: 1 });
});
show('Object.defineProperty getter not a function', function () {
  return Object.defineProperty({}, 'x', { get: 5 });
});
show('Object.assign(null)', function () {
  return Object.assign(null, {});
});
show('new Array(-1)', function () {
  return new Array(-1);
});
show('new Array(1.5)', function () {
  return new Array(1.5);
});
show('arr.length = -1', function () {
  var arr = [];
  arr.length = -1;
});
show("'ab'.repeat(-1)", function () {
  return 'ab'.repeat(-1);
});
show("'ab'.repeat(Infinity)", function () {
  return 'ab'.repeat(Infinity);
});
show('(10).toString(1)', function () {
  return (10).toString(1);
});
show('(10).toString(37)', function () {
  return (10).toString(37);
});
show('(1).toFixed(200)', function () {
  return (1).toFixed(200);
});
show('Number.prototype.toFixed on string', function () {
  return Number.prototype.toFixed.call('1', 2);
});
show('String.prototype.trim on null', function () {
  return String.prototype.trim.call(null);
});
show('Array.prototype.forEach on null', function () {
  return Array.prototype.forEach.call(null, function () {});
});
