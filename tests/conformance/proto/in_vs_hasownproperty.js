// `in` checks the whole chain; hasOwnProperty only the object itself.
function Box() {
  this.width = 1;
}
Box.prototype.depth = 3;
var b = new Box();
b.height = 2;

var tests = ['width', 'height', 'depth', 'toString', 'valueOf', '__proto__', 'constructor', 'missing'];
for (var i = 0; i < tests.length; i++) {
  var t = tests[i];
  console.log(t, '-> in:', t in b, 'own:', b.hasOwnProperty(t));
}

// Undefined values still count.
b.empty = undefined;
console.log('empty in b:', 'empty' in b, '| b.empty === undefined:', b.empty === undefined);
console.log('ghost in b:', 'ghost' in b, '| b.ghost === undefined:', b.ghost === undefined);

// Numbers as keys are converted to strings.
var arr = [10, 20];
console.log('0 in arr:', 0 in arr, '| "1" in arr:', '1' in arr, '| 2 in arr:', 2 in arr);
console.log('"length" in arr:', 'length' in arr, '| "push" in arr:', 'push' in arr);
console.log('arr.hasOwnProperty("push"):', arr.hasOwnProperty('push'));

// Non-enumerable properties are still `in` and own.
Object.defineProperty(b, 'secret', { value: 's', enumerable: false });
console.log('secret in b:', 'secret' in b, '| own:', b.hasOwnProperty('secret'), '| keys:', Object.keys(b));

// Functions.
function fn() {}
console.log('"prototype" in fn:', 'prototype' in fn, '| "call" in fn:', 'call' in fn, '| own call:', fn.hasOwnProperty('call'));

// `in` on a primitive right-hand side throws.
try {
  'length' in 'abc';
} catch (e) {
  console.log('in on string:', e.name + ': ' + e.message);
}

// Null-prototype object: `in` works, hasOwnProperty must be borrowed.
var bare = Object.create(null);
bare.k = 1;
console.log('k in bare:', 'k' in bare, '| toString in bare:', 'toString' in bare);
console.log('borrowed own:', Object.prototype.hasOwnProperty.call(bare, 'k'));
try {
  bare.hasOwnProperty('k');
} catch (e) {
  console.log('bare.hasOwnProperty:', e.name + ': ' + e.message);
}
