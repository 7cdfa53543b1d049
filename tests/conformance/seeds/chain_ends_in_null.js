// Every ordinary chain ends at Object.prototype and then null.
function Planet(name) {
  this.name = name;
}
var earth = new Planet('Earth');

function chainLength(obj) {
  var n = 0;
  var o = obj;
  while (o !== null) {
    n++;
    o = Object.getPrototypeOf(o);
  }
  return n;
}

console.log('step 1 is Planet.prototype:', Object.getPrototypeOf(earth) === Planet.prototype);
console.log('step 2 is Object.prototype:', Object.getPrototypeOf(Planet.prototype) === Object.prototype);
console.log('step 3 is null:', Object.getPrototypeOf(Object.prototype) === null);
console.log('Object.prototype.__proto__:', Object.prototype.__proto__);
console.log('chain length of earth:', chainLength(earth));
console.log('chain length of {}:', chainLength({}));
console.log('chain length of []:', chainLength([]));
console.log('chain length of a function:', chainLength(Planet));
console.log('chain length of Object.create(null):', chainLength(Object.create(null)));
console.log('chain length of Object.prototype:', chainLength(Object.prototype));

// Missing properties walk the whole chain and come back undefined.
console.log('earth.moons:', earth.moons);
console.log('earth.toString is from Object.prototype:', earth.toString === Object.prototype.toString);
console.log('String(earth):', String(earth));

// Array and function chains pass through their own prototypes first.
var arr = [1, 2];
console.log('[] -> Array.prototype:', Object.getPrototypeOf(arr) === Array.prototype);
console.log('Array.prototype -> Object.prototype:', Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log('Function.prototype -> Object.prototype:', Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log('Math -> Object.prototype:', Object.getPrototypeOf(Math) === Object.prototype);

// Adding something to Object.prototype makes it visible everywhere.
Object.prototype.everywhere = 'top of the chain';
console.log('earth.everywhere:', earth.everywhere);
console.log('arr.everywhere:', arr.everywhere);
console.log('Planet.everywhere:', Planet.everywhere);
delete Object.prototype.everywhere;
console.log('after delete:', earth.everywhere);
