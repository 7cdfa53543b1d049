// Three ways to give a function a `this`: attach it to an object,
// use call/apply, or bind.
function setLabel(label, suffix) {
  this.label = label + (suffix || '');
}
function readLabel() {
  return 'label=' + this.label;
}

var box = {};

// Attach as properties and call through the object.
box.setLabel = setLabel;
box.readLabel = readLabel;
box.setLabel('crate');
console.log('method call:', box.readLabel());
console.log('box keys:', Object.keys(box));

// call: arguments one by one.
var jar = {};
setLabel.call(jar, 'jar', '#1');
console.log('call:', readLabel.call(jar));

// apply: arguments as an array.
var tin = {};
setLabel.apply(tin, ['tin', '#2']);
console.log('apply:', readLabel.apply(tin));
console.log('apply with no args array:', readLabel.apply(tin));

// bind: make a new function with `this` fixed.
var readJar = readLabel.bind(jar);
console.log('bound:', readJar());
console.log('bound ignores call receiver:', readJar.call(tin));
var other = { read: readJar };
console.log('bound as method of other:', other.read());

// Using call to run a "constructor" on an existing object.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
var target = { tag: 'existing' };
Point.call(target, 3, 4);
console.log('Point.call on existing object:', target);
var viaApply = {};
Point.apply(viaApply, [7, 8]);
console.log('Point.apply:', viaApply);

// Putting methods on a __proto__ object instead of on the object itself.
var person = {};
person.__proto__ = { setLabel: setLabel, readLabel: readLabel };
person.setLabel('person');
console.log('via __proto__ methods:', person.readLabel(), '| own keys:', Object.keys(person));

// Borrowing built-in methods.
var arrayLike = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log('borrowed join:', Array.prototype.join.call(arrayLike, '-'));
console.log('Math.max.apply:', Math.max.apply(null, [4, 9, 2]));
