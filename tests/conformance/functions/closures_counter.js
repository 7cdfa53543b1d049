// Closures: functions remember the variables of the scope they were made in.
function makeCounter(start) {
  var count = start || 0;
  return {
    inc: function () {
      return ++count;
    },
    dec: function () {
      return --count;
    },
    get: function () {
      return count;
    }
  };
}

var c1 = makeCounter();
var c2 = makeCounter(100);
c1.inc();
c1.inc();
c2.dec();
console.log('c1:', c1.get(), '| c2:', c2.get());
console.log('count is private:', c1.count);

// Shared closure: two functions see the same variable.
function pair() {
  var shared = 'initial';
  return [
    function (v) {
      shared = v;
    },
    function () {
      return shared;
    }
  ];
}
var p = pair();
p[0]('updated');
console.log('shared between closures:', p[1]());

// Closures capture variables, not values.
function late() {
  var fns = [];
  var x = 1;
  fns.push(function () {
    return x;
  });
  x = 2;
  return fns[0]();
}
console.log('captured variable sees later value:', late());

// Generator-like sequence with a closure.
function idGenerator(prefix) {
  var n = 0;
  return function () {
    n += 1;
    return prefix + '-' + n;
  };
}
var nextId = idGenerator('item');
console.log(nextId(), nextId(), nextId());

// Memoisation.
function memo(fn) {
  var cache = {};
  var calls = 0;
  var wrapped = function (n) {
    if (!(n in cache)) {
      calls++;
      cache[n] = fn(n);
    }
    return cache[n];
  };
  wrapped.calls = function () {
    return calls;
  };
  return wrapped;
}
var square = memo(function (n) {
  return n * n;
});
console.log(square(4), square(4), square(5), 'computed', square.calls(), 'times');

// Per-instance closures vs shared prototype methods.
function Secretive(secret) {
  this.reveal = function () {
    return secret;
  };
}
var s1 = new Secretive('a');
var s2 = new Secretive('b');
console.log(s1.reveal(), s2.reveal(), 'same function?', s1.reveal === s2.reveal);
