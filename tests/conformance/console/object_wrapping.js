// Objects longer than 72 characters break onto multiple lines.
console.log({ a: 1, b: 2, c: 3 });
console.log({ first: 'Alice', last: 'Smith', age: 30, city: 'Paris', country: 'France' });
console.log({ first: 'Alexander', last: 'Smithsonian', age: 30, city: 'Paris', country: 'France' });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13 });
console.log({ description: 'this string alone makes the object longer than the line limit of 72' });
console.log({ user: { name: 'Bob', roles: ['admin', 'editor'] }, active: true, visits: 42 });
console.log({ user: { name: 'Bob', roles: ['admin', 'editor', 'viewer'], email: 'bob@example.com' }, active: true });
console.log({ nested: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13 } });
console.log([{ id: 1, title: 'first item in the list', done: false }, { id: 2, title: 'second', done: true }]);
console.log({ list: [1, 2, 3], obj: { x: 1 }, str: 'text', num: 3.14, bool: false, nil: null });
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
var wide = {};
for (var i = 0; i < 30; i++) wide['key' + i] = i;
console.log(wide);
console.log({ f: function alpha() {}, g: function beta() {}, h: function gamma() {}, i: function delta() {} });
