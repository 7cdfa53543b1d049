// Built-in "classes" can be extended by adding to their prototypes; every
// existing and future array sees the addition.
var existing = [3, 1, 2];

Array.prototype.serialize = function () {
  var parts = [];
  for (var i = 0; i < this.length; i++) {
    parts.push(typeof this[i] + ':' + this[i]);
  }
  return '<' + parts.join('|') + '>';
};

console.log('existing.serialize():', existing.serialize());
console.log('[true, "x"].serialize():', [true, 'x'].serialize());
console.log('new Array(2) serialize:', new Array(1, 2).serialize());
console.log('serialize is not own:', existing.hasOwnProperty('serialize'));

// for-in over an array now also visits the inherited enumerable method.
var visited = [];
for (var k in existing) visited.push(k);
console.log('for-in visits:', visited);

// Making it non-enumerable avoids that.
Object.defineProperty(Array.prototype, 'serialize', { enumerable: false });
visited = [];
for (var k2 in existing) visited.push(k2);
console.log('for-in after defineProperty:', visited);

// Strings and functions too.
String.prototype.wrap = function (l, r) {
  return l + this + r;
};
console.log('"mid".wrap("[", "]"):', 'mid'.wrap('[', ']'));

Function.prototype.describe = function () {
  return 'function ' + this.name + ' taking ' + this.length;
};
function sum(a, b, c) {
  return a + b + c;
}
console.log('sum.describe():', sum.describe());
console.log('Array.describe():', Array.describe());

// Shadowing the addition for one array.
var special = [1];
special.serialize = function () {
  return 'special';
};
console.log('special.serialize():', special.serialize(), '| existing:', existing.serialize());

// console.log shows only own properties.
console.log(existing);
console.log(special);

delete Array.prototype.serialize;
delete String.prototype.wrap;
delete Function.prototype.describe;
console.log('cleaned up:', typeof [].serialize, typeof ''.wrap, typeof sum.describe);
