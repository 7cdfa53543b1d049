// Adding methods through someObject.__proto__ on a plain literal really
// modifies Object.prototype, so every object sees them.
function Person(name) {
  this.name = name;
}
function getName() {
  return this.name;
}

var person = {};
person.__proto__.Person = Person;
person.__proto__.getName = getName;

person.Person('George');
console.log('person.getName():', person.getName());
console.log('person own keys:', Object.keys(person));
console.log('Object.prototype was modified:', Object.prototype.hasOwnProperty('getName'));

var unrelated = { name: 'unrelated' };
console.log('unrelated.getName():', unrelated.getName());
console.log('[].getName is a function:', typeof [].getName);
console.log('Math.getName():', Math.getName());

// for-in now sees the added enumerable properties on every object.
var keys = [];
for (var k in { own: 1 }) keys.push(k);
console.log('for-in over {own: 1}:', keys);

// Clean up, then do it the polite way: a private prototype object.
delete Object.prototype.Person;
delete Object.prototype.getName;
console.log('after cleanup:', typeof unrelated.getName);

var person2 = {};
person2.__proto__ = { Person: Person, getName: getName };
person2.Person('Grace');
console.log('person2.getName():', person2.getName());
console.log('others unaffected:', typeof unrelated.getName);

// Or with Object.create from a properties object.
var propertiesObject = { Person: Person, getName: getName };
var person3 = Object.create(propertiesObject);
person3.Person('Ada');
console.log('person3.getName():', person3.getName());
console.log('person3.__proto__ === propertiesObject:', person3.__proto__ === propertiesObject);
console.log('person3 own keys:', Object.keys(person3));
var inherited = [];
for (var k2 in person3) inherited.push(k2);
console.log('for-in over person3:', inherited);
