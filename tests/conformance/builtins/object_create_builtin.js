// Object.create in detail: prototype argument, properties argument defaults.
var proto = { greet: function () { return 'hi ' + this.n; } };
var o = Object.create(proto, {
  n: { value: 1 },
  visible: { value: 'v', enumerable: true },
  rw: { value: 0, writable: true },
  acc: { get: function () { return 'acc ' + this.n; }, enumerable: true }
});

console.log('greet:', o.greet(), '| acc:', o.acc);
console.log('keys:', Object.keys(o));
console.log('names:', Object.getOwnPropertyNames(o));

var names = Object.getOwnPropertyNames(o);
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(o, names[i]);
  var flags = 'enumerable=' + d.enumerable + ' configurable=' + d.configurable;
  if ('value' in d) flags += ' writable=' + d.writable + ' value=' + d.value;
  else flags += ' get=' + typeof d.get + ' set=' + typeof d.set;
  console.log('  ' + names[i] + ': ' + flags);
}

o.rw = 5;
o.n = 99;
console.log('after writes: rw', o.rw, '| n', o.n);

// Only own enumerable properties of the descriptor map count.
var descMapProto = { inherited: { value: 'no', enumerable: true } };
var descMap = Object.create(descMapProto);
descMap.own = { value: 'yes', enumerable: true };
var fromMap = Object.create(null, descMap);
console.log('own descriptors only:', Object.keys(fromMap));

// Invalid descriptors.
try {
  Object.create({}, { bad: 5 });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.create({}, { both: { value: 1, get: function () {} } });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.create({}, null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Object.create with an array or function prototype.
var fromArray = Object.create(Array.prototype);
fromArray.push('a');
console.log('push on Object.create(Array.prototype):', fromArray.length, Array.isArray(fromArray));
console.log(Object.create(proto));
