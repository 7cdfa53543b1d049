// A common mistake: giving a plain object a .prototype. Plain objects do not
// have a prototype property, so this ends with an uncaught TypeError.
function Good() {}
Good.prototype.test = function () {
  return 'OK';
};
var g = new Good();
console.log('g.test():', g.test());

var obj = new Object();
console.log('typeof obj.prototype:', typeof obj.prototype);
console.log('Object.getPrototypeOf(obj) === Object.prototype:', Object.getPrototypeOf(obj) === Object.prototype);

// A "static" function placed directly on an object.
obj.test = function () {
  return 'static-like';
};
console.log('obj.test():', obj.test());
console.log('obj is not constructible:', typeof obj !== 'function');

try {
  console.log(obj.prototype.test);
} catch (e) {
  console.log('read:', e.constructor === TypeError, e.message);
}

console.log('next: obj.prototype.test = ...');
obj.prototype.test = function () {
  return 'never';
};
console.log('not reached');
