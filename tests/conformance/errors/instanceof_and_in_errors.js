// TypeErrors from instanceof and in with invalid operands.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var obj = { a: 1 };
var notCallable = {};
var num = 5;
var str = 'abc';
var arrow = () => {};
show('x instanceof {}', function () {
  return obj instanceof notCallable;
});
show('x instanceof 5', function () {
  return obj instanceof num;
});
show("x instanceof 'abc'", function () {
  return obj instanceof str;
});
show('x instanceof null', function () {
  return obj instanceof null;
});
show('x instanceof undefined', function () {
  return obj instanceof undefined;
});
show('x instanceof []', function () {
  return obj instanceof [];
});
show('x instanceof arrow (no prototype)', function () {
  return obj instanceof arrow;
});
show('primitive on the left is fine', function () {
  return 5 instanceof Object;
});
show('function with non-object prototype', function () {
  function F() {}
  F.prototype = 3;
  return obj instanceof F;
});
show('primitive left with bad prototype is fine', function () {
  function G() {}
  G.prototype = 3;
  return 1 instanceof G;
});

show("'x' in 'abc'", function () {
  return 'x' in str;
});
show("'length' in 'abc'", function () {
  return 'length' in str;
});
show("0 in 'abc'", function () {
  return 0 in str;
});
show("'a' in 5", function () {
  return 'a' in num;
});
show("'a' in null", function () {
  var n = null;
  return 'a' in n;
});
show("'a' in undefined", function () {
  var u;
  return 'a' in u;
});
show("'a' in true", function () {
  var t = true;
  return 'a' in t;
});
show("'length' in new String('abc')", function () {
  return 'length' in new String('abc');
});
show('key converted before the check', function () {
  return 1 in 'ab';
});
