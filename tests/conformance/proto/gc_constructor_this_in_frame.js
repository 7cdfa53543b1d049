// A constructor that never touches `this` but calls code that allocates:
// the object `new` made must survive collections while the constructor's
// frame is suspended (run it with --gc-stress).
function churn(n) {
  var keep = [];
  for (var i = 0; i < n; i++) keep.push({ i: i, s: 'x' + i });
  return keep.length;
}
function Quiet() {
  churn(50);
}
Quiet.prototype.hello = function () { return 'hello from Quiet'; };

class Base {
  constructor() { churn(30); }
}
class Derived extends Base {
  constructor() { super(); churn(20); }
  who() { return 'Derived'; }
}

var objs = [];
for (var k = 0; k < 5; k++) {
  objs.push(new Quiet());
  objs.push(new Derived());
}
console.log(objs.length, objs[0].hello(), objs[1].who(), objs[9].who());
console.log(objs[4] instanceof Quiet, objs[5] instanceof Base);
