// Sloppy functions that assign a parameter and use arguments alias them.
function mapped(a) {
  arguments[0] = 'via arguments';
  var first = a;
  a = 'via param';
  return [first, arguments[0]];
}
// Only arguments.length and arguments[i] reads: no aliasing needed.
function plain(a) {
  return arguments.length + arguments[0];
}
function unmapped(a) {
  'use strict';
  arguments[0] = 1;
  return a;
}
// delete arguments[0] ends the aliasing of the first parameter.
function unalias(a) {
  a = 2;
  delete arguments[0];
  return a;
}
