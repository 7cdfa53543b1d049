// Call expressions: argument evaluation order, chained calls, callee kinds.
var order = [];
function trace(label, value) {
  order.push(label);
  return value;
}
function three(a, b, c) {
  return a + b + c;
}
console.log('result:', three(trace('a', 1), trace('b', 2), trace('c', 3)));
console.log('arguments evaluated left to right:', order);

order = [];
function getFn() {
  order.push('callee');
  return three;
}
getFn()(trace('x', 1), trace('y', 1), trace('z', 1));
console.log('callee before arguments:', order);

function makeAdder(x) {
  return function (y) {
    return function (z) {
      return x + y + z;
    };
  };
}
console.log('chained calls:', makeAdder(1)(2)(3));

var table = {
  ops: {
    double: function (n) {
      return n * 2;
    },
  },
};
console.log('call through member chain:', table.ops.double(21));
console.log('call through computed member:', table['ops']['double'](5));

var list = [
  function () {
    return 'first';
  },
  function () {
    return 'second';
  },
];
console.log('call array elements:', list[0](), list[1]());

function extra(a) {
  return a;
}
console.log('extra args ignored:', extra(1, 2, 3));
console.log('missing args undefined:', three(1), three(1, 2));

console.log('call returning object then member:', (function () {
  return { v: 'member of result' };
})().v);

function returnsNothing() {}
console.log('no return gives:', returnsNothing());

function early(n) {
  if (n > 0) return 'positive';
  return;
}
console.log('bare return gives:', early(-1), early(1));

var counter = { n: 0 };
function bump(o) {
  o.n++;
  return o;
}
bump(bump(bump(counter)));
console.log('nested calls:', counter.n);

function byValue(n, o) {
  n = 100;
  o.changed = true;
  o = { replaced: true };
}
var num = 1;
var objArg = {};
byValue(num, objArg);
console.log('primitives by value, objects by reference:', num, objArg);
