// Replacing the prototype of an object in the middle of a chain changes what
// every object below it sees, immediately.
var root = { level: 'root', rootOnly: 1 };
var middle = Object.create(root);
middle.level = 'middle';
var leafA = Object.create(middle);
var leafB = Object.create(middle);
leafB.level = 'leafB';

function read(o) {
  return [o.level, o.rootOnly, o.altOnly].join('/');
}
console.log('leafA:', read(leafA), '| leafB:', read(leafB));

var altRoot = { level: 'alt', altOnly: 2 };
Object.setPrototypeOf(middle, altRoot);
console.log('after re-parenting middle:');
console.log('leafA:', read(leafA), '| leafB:', read(leafB));
console.log('root.isPrototypeOf(leafA):', root.isPrototypeOf(leafA));
console.log('altRoot.isPrototypeOf(leafA):', altRoot.isPrototypeOf(leafA));

delete middle.level;
console.log('middle level deleted, leafA:', read(leafA));

// Re-parent using __proto__ assignment.
middle.__proto__ = root;
console.log('back to root, leafA:', read(leafA));

// Same thing with constructors: change the prototype of B.prototype.
function A1() {}
A1.prototype.hello = function () { return 'A1 hello'; };
function A2() {}
A2.prototype.hello = function () { return 'A2 hello'; };
function B() {}
B.prototype = Object.create(A1.prototype);
var bs = [];
for (var i = 0; i < 3; i++) bs.push(new B());

// Call the method in a loop, switching the middle link half way.
var out = [];
for (var j = 0; j < 6; j++) {
  if (j === 3) Object.setPrototypeOf(B.prototype, A2.prototype);
  out.push(bs[j % 3].hello());
}
console.log(out.join(', '));
console.log('instanceof A1:', bs[0] instanceof A1, '| instanceof A2:', bs[0] instanceof A2);

// Cut the chain in the middle: lookups stop there.
Object.setPrototypeOf(B.prototype, null);
console.log('hello after cut:', typeof bs[0].hello, '| toString:', typeof bs[0].toString);
console.log('still instanceof B:', bs[0] instanceof B, '| instanceof Object:', bs[0] instanceof Object);
