// Nesting deeper than two levels below the top prints as [Object] / [Array].
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1] } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[1]]]]);
console.log([[[[]]]]);
console.log([[[{ x: 1 }]]]);
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ level1: { level2: { level3: 'string is fine', n: 3, nil: null } } });
var deep = { name: 'root', child: { name: 'child', child: { name: 'grandchild', child: { name: 'great' } } } };
console.log(deep);
console.log(deep.child);
console.log(deep.child.child);
console.log([deep]);
console.log({ fn: { inner: { f: function f() {} } } });
function Person(name) {
  this.name = name;
}
console.log({ a: { b: { p: new Person('deep') } } });
console.log({ a: { b: { p: new Person('deep'), q: [1, 2] } } });
console.log([{ a: { b: 'two levels' } }]);
console.log([{ a: { b: { c: 'three levels' } } }]);
console.log({ arr: [[1, [2]]] });
