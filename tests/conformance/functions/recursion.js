// Recursion: direct, mutual, through named function expressions, over
// prototype chains and nested structures.
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log('fact(10):', fact(10));
console.log('fact(20):', fact(20));

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var fibs = [];
for (var i = 0; i < 15; i++) fibs.push(fib(i));
console.log('fib:', fibs.join(' '));

// Mutual recursion.
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log('isEven(10), isOdd(7), isEven(7):', isEven(10), isOdd(7), isEven(7));

// Named function expression refers to itself even if the outer binding changes.
var countdown = function down(n) {
  return n === 0 ? 'liftoff' : n + ' ' + down(n - 1);
};
var saved = countdown;
countdown = null;
console.log(saved(5));

// Recursion over a tree of nested objects and arrays.
var tree = { v: 1, kids: [{ v: 2, kids: [] }, { v: 3, kids: [{ v: 4, kids: [] }, { v: 5, kids: [] }] }] };
function total(node) {
  var s = node.v;
  for (var k = 0; k < node.kids.length; k++) s += total(node.kids[k]);
  return s;
}
function depth(node) {
  var d = 0;
  node.kids.forEach(function (c) {
    d = Math.max(d, depth(c));
  });
  return d + 1;
}
console.log('tree total:', total(tree), '| depth:', depth(tree));

// Walking a prototype chain recursively.
function chainLength(o) {
  return o === null ? 0 : 1 + chainLength(Object.getPrototypeOf(o));
}
console.log('chain lengths:', chainLength({}), chainLength([]), chainLength(Object.create(null)));

// Deep but bounded recursion.
function deep(n) {
  return n === 0 ? 0 : 1 + deep(n - 1);
}
console.log('deep(5000):', deep(5000));

// Recursive flatten.
function flatten(arr) {
  var out = [];
  for (var j = 0; j < arr.length; j++) {
    if (Array.isArray(arr[j])) out = out.concat(flatten(arr[j]));
    else out.push(arr[j]);
  }
  return out;
}
console.log('flatten:', flatten([1, [2, [3, [4, [5]]]], 6]));

// Ackermann (small).
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log('ack(2, 3):', ack(2, 3));
