// `__proto__: value` in an object literal sets the prototype.
var base = {
  greet() {
    return 'hello from base, ' + this.name;
  },
  kind: 'base',
};
var obj = { __proto__: base, name: 'obj' };
console.log('greet:', obj.greet());
console.log('proto is base:', Object.getPrototypeOf(obj) === base);
console.log('inherited kind:', obj.kind, 'own?', obj.hasOwnProperty('kind'));
console.log('own keys:', Object.keys(obj));
console.log('__proto__ is not an own property:', obj.hasOwnProperty('__proto__'));

var nullProto = { __proto__: null, a: 1 };
console.log('null proto:', Object.getPrototypeOf(nullProto), typeof nullProto.hasOwnProperty);
console.log('null proto keys:', Object.keys(nullProto));

var ignored = { __proto__: 42, b: 2 };
console.log('non-object value ignored:', Object.getPrototypeOf(ignored) === Object.prototype);

var quoted = { '__proto__': base };
console.log('quoted form also sets proto:', Object.getPrototypeOf(quoted) === base);

var computed = { ['__proto__']: base };
console.log('computed form creates own property:', computed.hasOwnProperty('__proto__'), Object.getPrototypeOf(computed) === Object.prototype);
console.log(Object.keys(computed));

var __proto__ = base;
var shorthand = { __proto__ };
console.log('shorthand creates own property:', shorthand.hasOwnProperty('__proto__'), Object.getPrototypeOf(shorthand) === Object.prototype);

var method = {
  __proto__() {
    return 'method named __proto__';
  },
};
console.log('method form is own:', typeof method.__proto__, method.hasOwnProperty('__proto__'));

var chain = { __proto__: { __proto__: { deep: 'grandparent' }, mid: 'parent' }, own: 'self' };
console.log('chain:', chain.own, chain.mid, chain.deep);
var seen = [];
for (var k in chain) seen.push(k);
console.log('for-in walks the chain:', seen);

var arrProto = { __proto__: Array.prototype };
console.log('array proto object:', typeof arrProto.push, Array.isArray(arrProto));
