// hasOwnProperty tells own properties apart from inherited ones;
// `in` and ordinary reads do not.
function Vehicle(wheels) {
  this.wheels = wheels;
}
Vehicle.prototype.engine = 'petrol';
Vehicle.prototype.honk = function () {
  return 'beep';
};

var car = new Vehicle(4);
car.color = 'red';

var names = ['wheels', 'color', 'engine', 'honk', 'toString', 'constructor', 'missing'];
for (var i = 0; i < names.length; i++) {
  var n = names[i];
  console.log(n + ': own=' + car.hasOwnProperty(n) + ' in=' + (n in car) + ' defined=' + (car[n] !== undefined));
}

// A property whose value is undefined still exists.
car.spare = undefined;
console.log('spare own with undefined value:', car.hasOwnProperty('spare'), car.spare);

// Shadowing an inherited property makes it own.
car.engine = 'electric';
console.log('engine own after write:', car.hasOwnProperty('engine'), car.engine);
console.log('prototype keeps its value:', Vehicle.prototype.engine);

// hasOwnProperty is itself inherited from Object.prototype.
console.log('hasOwnProperty own on car:', car.hasOwnProperty('hasOwnProperty'));
console.log('hasOwnProperty own on Object.prototype:', Object.prototype.hasOwnProperty('hasOwnProperty'));

// Shadowing hasOwnProperty itself: borrow the real one.
var tricky = { hasOwnProperty: function () { return 'fooled'; }, real: 1 };
console.log('tricky.hasOwnProperty("real"):', tricky.hasOwnProperty('real'));
console.log('borrowed:', Object.prototype.hasOwnProperty.call(tricky, 'real'));

// Collecting own vs inherited enumerable keys with for-in.
var own = [];
var inherited = [];
for (var key in car) {
  if (car.hasOwnProperty(key)) own.push(key);
  else inherited.push(key);
}
console.log('own enumerable:', own);
console.log('inherited enumerable:', inherited);

// Arrays: indices and length are own, methods inherited.
var arr = ['a', 'b'];
console.log('arr own 0:', arr.hasOwnProperty(0), '| own "1":', arr.hasOwnProperty('1'), '| own 2:', arr.hasOwnProperty(2));
console.log('arr own length:', arr.hasOwnProperty('length'), '| own push:', arr.hasOwnProperty('push'));
