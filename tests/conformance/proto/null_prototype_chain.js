// Chains that start from Object.create(null) never reach Object.prototype.
var root = Object.create(null);
root.kind = 'root';
root.describe = function () {
  return 'kind=' + this.kind;
};

var mid = Object.create(root);
mid.kind = 'mid';
var leaf = Object.create(mid);

console.log('leaf.describe():', leaf.describe());
console.log('leaf.kind:', leaf.kind);
console.log('typeof leaf.toString:', typeof leaf.toString);
console.log('typeof leaf.hasOwnProperty:', typeof leaf.hasOwnProperty);
console.log('leaf.__proto__ (no accessor on the chain):', leaf.__proto__);
console.log('Object.getPrototypeOf(leaf) === mid:', Object.getPrototypeOf(leaf) === mid);
console.log('leaf instanceof Object:', leaf instanceof Object);

var keys = [];
for (var k in leaf) keys.push(k);
console.log('for-in leaf:', keys);
console.log('Object.keys(leaf):', Object.keys(leaf));

// Object.prototype methods still work when borrowed.
console.log('hasOwnProperty via call:', Object.prototype.hasOwnProperty.call(mid, 'kind'));
console.log('toString via call:', Object.prototype.toString.call(leaf));
console.log('isPrototypeOf via call:', Object.prototype.isPrototypeOf.call(root, leaf));

// Adding a toString somewhere in the chain makes conversion work.
root.toString = function () {
  return '<' + this.kind + '>';
};
console.log('String(leaf):', String(leaf), '| concat:', 'x' + mid);

// Assigning __proto__ on such an object creates a plain data property.
leaf.__proto__ = { kind: 'ignored' };
console.log('leaf.kind after __proto__ write:', leaf.kind);
console.log('own names:', Object.getOwnPropertyNames(leaf));

// Printing.
console.log(root);
console.log(Object.keys(mid), Object.keys(leaf));
