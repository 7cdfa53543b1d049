// Class getters and setters are accessor properties on the prototype.
class Temperature {
  constructor(c) {
    this._c = c;
  }
  get celsius() {
    return this._c;
  }
  set celsius(v) {
    if (typeof v !== 'number') throw new TypeError('celsius must be a number');
    this._c = v;
  }
  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) * 5 / 9;
  }
  static get unit() {
    return 'degrees';
  }
}

var t = new Temperature(25);
console.log('celsius:', t.celsius, '| fahrenheit:', t.fahrenheit);
t.fahrenheit = 212;
console.log('after setting F:', t.celsius);
t.celsius = -40;
console.log('at -40:', t.fahrenheit);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('static getter:', Temperature.unit);

var d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log('descriptor:', typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log('own keys of t:', Object.keys(t));
console.log('celsius own?', t.hasOwnProperty('celsius'));

// Getter only: assignment throws because class code is strict.
class ReadOnly {
  get value() {
    return 'ro';
  }
  tryWrite() {
    this.value = 'x';
  }
}
var r = new ReadOnly();
try {
  r.tryWrite();
} catch (e) {
  console.log('strict write to getter-only:', e.message);
}
// Outside the class this script is sloppy: silently ignored.
r.value = 'y';
console.log('sloppy write ignored:', r.value);

// Setter only.
class Sink {
  set value(v) {
    this.log = (this.log || '') + v;
  }
}
var s = new Sink();
s.value = 'a';
s.value = 'b';
console.log('setter only read:', s.value, '| log:', s.log);

console.log(t);
