// Primitives are not objects but act like them: property access creates a
// temporary wrapper.
var name = 'Eleanor';
console.log('name.charAt(0):', name.charAt(0));
console.log('name.length:', name.length);
console.log('typeof name:', typeof name);
console.log('name.toUpperCase():', name.toUpperCase());
console.log('name.indexOf("n"):', name.indexOf('n'));

// The temporary wrapper is thrown away.
name.custom = 'lost';
console.log('name.custom:', name.custom);

// Explicit wrappers are real objects.
var boxed = new String('Eleanor');
console.log('typeof boxed:', typeof boxed);
console.log('boxed.charAt(1):', boxed.charAt(1));
console.log('boxed == name:', boxed == name, '| boxed === name:', boxed === name);
console.log('boxed.valueOf() === name:', boxed.valueOf() === name);
console.log('boxed[0], boxed.length:', boxed[0], boxed.length);
console.log('new String("a") === new String("a"):', new String('a') === new String('a'));
console.log(boxed);

var num = new Number(42);
console.log('typeof num:', typeof num, '| num + 1:', num + 1);
console.log('(42).toFixed(2):', (42).toFixed(2));
console.log('(255).toString(16):', (255).toString(16));
console.log(num);

// A false Boolean object is truthy.
var falseBox = new Boolean(false);
console.log('typeof falseBox:', typeof falseBox);
console.log('falseBox is truthy:', falseBox ? 'yes' : 'no');
console.log('falseBox.valueOf():', falseBox.valueOf());
console.log(falseBox);

// Without new the constructors convert.
console.log('String(12):', String(12), typeof String(12));
console.log('Number("3.5"):', Number('3.5'), typeof Number('3.5'));
console.log('Boolean(0):', Boolean(0), '| Boolean("0"):', Boolean('0'));

// Object() boxes primitives.
var viaObject = Object('hi');
console.log('Object("hi") instanceof String:', viaObject instanceof String, typeof viaObject);

// Method calls on literals.
console.log('"abc".slice(1):', 'abc'.slice(1));
console.log('true.toString():', true.toString());
console.log('(3.14159).toFixed(3):', (3.14159).toFixed(3));
console.log('3..toString():', 3..toString());
