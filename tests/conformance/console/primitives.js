// booleans, null and undefined at top level and nested.
console.log(true, false);
console.log(null);
console.log(undefined);
console.log([true, false, null, undefined]);
console.log({ t: true, f: false, n: null, u: undefined });
console.log([[null], [undefined], [[true]]]);
console.log(typeof null, typeof undefined, typeof true);
console.log(String(null), String(undefined), String(true));
console.log([String(null), String(undefined)]);
console.log(!0, !1, !!'x');
console.log(void 0);
var obj = {};
console.log(obj.missing);
console.log([obj.missing]);
var arr = new Array(2);
console.log(arr[0], arr);
console.log([undefined, , undefined]);
console.log(1 < 2, [1 > 2]);
