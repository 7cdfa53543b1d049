// Accessor properties with Object.defineProperty: get/set, defaults,
// conversion between accessor and data.
var store = { _v: 1, log: [] };
Object.defineProperty(store, 'v', {
  get: function () {
    this.log.push('get');
    return this._v;
  },
  set: function (x) {
    this.log.push('set ' + x);
    this._v = x;
  },
  enumerable: true,
  configurable: true
});

store.v = 10;
var read = store.v;
console.log('read:', read, '| log:', store.log.join(', '));
var d = Object.getOwnPropertyDescriptor(store, 'v');
console.log('descriptor:', typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d, 'writable' in d);

// Getter only (defaults: enumerable false, configurable false, set undefined).
var temp = {};
Object.defineProperty(temp, 'always', {
  get: function () {
    return 42;
  }
});
d = Object.getOwnPropertyDescriptor(temp, 'always');
console.log('getter-only defaults:', d.enumerable, d.configurable, d.set);
temp.always = 0;
console.log('after sloppy assignment:', temp.always);

// Setter only.
var sink = { received: [] };
Object.defineProperty(sink, 'input', {
  set: function (x) {
    this.received.push(x);
  }
});
sink.input = 'a';
sink.input = 'b';
console.log('setter-only:', sink.input, sink.received);

// Mixing value and get is an error.
try {
  Object.defineProperty({}, 'bad', { value: 1, get: function () {} });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.defineProperty({}, 'bad', { get: 'not a function' });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Converting accessor to data (configurable).
Object.defineProperty(store, 'v', { value: 'plain now' });
d = Object.getOwnPropertyDescriptor(store, 'v');
console.log('converted:', d.value, d.writable, d.enumerable, d.configurable);

// Accessor on a prototype shared by instances, with per-instance state.
function Counter() {
  this._n = 0;
}
Object.defineProperty(Counter.prototype, 'next', {
  get: function () {
    return ++this._n;
  }
});
var c1 = new Counter();
var c2 = new Counter();
console.log('shared getter, separate state:', c1.next, c1.next, c2.next);

// Getter `this` when read through a chain.
var base = {};
Object.defineProperty(base, 'who', {
  get: function () {
    return this.name;
  }
});
var kid = Object.create(base);
kid.name = 'kid';
console.log('getter this is the receiver:', kid.who);

// console.log shows accessors.
var shown = { plain: 1 };
Object.defineProperty(shown, 'g', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(shown, 's', { set: function (v) {}, enumerable: true });
Object.defineProperty(shown, 'gs', { get: function () { return 1; }, set: function (v) {}, enumerable: true });
console.log(shown);
