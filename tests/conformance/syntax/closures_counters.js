// Closures keep their own copy of the enclosing variables alive.
function makeCounter(start) {
  var count = start;
  return {
    inc: function () {
      return ++count;
    },
    dec: function () {
      return --count;
    },
    get: function () {
      return count;
    },
  };
}
var c1 = makeCounter(0);
var c2 = makeCounter(100);
console.log('c1 inc:', c1.inc(), c1.inc(), c1.inc());
console.log('c2 dec:', c2.dec(), c2.dec());
console.log('independent:', c1.get(), c2.get());

function adder(x) {
  return function (y) {
    return x + y;
  };
}
var add5 = adder(5);
var add10 = adder(10);
console.log('add5(1):', add5(1), 'add10(1):', add10(1));

function once(fn) {
  var done = false;
  var result;
  return function () {
    if (!done) {
      done = true;
      result = fn();
    }
    return result;
  };
}
var calls = 0;
var init = once(function () {
  calls++;
  return 'initialised';
});
console.log(init(), init(), init(), 'calls:', calls);

function shared() {
  var value = 1;
  function read() {
    return value;
  }
  function write(v) {
    value = v;
  }
  return [read, write];
}
var pair = shared();
console.log('read before write:', pair[0]());
pair[1](42);
console.log('read after write:', pair[0]());

var late = function () {
  return laterVar;
};
var laterVar = 'assigned after closure creation';
console.log('closure sees later assignment:', late());

function memo() {
  var cache = {};
  return function (n) {
    if (n in cache) return 'cached ' + cache[n];
    cache[n] = n * n;
    return 'computed ' + cache[n];
  };
}
var sq = memo();
console.log(sq(3), '|', sq(3), '|', sq(4));
