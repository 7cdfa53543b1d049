// A setter on the prototype intercepts assignments made on instances:
// no own property is created unless the setter makes one.
var log = [];
var proto = {
  set temperature(v) {
    log.push('setter got ' + v);
    this._celsius = v;
  },
  get temperature() {
    return this._celsius === undefined ? 'unset' : this._celsius + 'C';
  }
};

var room = Object.create(proto);
console.log('initial:', room.temperature);
room.temperature = 21;
console.log('after set:', room.temperature);
console.log('own keys of room:', Object.keys(room));
console.log('temperature is own:', room.hasOwnProperty('temperature'));
console.log('log:', log);

// Each instance stores its own backing field through the shared setter.
var hall = Object.create(proto);
hall.temperature = 15;
console.log('room:', room.temperature, '| hall:', hall.temperature);

// A setter-only accessor: reading gives undefined.
var writeOnly = Object.create({
  set value(v) {
    this.stored = v * 2;
  }
});
writeOnly.value = 5;
console.log('write-only read:', writeOnly.value, '| stored:', writeOnly.stored);

// A getter-only accessor: assignment is silently ignored in sloppy mode...
var readOnly = Object.create({
  get fixed() {
    return 'fixed value';
  }
});
readOnly.fixed = 'changed';
console.log('getter-only after sloppy assign:', readOnly.fixed, readOnly.hasOwnProperty('fixed'));

// ...and throws in strict mode.
(function () {
  'use strict';
  try {
    readOnly.fixed = 'changed';
  } catch (e) {
    console.log('strict:', e instanceof TypeError, e.message);
  }
})();

// defineProperty bypasses the inherited setter and makes an own property.
Object.defineProperty(room, 'temperature', { value: 'own data', writable: true, enumerable: true, configurable: true });
console.log('after defineProperty:', room.temperature, '| log length still:', log.length);

// Setters several levels up still intercept.
var deep = Object.create(Object.create(Object.create(proto)));
deep.temperature = -5;
console.log('deep:', deep.temperature, '| own keys:', Object.keys(deep));
console.log('final log:', log.join('; '));
