// Using an instance of one constructor as another constructor's prototype
// adds a level to the instances' chain, while the constructors stay siblings.
function Person() {}
Person.prototype.walk = function () {
  return 'walking';
};

function Thief() {}
var mentor = new Person();
mentor.skill = 'lockpicking';
Thief.prototype = mentor;
var t = new Thief();

function chainNames(obj) {
  var names = [];
  var o = obj;
  while (o !== null) {
    if (o === Object.prototype) names.push('Object.prototype');
    else if (o === Person.prototype) names.push('Person.prototype');
    else if (o === mentor) names.push('mentor');
    else if (o === t) names.push('t');
    else if (o === Function.prototype) names.push('Function.prototype');
    else if (o === Thief) names.push('Thief');
    else if (o === Person) names.push('Person');
    else names.push('?');
    o = Object.getPrototypeOf(o);
  }
  names.push('null');
  return names.join(' -> ');
}

console.log('t chain:', chainNames(t));
console.log('mentor chain:', chainNames(mentor));
console.log('Thief chain:', chainNames(Thief));
console.log('Person chain:', chainNames(Person));
console.log('t.walk():', t.walk(), '| t.skill:', t.skill);
console.log('t instanceof Thief:', t instanceof Thief);
console.log('t instanceof Person:', t instanceof Person);
console.log('t.constructor === Person:', t.constructor === Person);
console.log('siblings:', Object.getPrototypeOf(Thief) === Object.getPrototypeOf(Person));

// The mentor object is shared by all thieves.
var t2 = new Thief();
mentor.skill = 'safecracking';
console.log('t.skill:', t.skill, '| t2.skill:', t2.skill);
t2.skill = 'pickpocketing';
console.log('t2 shadowed:', t2.skill, '| mentor.skill:', mentor.skill);

// A third level.
function Apprentice() {}
Apprentice.prototype = t;
var a = new Apprentice();
console.log('apprentice chain length to null:', chainNames(a).split(' -> ').length);
console.log('a instanceof Apprentice/Thief/Person:', a instanceof Apprentice, a instanceof Thief, a instanceof Person);
console.log('a.walk():', a.walk());
