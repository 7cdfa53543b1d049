// The `arguments` object of non-arrow functions.
function inspect() {
  return 'length=' + arguments.length + ' first=' + arguments[0] + ' last=' + arguments[arguments.length - 1];
}
console.log(inspect());
console.log(inspect('a'));
console.log(inspect(1, 2, 3));

function kinds() {
  return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)].join(' ');
}
console.log('kinds:', kinds(1));

// It is array-like but not an array.
function sum() {
  var total = 0;
  for (var i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log('sum:', sum(1, 2, 3, 4));
function toArray() {
  return Array.prototype.slice.call(arguments);
}
console.log('toArray:', toArray('x', 'y'));
function hasPush() {
  return typeof arguments.push;
}
console.log('arguments.push:', hasPush());

// More arguments than parameters.
function two(a, b) {
  return a + '/' + b + ' of ' + arguments.length + ', third=' + arguments[2];
}
console.log(two(1, 2, 3));
console.log(two(1));

// Sloppy functions with simple params: arguments and params are linked.
function linked(a) {
  arguments[0] = 'changed via arguments';
  var viaParam = a;
  a = 'changed via param';
  return viaParam + ' | ' + arguments[0];
}
console.log('sloppy linked:', linked('orig'));

// Strict functions: not linked.
function unlinked(a) {
  'use strict';
  arguments[0] = 'changed via arguments';
  return a;
}
console.log('strict unlinked:', unlinked('orig'));

// Functions with default params: not linked either.
function withDefault(a = 0) {
  arguments[0] = 'changed';
  return a;
}
console.log('default-param unlinked:', withDefault('orig'));

// Own keys and printing.
function keys() {
  return Object.keys(arguments);
}
console.log('keys:', keys('p', 'q'));
function show() {
  console.log(arguments);
}
show(1, 'two', [3]);

// A local named arguments shadows the object.
function shadowed() {
  var arguments = 'shadow';
  return arguments;
}
console.log('shadowed:', shadowed(1, 2));

// Spreading arguments.
function spreadIt() {
  return Math.max(...arguments);
}
console.log('spread arguments:', spreadIt(3, 8, 1));
