// Inheritance with Object.create(Parent.prototype) and fixing `constructor`.
function Tree(name) {
  this.name = name;
}
Tree.prototype.branch = function () {
  return this.name + ' grows a branch';
};
Tree.prototype.leaves = 100;

function Child(name, fruit) {
  Tree.call(this, name);
  this.fruit = fruit;
}

// Without fixing constructor:
Child.prototype = Object.create(Tree.prototype);
var before = new Child('Apple', 'apples');
console.log('constructor before fix is Tree:', before.constructor === Tree);

Child.prototype.constructor = Child;
console.log('constructor after fix is Child:', before.constructor === Child);
console.log('but it is enumerable now:', Object.keys(Child.prototype));

// Proper, non-enumerable fix.
function Child2(name) {
  Tree.call(this, name);
}
Child2.prototype = Object.create(Tree.prototype, {
  constructor: { value: Child2, writable: true, configurable: true, enumerable: false }
});
console.log('Child2 keys:', Object.keys(Child2.prototype), '| constructor ok:', new Child2('x').constructor === Child2);

Child.prototype.harvest = function () {
  return this.name + ' gives ' + this.fruit;
};

var apple = new Child('Apple', 'apples');
console.log('apple.branch():', apple.branch());
console.log('apple.harvest():', apple.harvest());
console.log('apple.leaves (from Tree.prototype):', apple.leaves);
console.log('apple instanceof Child:', apple instanceof Child, '| instanceof Tree:', apple instanceof Tree);
console.log('Child.prototype.__proto__ === Tree.prototype:', Object.getPrototypeOf(Child.prototype) === Tree.prototype);
console.log('typeof new Tree("oak").harvest:', typeof new Tree('oak').harvest);

// Child.prototype is not a Tree instance: Tree never ran for it.
console.log('Child.prototype has own name:', Child.prototype.hasOwnProperty('name'));
console.log('Tree.prototype.isPrototypeOf(apple):', Tree.prototype.isPrototypeOf(apple));
console.log(apple);
console.log(new Child2('Pine'));
