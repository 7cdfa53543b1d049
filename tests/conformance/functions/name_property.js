// Function `name`: declared, inferred from bindings and properties, methods,
// getters, bound functions, anonymous expressions.
function declared() {}
var exprAnon = function () {};
var exprNamed = function inner() {};
var arrow = () => {};
let letArrow = (a) => a;
const constFn = function () {};

console.log('declared:', declared.name);
console.log('anonymous expression assigned to var:', exprAnon.name);
console.log('named expression:', exprNamed.name);
console.log('arrow:', arrow.name);
console.log('let arrow:', letArrow.name);
console.log('const fn:', constFn.name);

var obj = {
  method() {},
  prop: function () {},
  arrowProp: () => {},
  ['comp' + 'uted']: function () {},
  get getter() {
    return 1;
  },
  set setter(v) {}
};
console.log('method:', obj.method.name);
console.log('prop:', obj.prop.name);
console.log('arrowProp:', obj.arrowProp.name);
console.log('computed:', obj.computed.name);
var gd = Object.getOwnPropertyDescriptor(obj, 'getter');
var sd = Object.getOwnPropertyDescriptor(obj, 'setter');
console.log('getter:', gd.get.name, '| setter:', sd.set.name);

// Assignment to an existing variable also infers.
var later;
later = function () {};
console.log('assigned later:', later.name);

// Property assignment does not infer.
var holder = {};
holder.fn = function () {};
console.log('holder.fn name is empty:', holder.fn.name === '', quote(holder.fn.name));
function quote(s) {
  return '"' + s + '"';
}

// Functions in arrays and as arguments are anonymous.
var arr = [function () {}];
console.log('in array:', quote(arr[0].name));
console.log('as argument:', quote((function (f) { return f.name; })(function () {})));

// Default parameter values infer from the parameter name.
function withDefault(cb = function () {}) {
  return cb.name;
}
console.log('default param:', withDefault());

// Bound functions.
console.log('bound:', declared.bind(null).name);
console.log('bound anonymous:', quote(arr[0].bind(null).name));
console.log('bound twice:', declared.bind(null).bind(null).name);

// name is not writable but is configurable.
var d = Object.getOwnPropertyDescriptor(declared, 'name');
console.log('descriptor:', d.writable, d.enumerable, d.configurable);
declared.name = 'changed';
console.log('after assignment:', declared.name);
Object.defineProperty(declared, 'name', { value: 'redefined' });
console.log('after defineProperty:', declared.name);

// Built-ins.
console.log('built-in names:', Array.prototype.push.name, Object.create.name, String.name);
