// Named and anonymous function expressions; a name is visible only inside.
var fact = function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
};
console.log('fact(5):', fact(5));
console.log('fact.name:', fact.name);
console.log('typeof factorial outside:', typeof factorial);

var anon = function () {};
console.log('anon name inferred:', anon.name);

var obj = {
  m: function () {},
  n: function named() {},
};
console.log('property names:', obj.m.name, obj.n.name);

var fib = function fib2(n) {
  if (n < 2) return n;
  return fib2(n - 1) + fib2(n - 2);
};
console.log('fib(10):', fib(10));

var self = function me() {
  me = 'reassigned?';
  return typeof me;
};
console.log('assigning own name is ignored in sloppy mode:', self());

var iife = (function (x) {
  return x * 2;
})(21);
console.log('IIFE:', iife);

var result = (function countdown(n) {
  return n === 0 ? 'liftoff' : countdown(n - 1);
})(3);
console.log('named IIFE recursion:', result);

var holder = function inner() {
  return inner;
};
console.log('returns itself:', holder() === holder);

var ops = [
  function (a, b) {
    return a + b;
  },
  function (a, b) {
    return a * b;
  },
];
console.log('functions in array:', ops[0](3, 4), ops[1](3, 4));
console.log('length:', ops[0].length);
