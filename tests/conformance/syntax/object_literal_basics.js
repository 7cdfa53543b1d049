// Object literals: data properties, shorthand properties, nested values.
var name = 'Ada';
var age = 36;
var person = { name, age, born: 1815, 'full name': 'Ada Lovelace' };
console.log(person);
console.log('name:', person.name, 'age:', person.age);
console.log('quoted key:', person['full name']);

var empty = {};
console.log('empty:', empty, Object.keys(empty).length);

var nested = {
  level1: {
    level2: {
      value: 'deep',
    },
  },
  list: [1, 2],
};
console.log('nested value:', nested.level1.level2.value);
console.log('nested list length:', nested.list.length);

var trailing = { a: 1, b: 2, };
console.log('trailing comma:', trailing);

var mixed = { n: 1, s: 'str', b: true, u: undefined, nl: null, f: function () {} };
console.log('types:', typeof mixed.n, typeof mixed.s, typeof mixed.b, typeof mixed.u, typeof mixed.nl, typeof mixed.f);
console.log('has u:', 'u' in mixed, 'missing in:', 'missing' in mixed);

var keywordKeys = { if: 1, class: 2, new: 3, typeof: 4, default: 5 };
console.log('reserved words as keys:', keywordKeys.if, keywordKeys.class, keywordKeys.new, keywordKeys.typeof, keywordKeys.default);

var x = 1;
var y = 2;
var point = { x, y, sum: x + y };
point.x = 10;
console.log('shorthand copies the value:', point, 'x still', x);

console.log('proto is Object.prototype:', Object.getPrototypeOf(person) === Object.prototype);
console.log('constructor:', person.constructor === Object);

var expr = { ['a' + 'b']: 1, [1 + 2]: 'three' };
console.log('computed:', expr);

var fromVars = { person, point };
console.log('shorthand objects:', fromVars.person.name, fromVars.point.sum);
