// Writing a property of undefined or null throws a TypeError naming the key.
function show(label, f) {
  try {
    f();
    console.log(label, '-> no error');
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var u;
var n = null;
show('n.x = 1', function () {
  n.x = 1;
});
show('u.x = 1', function () {
  u.x = 1;
});
show("n['a-b'] = 1", function () {
  n['a-b'] = 1;
});
show('u[0] = 1', function () {
  u[0] = 1;
});
show('n[10] = 1', function () {
  n[10] = 1;
});
show('obj.missing.x = 1', function () {
  var obj = {};
  obj.missing.x = 1;
});
show('obj.nul.x = 1', function () {
  var obj = { nul: null };
  obj.nul.x = 1;
});
show('computed key', function () {
  var k = 'computed';
  n[k] = 'v';
});
show('compound n.x += 1', function () {
  n.x += 1;
});
show('logical assignment u.x ??= 1', function () {
  u.x ??= 1;
});
show('primitive write is silent in sloppy mode', function () {
  var s = 'str';
  s.x = 1;
});
show('primitive write in strict mode', function () {
  'use strict';
  var s = 'str';
  s.x = 1;
});
show('number write in strict mode', function () {
  'use strict';
  var num = 3;
  num.prop = 1;
});
show('boolean write in strict mode', function () {
  'use strict';
  var b = true;
  b.flag = 1;
});
var order = [];
show('right side evaluated before the error', function () {
  n.x = (order.push('rhs evaluated'), 1);
});
console.log('order:', order);
show('delete on null', function () {
  delete n.x;
});
show('delete on undefined', function () {
  delete u[0];
});
