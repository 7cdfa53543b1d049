// typeof on built-in constructors, objects and primitives.
console.log('typeof Object:', typeof Object);
console.log('typeof String:', typeof String);
console.log('typeof Number:', typeof Number);
console.log('typeof Boolean:', typeof Boolean);
console.log('typeof Array:', typeof Array);
console.log('typeof Function:', typeof Function);
console.log('typeof Error:', typeof Error);
console.log('typeof Math:', typeof Math);
console.log('typeof globalThis:', typeof globalThis);
function UserFn() {}
console.log('typeof UserFn:', typeof UserFn);
console.log('typeof new UserFn():', typeof new UserFn());

console.log('typeof "lit":', typeof 'lit');
console.log('typeof 5:', typeof 5);
console.log('typeof NaN:', typeof NaN);
console.log('typeof Infinity:', typeof Infinity);
console.log('typeof true:', typeof true);
console.log('typeof undefined:', typeof undefined);
console.log('typeof undeclaredThing:', typeof undeclaredThing);
console.log('typeof null:', typeof null);

// Wrappers made with new are objects; without new they are primitives.
console.log('typeof new String("a"):', typeof new String('a'));
console.log('typeof new Number(1):', typeof new Number(1));
console.log('typeof new Boolean(false):', typeof new Boolean(false));
console.log('typeof String(5):', typeof String(5), String(5));
console.log('typeof Number("7"):', typeof Number('7'), Number('7'));
console.log('typeof Boolean(""):', typeof Boolean(''), Boolean(''));

// Object and Array work with or without new.
console.log('typeof Object():', typeof Object());
console.log('typeof new Object():', typeof new Object());
console.log('typeof Array(3):', typeof Array(3), Array(3).length);
console.log('typeof new Array():', typeof new Array());
console.log('typeof []:', typeof [], '| typeof {}:', typeof {});
console.log('typeof function(){}:', typeof function () {});
console.log('typeof (() => 1):', typeof (() => 1));
console.log('typeof class {}:', typeof class {});

// All built-in constructors are functions whose proto is Function.prototype.
var ctors = [Object, String, Number, Boolean, Array, Function, Error];
var names = [];
for (var i = 0; i < ctors.length; i++) {
  if (Object.getPrototypeOf(ctors[i]) === Function.prototype) names.push(ctors[i].name);
}
console.log('ctors whose proto is Function.prototype:', names.join(' '));
console.log('TypeError.__proto__ === Error:', Object.getPrototypeOf(TypeError) === Error);
console.log('Function instanceof Function:', Function instanceof Function);
console.log('Object instanceof Function:', Object instanceof Function);
console.log('Function instanceof Object:', Function instanceof Object);
console.log('Math instanceof Function:', Math instanceof Function);
