// A non-writable property on the prototype blocks assignment on instances.
// In sloppy mode the assignment is silently ignored.
var proto = {};
Object.defineProperty(proto, 'id', { value: 'proto-id', writable: false, enumerable: true, configurable: true });
proto.name = 'writable name';

var obj = Object.create(proto);
obj.id = 'mine';
obj.name = 'mine';

console.log('obj.id:', obj.id);
console.log('obj has own id:', obj.hasOwnProperty('id'));
console.log('obj.name:', obj.name, '| own:', obj.hasOwnProperty('name'));
console.log('assignment expression value:', (obj.id = 'expr'));
console.log('obj.id still:', obj.id);

// Deeper levels block too.
var deeper = Object.create(Object.create(obj));
deeper.id = 'deep';
console.log('deeper.id:', deeper.id, '| own keys:', Object.keys(deeper));

// defineProperty on the instance is not blocked.
Object.defineProperty(obj, 'id', { value: 'defined', writable: true, enumerable: true, configurable: true });
console.log('after defineProperty:', obj.id, '| own:', obj.hasOwnProperty('id'));
obj.id = 'now writable';
console.log('then assignment works:', obj.id);

// Frozen prototypes block every inherited name.
var frozenProto = Object.freeze({ a: 1, b: 2 });
var kid = Object.create(frozenProto);
kid.a = 100;
kid.c = 3;
console.log('kid.a:', kid.a, '| kid.c:', kid.c, '| own keys:', Object.keys(kid));

// Compound assignment and ++ are also ignored.
kid.b += 10;
kid.b++;
console.log('kid.b:', kid.b);

// Making the prototype property writable again unblocks it.
Object.defineProperty(proto, 'id', { writable: true });
var later = Object.create(proto);
later.id = 'finally';
console.log('later.id:', later.id, '| own:', later.hasOwnProperty('id'));

// Built-in example: Function.prototype.name is non-writable... and so is a
// function's own name.
function fn() {}
fn.name = 'renamed';
console.log('fn.name:', fn.name);
