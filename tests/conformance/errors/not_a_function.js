// "... is not a function" messages name the callee as written.
function show(label, f) {
  try {
    f();
    console.log(label, '-> no error');
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var x = 5;
var obj = { method: 'not callable', nested: { deep: {} }, list: [1] };
show('x()', function () {
  x();
});
show('obj.method()', function () {
  obj.method();
});
show('obj.missing()', function () {
  obj.missing();
});
show('obj.nested.deep.fn()', function () {
  obj.nested.deep.fn();
});
show("obj['method']()", function () {
  obj['method']();
});
show('obj.list[0]()', function () {
  obj.list[0]();
});
show('computed variable key', function () {
  var key = 'method';
  obj[key]();
});
show('string method typo', function () {
  var s = 'abc';
  s.toUpperCas();
});
show('array method typo', function () {
  var arr = [1, 2];
  arr.pushh(3);
});
show('number method', function () {
  var n = 42;
  n.foo();
});
show('call result of call', function () {
  function returnsNumber() {
    return 1;
  }
  returnsNumber()();
});
show('callback argument', function () {
  function run(cb) {
    return cb();
  }
  run('not a function');
});
show('this.method inside method', function () {
  var o = {
    go() {
      return this.helper();
    },
  };
  o.go();
});
show('shadowed by var', function () {
  var parseLater = 1;
  parseLater();
});
show('global property', function () {
  globalThis.notFn = {};
  notFn();
});
show('prototype method removed', function () {
  function C() {}
  C.prototype.run = undefined;
  var c = new C();
  c.run();
});
show('optional call on non-function', function () {
  obj.method?.();
});
show('call via call()', function () {
  var fake = { call: 1 };
  fake.call();
});
