// Array length is a writable, non-enumerable own property that tracks indices.
var arr = ['a', 'b', 'c', 'd'];
var d = Object.getOwnPropertyDescriptor(arr, 'length');
console.log('descriptor:', d.value, d.writable, d.enumerable, d.configurable);

arr.length = 2;
console.log('truncated:', arr, arr[2], 2 in arr);

arr.length = 4;
console.log('extended:', arr, arr.length, 3 in arr);

arr[9] = 'j';
console.log('assigning index 9 grows length:', arr.length);

arr.length = 0;
console.log('cleared:', arr, arr.length);

// Invalid lengths throw RangeError.
try {
  arr.length = -1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  arr.length = 1.5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// String lengths are converted.
arr.length = '3';
console.log('length from string:', arr.length);

// Non-index keys do not affect length.
var b = [];
b.foo = 1;
b['-1'] = 2;
b['01'] = 3;
b['2'] = 'index via string';
console.log('only canonical index counts:', b.length, Object.keys(b));

// push/pop use and update length.
var c = [1];
c.length = 3;
c.push('after holes');
console.log('push after length set:', c, c.length);
console.log('pop:', c.pop(), c.length);

// A non-writable length blocks growth (sloppy: push throws anyway).
var fixed = [1, 2];
Object.defineProperty(fixed, 'length', { writable: false });
fixed[5] = 'ignored';
console.log('non-writable length:', fixed, fixed.length);
try {
  fixed.push(3);
} catch (e) {
  console.log('push:', e.name + ': ' + e.message);
}

// Array-likes: length is just a property.
var like = { length: 2, 0: 'x', 1: 'y' };
like.length = 0;
console.log('array-like keeps elements:', like[0], like.length);
console.log('join on array-like:', Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'));
