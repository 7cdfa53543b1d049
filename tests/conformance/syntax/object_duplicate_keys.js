// Duplicate keys: the last definition wins, position is from the first.
var o = { a: 1, b: 2, a: 3 };
console.log(o);
console.log(Object.keys(o));

var mixedForms = { x: 'data', 'x': 'quoted', ['x']: 'computed' };
console.log(mixedForms);

var numbers = { 1: 'number one', '1': 'string one', 1.0: 'float one' };
console.log(numbers);

var accessorThenData = {
  get v() {
    return 'getter';
  },
  v: 'data',
};
console.log(accessorThenData.v, typeof Object.getOwnPropertyDescriptor(accessorThenData, 'v').get);

var dataThenAccessor = {
  v: 'data',
  get v() {
    return 'getter';
  },
};
console.log(dataThenAccessor.v, 'value' in Object.getOwnPropertyDescriptor(dataThenAccessor, 'v'));

var getterAndSetterSplit = {
  get p() {
    return 'first getter';
  },
  other: 1,
  set p(v) {
    this.other = v;
  },
};
getterAndSetterSplit.p = 'set!';
console.log(getterAndSetterSplit.p, getterAndSetterSplit.other, Object.keys(getterAndSetterSplit));

var methodOverride = {
  f() {
    return 'first';
  },
  f() {
    return 'second';
  },
};
console.log('method override:', methodOverride.f());

var order = { c: 1, b: 2, a: 3, c: 4 };
console.log('keeps first position:', Object.keys(order), order.c);
