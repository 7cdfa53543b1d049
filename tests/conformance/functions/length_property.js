// Function `length`: number of parameters before the first default or rest.
function none() {}
function two(a, b) {}
function withDefault(a, b = 2, c) {}
function defaultFirst(a = 1, b) {}
function withRest(a, b, ...rest) {}
function onlyRest(...rest) {}
var arrow1 = (x) => x;
var arrow3 = (x, y, z) => x;

console.log('none:', none.length);
console.log('two:', two.length);
console.log('withDefault:', withDefault.length);
console.log('defaultFirst:', defaultFirst.length);
console.log('withRest:', withRest.length);
console.log('onlyRest:', onlyRest.length);
console.log('arrow1:', arrow1.length, '| arrow3:', arrow3.length);

var obj = {
  m(a, b, c) {},
  set s(v) {},
  get g() {
    return 0;
  }
};
console.log('method:', obj.m.length);
console.log('setter:', Object.getOwnPropertyDescriptor(obj, 's').set.length);
console.log('getter:', Object.getOwnPropertyDescriptor(obj, 'g').get.length);

class K {
  constructor(a, b) {}
  static st(x) {}
}
class NoCtor {}
class Derived extends K {}
console.log('class with ctor(a, b):', K.length);
console.log('class without ctor:', NoCtor.length);
console.log('derived default ctor:', Derived.length);
console.log('static:', K.st.length);

// length does not depend on how many arguments are passed.
function counts(a, b) {
  return arguments.length + ' passed, length ' + counts.length;
}
console.log(counts(1));
console.log(counts(1, 2, 3, 4));

// Bound functions subtract bound arguments (not below 0).
function five(a, b, c, d, e) {}
console.log('bound 0 args:', five.bind(null).length);
console.log('bound 2 args:', five.bind(null, 1, 2).length);
console.log('bound 7 args:', five.bind(null, 1, 2, 3, 4, 5, 6, 7).length);

// Built-ins.
console.log('built-ins:', Array.prototype.push.length, Array.prototype.slice.length, Object.defineProperty.length, Function.prototype.call.length);

// length is read-only.
two.length = 10;
console.log('after assignment:', two.length);
var d = Object.getOwnPropertyDescriptor(two, 'length');
console.log('descriptor:', d.value, d.writable, d.enumerable, d.configurable);
