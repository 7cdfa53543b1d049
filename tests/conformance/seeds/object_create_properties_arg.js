// Object.create's second argument takes property descriptors.
var base = {
  greet: function () {
    return 'hi from ' + this.id;
  }
};

var obj = Object.create(base, {
  id: { value: 'obj-1', enumerable: true },
  secret: { value: 42 },
  counter: { value: 0, writable: true, enumerable: true, configurable: true },
  double: {
    get: function () {
      return this.counter * 2;
    },
    enumerable: false
  }
});

console.log('greet():', obj.greet());
console.log('keys:', Object.keys(obj));
console.log('own names:', Object.getOwnPropertyNames(obj));
console.log('secret:', obj.secret);

var d = Object.getOwnPropertyDescriptor(obj, 'secret');
console.log('secret writable/enumerable/configurable:', d.writable, d.enumerable, d.configurable);

obj.secret = 7;
console.log('secret after sloppy write:', obj.secret);

obj.counter = 5;
console.log('counter:', obj.counter, 'double:', obj.double);

obj.id = 'changed';
console.log('id is read-only:', obj.id);

delete obj.counter;
console.log('counter deleted (configurable):', 'counter' in obj);
delete obj.id;
console.log('id not deleted (not configurable):', obj.id);

// With a null prototype and properties.
var bare = Object.create(null, {
  x: { value: 1, enumerable: true },
  y: { value: 2, enumerable: true }
});
console.log('bare keys:', Object.keys(bare), 'proto:', Object.getPrototypeOf(bare));
console.log(bare);

// Undefined second argument is the same as omitting it.
var u = Object.create(base, undefined);
console.log('undefined props arg ok:', Object.keys(u).length, Object.getPrototypeOf(u) === base);
