// Computed property keys are evaluated in order and converted to strings.
var i = 0;
var obj = {
  ['k' + ++i]: i,
  ['k' + ++i]: i,
  ['k' + ++i]: i,
};
console.log(obj);

var prefix = 'user';
var user = {
  [prefix + 'Name']: 'ann',
  [prefix + 'Id']: 7,
  [`${prefix}_tag`]: 'template key',
};
console.log(user);

var numbers = { [1 + 1]: 'two', [0.5]: 'half', [-1]: 'minus one', [1e21]: 'big' };
console.log(numbers);
console.log(Object.keys(numbers));

var weird = {
  [null]: 'null key',
  [undefined]: 'undefined key',
  [true]: 'true key',
  [[1, 2]]: 'array key',
  [{}]: 'object key',
};
console.log(Object.keys(weird));
console.log(weird.null, weird.undefined, weird.true, weird['1,2'], weird['[object Object]']);

var keyObj = {
  toString() {
    return 'custom';
  },
};
var withCustom = { [keyObj]: 'uses toString' };
console.log(withCustom);

var order = [];
function key(k) {
  order.push('key ' + k);
  return k;
}
function val(v) {
  order.push('value ' + v);
  return v;
}
var evaluated = { [key('a')]: val(1), [key('b')]: val(2) };
console.log(order);
console.log(evaluated);

var methods = {
  ['say' + 'Hi']() {
    return 'hi';
  },
};
console.log(methods.sayHi(), methods.sayHi.name);
