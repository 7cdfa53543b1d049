// "Assignment to constant variable." in every kind of assignment position.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message, '| TypeError?', e instanceof TypeError);
  }
}
const LIMIT = 10;
show('plain =', function () {
  LIMIT = 11;
});
show('+=', function () {
  LIMIT += 1;
});
show('postfix ++', function () {
  LIMIT++;
});
show('prefix --', function () {
  --LIMIT;
});
show('??= on non-null const does not assign', function () {
  LIMIT ??= 5;
  return LIMIT;
});
show('||= on truthy const does not assign', function () {
  LIMIT ||= 5;
  return LIMIT;
});
show('&&= on truthy const assigns', function () {
  LIMIT &&= 5;
});
show('from a closure', function () {
  const captured = 'c';
  var change = function () {
    captured = 'd';
  };
  change();
});
show('from an arrow', function () {
  const v = 1;
  (() => {
    v = 2;
  })();
});
show('for-in with const changed in body', function () {
  for (const k in { a: 1 }) {
    k = 'b';
  }
});
show('for-of const changed in body', function () {
  for (const item of [1]) {
    item += 1;
  }
});
show('right side still evaluated', function () {
  const c = 1;
  var evaluated = false;
  try {
    c = (evaluated = true);
  } catch (e) {}
  return 'rhs evaluated: ' + evaluated;
});
show('shadowing const with let is fine', function () {
  const s = 'outer';
  {
    let s = 'inner';
    s = 'changed inner';
    return s;
  }
});
show('const object properties can change', function () {
  const o = { n: 1 };
  o.n = 2;
  return o.n;
});
show('named function expression name is read-only in strict code', function () {
  'use strict';
  var f = function self() {
    self = 1;
  };
  f();
});
console.log('LIMIT at the end:', LIMIT);
