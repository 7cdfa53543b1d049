// new on values that are not constructors.
function attempt(label, f) {
  try {
    var r = f();
    console.log(label, '-> constructed', typeof r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var arrow = () => {};
var obj = {
  method() {},
  regular: function () {},
  get acc() {
    return 1;
  },
};
var boundArrow = arrow.bind(null);
var boundRegular = function () {}.bind(null);
var num = 5;
var str = 'Str';
var plain = {};
var nothing;
class Klass {
  static staticMethod() {}
  instanceMethod() {}
}

attempt('new arrow()', function () {
  return new arrow();
});
attempt('new obj.method()', function () {
  return new obj.method();
});
attempt('new obj.regular()', function () {
  return new obj.regular();
});
attempt('new boundArrow()', function () {
  return new boundArrow();
});
attempt('new boundRegular()', function () {
  return new boundRegular();
});
attempt('new num()', function () {
  return new num();
});
attempt('new str()', function () {
  return new str();
});
attempt('new plain()', function () {
  return new plain();
});
attempt('new nothing()', function () {
  return new nothing();
});
attempt('new Klass.staticMethod()', function () {
  return new Klass.staticMethod();
});
attempt('new instance method', function () {
  var k = new Klass();
  return new k.instanceMethod();
});
attempt('new Math.max()', function () {
  return new Math.max();
});
attempt('new getter function', function () {
  var getter = Object.getOwnPropertyDescriptor(obj, 'acc').get;
  return new getter();
});
attempt('new on arrow in array', function () {
  var list = [() => 1];
  return new list[0]();
});
attempt('new Klass() works', function () {
  return new Klass();
});
attempt('Klass() without new', function () {
  return Klass();
});
attempt("new String('ok') works", function () {
  return new String('ok');
});
