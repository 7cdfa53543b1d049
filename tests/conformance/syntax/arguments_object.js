// The arguments object in non-arrow functions.
function info() {
  return 'length=' + arguments.length + ' first=' + arguments[0] + ' last=' + arguments[arguments.length - 1];
}
console.log(info(1, 2, 3));
console.log(info());

function extra(a) {
  return [a, arguments[1], arguments[2]];
}
console.log('extra args reachable:', extra('a', 'b', 'c'));

function sumAll() {
  var total = 0;
  for (var i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log('sumAll:', sumAll(1, 2, 3, 4));

function kinds() {
  return [typeof arguments, Array.isArray(arguments), arguments instanceof Object];
}
console.log('typeof / isArray / instanceof Object:', kinds());

function mapped(a) {
  arguments[0] = 'changed via arguments';
  var first = a;
  a = 'changed via param';
  return [first, arguments[0]];
}
console.log('sloppy mapping:', mapped('orig'));

function unmapped(a) {
  'use strict';
  arguments[0] = 'changed via arguments';
  return [a, arguments[0]];
}
console.log('strict no mapping:', unmapped('orig'));

function toArray() {
  return Array.prototype.slice.call(arguments);
}
console.log('converted:', toArray('x', 'y'));

function lengthOnly() {
  return arguments.length;
}
console.log('undefined counts:', lengthOnly(undefined, undefined, undefined));

function outer() {
  function inner() {
    return arguments[0];
  }
  return inner('inner arg') + ' / ' + arguments[0];
}
console.log('each function has its own:', outer('outer arg'));

function keysOf() {
  return Object.keys(arguments);
}
console.log('keys:', keysOf('a', 'b'));

function joinArgs() {
  return Array.prototype.join.call(arguments, '-');
}
console.log('join via call:', joinArgs(1, 2, 3));
