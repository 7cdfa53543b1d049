// getOwnPropertyNames vs keys vs values vs entries, and property order.
var o = { z: 1, a: 2 };
o[10] = 'ten';
o[2] = 'two';
o.m = 3;
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
o['01'] = 'string key';
o[-1] = 'negative';

console.log('keys:', Object.keys(o).join(' '));
console.log('names:', Object.getOwnPropertyNames(o).join(' '));
console.log('values:', Object.values(o).join(' '));
console.log('entries:', Object.entries(o));

// Arrays.
var arr = ['a', 'b'];
arr.prop = 'p';
console.log('array keys:', Object.keys(arr));
console.log('array names:', Object.getOwnPropertyNames(arr));

// Strings (primitive is boxed).
console.log('string keys:', Object.keys('hey'));
console.log('string names:', Object.getOwnPropertyNames('hey'));

// Inherited properties are never included.
var child = Object.create({ inherited: 1 });
child.own = 2;
console.log('child keys:', Object.keys(child), '| names:', Object.getOwnPropertyNames(child));

// Numbers and booleans have no own properties.
console.log('number keys:', Object.keys(5), '| boolean names:', Object.getOwnPropertyNames(true));

// null/undefined throw.
try {
  Object.keys(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.getOwnPropertyNames(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Class instance vs prototype.
class P {
  constructor() {
    this.b = 1;
    this.a = 2;
  }
  method() {}
}
console.log('instance keys:', Object.keys(new P()), '| prototype names:', Object.getOwnPropertyNames(P.prototype));

// Order after deletion and re-adding, large integer-like keys.
var big = {};
big.b = 1;
big[4294967294] = 'max index';
big[4294967295] = 'not an index';
big[1] = 'one';
big.a = 2;
console.log('big keys:', Object.keys(big));
