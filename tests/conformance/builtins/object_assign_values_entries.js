// Object.assign, Object.values, Object.entries.
var target = { a: 1 };
var ret = Object.assign(target, { b: 2 }, { a: 'overwritten', c: 3 });
console.log('assign result:', ret, '| returns target:', ret === target);

// Only own enumerable properties are copied.
var src = Object.create({ inherited: 'no' });
src.own = 'yes';
Object.defineProperty(src, 'hidden', { value: 'no', enumerable: false });
console.log('copied:', Object.assign({}, src));

// Getters are invoked, setters on the target are triggered.
var log = [];
var withGetter = {
  get computed() {
    log.push('getter');
    return 'value';
  }
};
var withSetter = {
  set computed(v) {
    log.push('setter got ' + v);
  }
};
Object.assign(withSetter, withGetter);
console.log('getter/setter log:', log);
console.log('setter target has no data property:', Object.getOwnPropertyDescriptor(withSetter, 'computed').value);

// null/undefined sources are skipped; primitives are wrapped.
console.log('skips nullish:', Object.assign({}, null, undefined, { z: 1 }));
console.log('string source:', Object.assign({}, 'ab'));
try {
  Object.assign(null, {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Copying onto an instance keeps its prototype.
function Config() {
  this.debug = false;
}
Config.prototype.describe = function () {
  return 'debug=' + this.debug + ' level=' + this.level;
};
var cfg = Object.assign(new Config(), { debug: true, level: 3 });
console.log(cfg.describe(), cfg instanceof Config);
console.log(cfg);

// Shallow copy: nested objects are shared.
var orig = { nested: { n: 1 } };
var copy = Object.assign({}, orig);
copy.nested.n = 2;
console.log('shallow:', orig.nested.n, copy.nested === orig.nested);

// values / entries.
var o = { x: 1, y: 'two', 3: 'three' };
console.log('values:', Object.values(o));
console.log('entries:', Object.entries(o));
console.log('entries of array:', Object.entries(['a', 'b']));
console.log('values of string:', Object.values('hi'));
var pairs = Object.entries({ p: 1, q: 2 });
var rebuilt = {};
for (var i = 0; i < pairs.length; i++) rebuilt[pairs[i][0]] = pairs[i][1] * 10;
console.log('rebuilt:', rebuilt);
