// Static methods are inherited because Child.__proto__ === Parent.
class Parent {
  static create() {
    return new this();
  }
  static kind() {
    return 'parent kind, this=' + this.name;
  }
}
Parent.tag = 'assigned static';

class Child extends Parent {}
class GrandChild extends Child {
  static kind() {
    return 'grandchild, then ' + super.kind();
  }
}

console.log('Object.getPrototypeOf(Child) === Parent:', Object.getPrototypeOf(Child) === Parent);
console.log('Object.getPrototypeOf(GrandChild) === Child:', Object.getPrototypeOf(GrandChild) === Child);
console.log('Child.kind():', Child.kind());
console.log('GrandChild.kind():', GrandChild.kind());
console.log('Child.tag:', Child.tag, '| own:', Child.hasOwnProperty('tag'));
console.log('Child.create() instanceof Child:', Child.create() instanceof Child);
console.log('GrandChild.create().constructor.name:', GrandChild.create().constructor.name);

// Adding a static to the parent later is visible in subclasses.
Parent.late = function () {
  return 'late static on ' + this.name;
};
console.log(GrandChild.late());

// Shadowing a static in the child.
Child.tag = 'child tag';
console.log('tags:', Parent.tag, Child.tag, GrandChild.tag);
delete Child.tag;
console.log('after delete:', GrandChild.tag);

// A class extending a constructor function inherits its function statics.
function OldStyle() {}
OldStyle.helper = function () {
  return 'old helper on ' + this.name;
};
class NewStyle extends OldStyle {}
console.log(NewStyle.helper());

// Base classes inherit from Function.prototype: call/apply/bind are there.
console.log('Parent.__proto__ === Function.prototype:', Object.getPrototypeOf(Parent) === Function.prototype);
console.log('typeof Child.bind:', typeof Child.bind);

// Instances do not see statics.
console.log('instance sees kind?', typeof new Child().kind);
