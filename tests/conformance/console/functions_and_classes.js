// Functions print as [Function: name], classes as [class Name].
function named() {}
var anonymous = function () {};
var arrow = () => {};
console.log(named);
console.log(anonymous);
console.log(arrow);
console.log(function () {});
console.log(() => {});
console.log(function inline() {});
console.log([named, function () {}, () => 1]);
console.log({ method() {}, prop: function () {}, arrow: () => {} });
var obj = {
  get g() {
    return 1;
  },
};
console.log(Object.getOwnPropertyDescriptor(obj, 'g').get);

class A {}
class B extends A {}
var C = class {};
var D = class Named {};
console.log(A);
console.log(B);
console.log(C);
console.log(D);
console.log([A, B]);
console.log({ cls: A });
console.log(class {});
console.log(class extends A {});

function withProps() {}
withProps.version = 2;
withProps.tags = ['a', 'b'];
console.log(withProps);
class WithStatic {
  static count = 3;
}
console.log(WithStatic);

var bound = named.bind(null);
console.log(bound);
console.log(anonymous.bind(null));
console.log(Math.max);
console.log([Math.max, Object.keys]);

function renamed() {}
Object.defineProperty(renamed, 'name', { value: 'customName' });
console.log(renamed);
function emptyName() {}
Object.defineProperty(emptyName, 'name', { value: '' });
console.log(emptyName);
console.log(typeof named, typeof A);
