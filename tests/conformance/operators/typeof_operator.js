// typeof for every kind of value.
function Ctor() {}
class K {}
console.log('undefined:', typeof undefined);
console.log('undeclared:', typeof notDeclaredAnywhere);
console.log('null:', typeof null);
console.log('true:', typeof true);
console.log('0:', typeof 0, 'NaN:', typeof NaN, 'Infinity:', typeof Infinity, '-0:', typeof -0);
console.log("'':", typeof '', "'abc':", typeof 'abc', 'template:', typeof `t`);
console.log('{}:', typeof {});
console.log('[]:', typeof []);
console.log('function:', typeof function () {});
console.log('arrow:', typeof (() => 1));
console.log('method:', typeof { m() {} }.m);
console.log('class:', typeof K);
console.log('constructor fn:', typeof Ctor);
console.log('instance:', typeof new Ctor());
console.log('bound:', typeof Ctor.bind(null));
console.log("new String('s'):", typeof new String('s'));
console.log('new Number(1):', typeof new Number(1));
console.log('new Boolean(false):', typeof new Boolean(false));
console.log("String('s'):", typeof String('s'));
console.log('Object.create(null):', typeof Object.create(null));
console.log('arguments:', (function () {
  return typeof arguments;
})());
console.log('Math:', typeof Math, 'Math.max:', typeof Math.max);
console.log('Object:', typeof Object, 'Array:', typeof Array, 'Error:', typeof Error);
console.log('new Error():', typeof new Error('x'));
console.log('globalThis:', typeof globalThis);
console.log('console.log:', typeof console.log);
console.log('typeof typeof 1:', typeof typeof 1);
console.log('typeof with parens and expression:', typeof (1 + 'a'), typeof 1 + 'a');
console.log('typeof void 0:', typeof void 0);
var getterObj = {
  get g() {
    return 5;
  },
};
console.log('getter value:', typeof getterObj.g);
console.log('missing property:', typeof getterObj.nope);
console.log("typeof result is a string:", typeof (typeof null) === 'string');
var kinds = [1, 'a', true, null, undefined, {}, [], function () {}].map(function (v) {
  return typeof v;
});
console.log(kinds);
