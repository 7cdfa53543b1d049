// console.log of null-prototype objects.
console.log(Object.create(null));
var bare = Object.create(null);
bare.x = 1;
bare.y = 'two';
console.log(bare);
console.log({ __proto__: null, k: [1, 2] });
console.log([Object.create(null)]);
console.log({ inner: Object.create(null) });

var nested = Object.create(null);
nested.child = Object.create(null);
nested.child.leaf = true;
console.log(nested);

// After setPrototypeOf(obj, null).
var detached = { a: 1 };
Object.setPrototypeOf(detached, null);
console.log(detached);

// Properties with function values.
var fns = Object.create(null);
fns.run = function run() {};
console.log(fns);

// Object.create(null) with properties argument (non-enumerable not shown).
console.log(Object.create(null, { visible: { value: 1, enumerable: true }, hiddenOne: { value: 2 } }));

// Other representations for comparison.
console.log({});
console.log(Object.create(Object.prototype));
console.log(new Object());
console.log(Object.keys(bare), typeof bare);
