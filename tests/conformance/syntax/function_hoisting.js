// Function declarations are hoisted together with their bodies.
console.log('call before declaration:', square(4));
function square(n) {
  return n * n;
}

console.log('typeof expr before assignment:', typeof expr);
var expr = function () {
  return 'expr';
};
console.log('typeof expr after assignment:', typeof expr, expr());

try {
  notYet();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var notYet = function () {};

function outer() {
  return inner();
  function inner() {
    return 'inner hoisted within outer';
  }
}
console.log(outer());

function dup() {
  return 'first';
}
console.log('later declaration wins:', dup());
function dup() {
  return 'second';
}

var shadowed = 'var value';
function shadowed() {}
console.log('var assignment overrides function:', typeof shadowed, shadowed);

console.log('global function on globalThis:', typeof globalThis.square, this.square === square);

function mutual(n) {
  return n === 0 ? 'done' : other(n - 1);
}
function other(n) {
  return mutual(n);
}
console.log('mutual recursion:', mutual(5));

function hasName() {}
console.log('name:', hasName.name, 'length:', square.length);
