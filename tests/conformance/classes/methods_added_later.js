// Class prototypes are ordinary objects: methods can be added, replaced and
// removed after instances exist.
class Robot {
  constructor(id) {
    this.id = id;
  }
  beep() {
    return 'beep ' + this.id;
  }
}
class Android extends Robot {}

var r = new Robot(1);
var a = new Android(2);

Robot.prototype.walk = function () {
  return 'robot ' + this.id + ' walks';
};
console.log(r.walk(), '|', a.walk());

// Replace a method defined in the class body.
var oldBeep = Robot.prototype.beep;
Robot.prototype.beep = function () {
  return 'BOOP ' + oldBeep.call(this);
};
console.log(r.beep(), '|', a.beep());

// Adding to the subclass only.
Android.prototype.talk = function () {
  return 'android ' + this.id + ' talks';
};
console.log('a.talk():', a.talk(), '| typeof r.talk:', typeof r.talk);

// Deleting a class-body method works (configurable).
delete Robot.prototype.beep;
console.log('beep after delete:', typeof r.beep, typeof a.beep);

// Added methods are enumerable, class-body ones were not.
console.log('keys of Robot.prototype:', Object.keys(Robot.prototype));

// defineProperty to add a getter later.
Object.defineProperty(Robot.prototype, 'label', {
  get: function () {
    return '#' + this.id;
  },
  configurable: true
});
console.log('labels:', r.label, a.label);

// Per-instance override.
a.walk = function () {
  return 'android glides';
};
console.log(a.walk(), '|', new Android(3).walk());
console.log(a);
