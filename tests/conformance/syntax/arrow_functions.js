// Arrow functions: expression and block bodies, parameters, object literals.
var double = x => x * 2;
var add = (a, b) => a + b;
var none = () => 'no params';
var block = (a, b) => {
  var s = a + b;
  return s * 10;
};
var noReturn = () => {
  1 + 1;
};
var makeObj = (k, v) => ({ key: k, value: v });
var labelNotObj = () => {
  label: 42;
};

console.log('double(4):', double(4));
console.log('add(2, 3):', add(2, 3));
console.log('none():', none());
console.log('block(1, 2):', block(1, 2));
console.log('noReturn():', noReturn());
console.log('makeObj:', makeObj('a', 1));
console.log('block body braces are not an object:', labelNotObj());

var curried = a => b => c => a + b + c;
console.log('curried:', curried(1)(2)(3));

console.log('map:', [1, 2, 3].map(n => n * n));
console.log('filter:', [1, 2, 3, 4].filter(n => n % 2 === 0));
console.log('reduce:', [1, 2, 3, 4].reduce((acc, n) => acc + n, 0));

console.log('name:', double.name, add.name);
console.log('length:', double.length, add.length, none.length);
console.log('no prototype:', double.prototype, 'prototype' in double);
console.log('typeof:', typeof double);

var defaults = (a, b = a + 1) => [a, b];
console.log('defaults:', defaults(1), defaults(1, 5));
var rest = (first, ...others) => others.length;
console.log('rest:', rest(1, 2, 3, 4));

var nested = () => () => 'nested arrow';
console.log(nested()());

var immediately = (n => n + 1)(41);
console.log('immediately invoked:', immediately);
