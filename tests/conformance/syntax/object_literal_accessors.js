// Getters and setters in object literals.
var temp = {
  _celsius: 20,
  get fahrenheit() {
    return this._celsius * 9 / 5 + 32;
  },
  set fahrenheit(f) {
    this._celsius = (f - 32) * 5 / 9;
  },
  get readOnly() {
    return 'read only';
  },
  set writeOnly(v) {
    this.log.push('writeOnly=' + v);
  },
  log: [],
};
console.log('get:', temp.fahrenheit);
temp.fahrenheit = 212;
console.log('after set, celsius:', temp._celsius, 'fahrenheit:', temp.fahrenheit);

temp.readOnly = 'ignored';
console.log('assign to getter-only (sloppy) ignored:', temp.readOnly);

temp.writeOnly = 5;
console.log('setter-only read:', temp.writeOnly, 'log:', temp.log);

var d = Object.getOwnPropertyDescriptor(temp, 'fahrenheit');
console.log('descriptor:', typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
console.log('keys include accessors:', Object.keys(temp));

var counter = {
  count: 0,
  get next() {
    return ++this.count;
  },
};
console.log('getter runs each access:', counter.next, counter.next, counter.next);

var proto = {
  get who() {
    return 'I am ' + this.name;
  },
};
var child = Object.create(proto);
child.name = 'child';
console.log('inherited getter uses receiver:', child.who);

var computedAccessor = {
  get ['dyn' + 'amic']() {
    return 'computed getter';
  },
};
console.log(computedAccessor.dynamic);

var names = {
  get value() {
    return 1;
  },
};
var desc = Object.getOwnPropertyDescriptor(names, 'value');
console.log('getter name:', desc.get.name);

var last = {
  get x() {
    return 'getter';
  },
  x: 'data wins when later',
};
console.log('data after getter:', Object.getOwnPropertyDescriptor(last, 'x'));
