// Getters and setters defined in a parent class work on child instances,
// and can be overridden or extended.
class Person {
  constructor(first, last) {
    this.first = first;
    this.last = last;
  }
  get fullName() {
    return this.first + ' ' + this.last;
  }
  set fullName(v) {
    var parts = v.split(' ');
    this.first = parts[0];
    this.last = parts[1];
  }
  get initials() {
    return this.first.charAt(0) + this.last.charAt(0);
  }
}

class Employee extends Person {
  constructor(first, last, title) {
    super(first, last);
    this.title = title;
  }
  get fullName() {
    return this.title + ' ' + super.fullName;
  }
}

class Intern extends Employee {}

var e = new Employee('Grace', 'Hopper', 'Admiral');
console.log('fullName:', e.fullName);
console.log('initials (inherited):', e.initials);

// Overriding only the getter hides the parent's setter: the child accessor has no setter.
e.fullName = 'Ada Lovelace';
console.log('after assignment (no setter on Employee):', e.first, e.last);
var d = Object.getOwnPropertyDescriptor(Employee.prototype, 'fullName');
console.log('Employee accessor has set?', typeof d.set);

// Calling the parent setter explicitly.
Object.getOwnPropertyDescriptor(Person.prototype, 'fullName').set.call(e, 'Ada Lovelace');
console.log('after explicit parent setter:', e.fullName);

// Intern inherits Employee's getter.
var i = new Intern('Alan', 'Turing', 'Intern');
console.log('intern:', i.fullName, i.initials);

// Plain Person keeps both getter and setter.
var p = new Person('Linus', 'Torvalds');
p.fullName = 'Margaret Hamilton';
console.log('person after set:', p.fullName, '| initials:', p.initials);

// Accessors are on the prototypes, not on instances.
console.log('own keys:', Object.keys(e));
console.log('in:', 'fullName' in e, '| own:', e.hasOwnProperty('fullName'));
console.log(e);
