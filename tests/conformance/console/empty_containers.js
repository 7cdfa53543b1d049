// Empty objects and arrays, and containers of empties.
console.log({});
console.log([]);
console.log([{}]);
console.log([[]]);
console.log({ a: {} });
console.log({ a: [] });
console.log([{}, [], {}, []]);
console.log({ a: {}, b: [], c: { d: {} } });
console.log([[], [[]], [[[]]]]);
console.log(new Object());
console.log(new Array());
console.log(Object.create(Object.prototype));
function Empty() {}
console.log(new Empty());
console.log([new Empty(), new Empty()]);
class EmptyClass {}
console.log(new EmptyClass());
console.log({ inst: new EmptyClass() });
var frozen = Object.freeze({});
console.log(frozen);
var o = { a: 1 };
delete o.a;
console.log(o);
var arr = [1, 2];
arr.length = 0;
console.log(arr);
