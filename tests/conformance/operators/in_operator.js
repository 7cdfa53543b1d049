// `in` checks own and inherited properties, including non-enumerable ones.
var obj = { a: 1, u: undefined };
console.log("'a' in obj:", 'a' in obj);
console.log("'u' in obj (value undefined):", 'u' in obj);
console.log("'b' in obj:", 'b' in obj);
console.log("'toString' in obj (inherited):", 'toString' in obj);
console.log("'hasOwnProperty' in obj:", 'hasOwnProperty' in obj);
console.log("obj.hasOwnProperty('toString'):", obj.hasOwnProperty('toString'));

var arr = ['x', , 'z'];
console.log('0 in arr:', 0 in arr, '1 in arr (hole):', 1 in arr, '2 in arr:', 2 in arr, '3 in arr:', 3 in arr);
console.log("'length' in arr:", 'length' in arr, "'push' in arr:", 'push' in arr);
console.log("'0' in arr:", '0' in arr);

var numKeys = { 1: 'one' };
console.log('1 in numKeys:', 1 in numKeys, "'1' in numKeys:", '1' in numKeys);

var proto = { inherited: true };
var child = Object.create(proto);
child.own = true;
console.log("'inherited' in child:", 'inherited' in child, "'own' in child:", 'own' in child);

var nullProto = Object.create(null);
nullProto.x = 1;
console.log("'x' in nullProto:", 'x' in nullProto, "'toString' in nullProto:", 'toString' in nullProto);

var hidden = {};
Object.defineProperty(hidden, 'secret', { value: 42, enumerable: false });
console.log("non-enumerable 'secret' in hidden:", 'secret' in hidden, 'keys:', Object.keys(hidden));

var withGetter = {
  get g() {
    return undefined;
  },
};
console.log("getter 'g' in withGetter:", 'g' in withGetter);

delete obj.a;
console.log("after delete 'a' in obj:", 'a' in obj);

function F() {}
console.log("'prototype' in F:", 'prototype' in F, "'name' in F:", 'name' in F);
console.log("'prototype' in arrow:", 'prototype' in (() => 1));

var keyObj = {
  toString() {
    return 'a';
  },
};
console.log('key converted to string:', keyObj in { a: 1 });
console.log('precedence !x in y:', !('zzz' in obj), '(!"a") in obj:', !'a' in obj);
console.log("'length' in new String('abc'):", 'length' in new String('abc'));
