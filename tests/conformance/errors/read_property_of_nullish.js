// Reading a property of undefined or null throws a TypeError naming the key.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var u;
var n = null;
var obj = { inner: undefined, nul: null, arr: [] };
show('u.x', function () {
  return u.x;
});
show('n.x', function () {
  return n.x;
});
show("u['key with space']", function () {
  return u['key with space'];
});
show('u[0]', function () {
  return u[0];
});
show('n[5]', function () {
  return n[5];
});
show('u[1.5]', function () {
  return u[1.5];
});
show('u[-0]', function () {
  return u[-0];
});
show('obj.inner.deep', function () {
  return obj.inner.deep;
});
show('obj.nul.deep', function () {
  return obj.nul.deep;
});
show('obj.missing.deep', function () {
  return obj.missing.deep;
});
show('obj.arr[3].name', function () {
  return obj.arr[3].name;
});
show('u.length', function () {
  return u.length;
});
show('n.toString()', function () {
  return n.toString();
});
show('computed key from variable', function () {
  var key = 'dynamic';
  return u[key];
});
show('result of call', function () {
  function nothing() {}
  return nothing().prop;
});
show('undefined is fine on primitives', function () {
  return (5).missing;
});
show('u?.x (guarded)', function () {
  return u?.x;
});
show('method on undefined element', function () {
  var list = [1];
  return list[1].toFixed(2);
});
show('o.a.b = 1 where o.a is missing', function () {
  var o = {};
  o.a.b = 1;
});
show('increment property of undefined', function () {
  u.count++;
});
