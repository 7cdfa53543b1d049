// Object.setPrototypeOf(obj, null) detaches an object from everything.
var obj = { a: 1, b: 2 };
console.log('before:', typeof obj.toString, typeof obj.hasOwnProperty);

var ret = Object.setPrototypeOf(obj, null);
console.log('returns the object:', ret === obj);
console.log('proto:', Object.getPrototypeOf(obj));
console.log('toString:', typeof obj.toString);
console.log('__proto__ reads:', obj.__proto__);
console.log('keys:', Object.keys(obj));
console.log('in:', 'a' in obj, 'toString' in obj);
console.log('instanceof Object:', obj instanceof Object);
console.log(obj);

try {
  console.log('concat: ' + obj);
} catch (e) {
  console.log('string conversion:', e.name, e.message);
}
try {
  obj.toString();
} catch (e) {
  console.log('calling toString:', e.message);
}

// Template literal conversion fails the same way.
try {
  console.log(`${obj}`);
} catch (e) {
  console.log('template:', e.message);
}

// Give it a valueOf-free toString by hand.
obj.toString = function () {
  return 'custom(' + this.a + ')';
};
console.log('with own toString:', '' + obj);

// A function detached from Function.prototype loses call/apply/bind but
// is still callable.
function f() {
  return 'still callable';
}
Object.setPrototypeOf(f, null);
console.log('f():', f(), '| typeof f.call:', typeof f.call, '| typeof f:', typeof f);

// An array detached from Array.prototype loses its methods but keeps length.
var arr = [1, 2, 3];
Object.setPrototypeOf(arr, null);
console.log('arr.length:', arr.length, '| typeof arr.push:', typeof arr.push, '| isArray:', Array.isArray(arr));

// And back again.
Object.setPrototypeOf(arr, Array.prototype);
arr.push(4);
console.log('reattached:', arr.join('-'));
