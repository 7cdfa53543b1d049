// delete removes own properties and reports success.
var obj = { a: 1, b: 2, c: 3 };
console.log('delete obj.a:', delete obj.a, obj);
console.log("delete obj['b']:", delete obj['b'], obj);
console.log('delete missing:', delete obj.nothing);
console.log('after deletes:', Object.keys(obj), 'a' in obj);

var proto = { shared: 'from proto' };
var child = Object.create(proto);
child.shared = 'own shadow';
console.log('before:', child.shared);
console.log('delete own shadow:', delete child.shared, child.shared);
console.log('delete inherited via child:', delete child.shared, child.shared);
console.log('proto still has it:', proto.shared);

var arr = [10, 20, 30, 40];
console.log('delete arr[1]:', delete arr[1]);
console.log('array after delete:', arr, 'length:', arr.length, '1 in arr:', 1 in arr);
console.log('delete last element:', delete arr[3], arr, arr.length);
console.log('delete arr.length:', delete arr.length, arr.length);

var fixed = {};
Object.defineProperty(fixed, 'locked', { value: 'stay', configurable: false });
console.log('delete non-configurable (sloppy):', delete fixed.locked, fixed.locked);

var frozen = Object.freeze({ f: 1 });
console.log('delete from frozen:', delete frozen.f, frozen.f);

console.log('delete Math.PI:', delete Math.PI, Math.PI);

var str = 'abc';
console.log('delete string length:', delete str.length);
console.log('delete string index:', delete str[0]);
console.log('delete on number literal:', delete (5).x);

globalThis.implicitGlobal = 'x';
console.log('delete global property:', delete globalThis.implicitGlobal, typeof implicitGlobal);
var declared = 'var';
console.log('delete var binding (sloppy):', delete declared, typeof declared);

function fn() {}
console.log('delete fn.prototype:', delete fn.prototype, typeof fn.prototype);
console.log('delete fn.name:', delete fn.name, JSON_like(fn.name));

function JSON_like(s) {
  return "'" + s + "'";
}

console.log('delete non-reference:', delete 42, delete 'str');
var nested = { inner: { x: 1, y: 2 } };
delete nested.inner.x;
console.log('nested delete:', nested);
var counter = 0;
var target = { k1: 1 };
delete target['k' + ++counter];
console.log('computed key evaluated:', counter, target);
