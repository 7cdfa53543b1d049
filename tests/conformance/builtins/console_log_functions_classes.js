// console.log of functions and classes.
function named() {}
var anon = function () {};
var arrow = () => {};
var obj = { method() {} };

console.log(named);
console.log(anon);
console.log(arrow);
console.log(obj.method);
console.log(function () {});
console.log(() => {});
console.log(named.bind(null));

class Base {}
class Derived extends Base {}
console.log(Base);
console.log(Derived);
console.log(class {});
console.log(class Inline {});

// Inside containers.
console.log([named, arrow, Base]);
console.log({ f: named, c: Derived, m: obj.method });

// Functions with extra properties.
function tagged() {}
tagged.tag = 'x';
tagged.nested = { deep: [1, 2] };
console.log(tagged);

// Built-in functions.
console.log(Object);
console.log(Array.prototype.push);
console.log(Math.max);

// Printing a prototype object.
function Proto() {}
Proto.prototype.m = function () {};
console.log(Proto.prototype);
console.log(Base.prototype);

// Objects holding functions in arrays.
console.log({ handlers: [function a() {}, function b() {}] });
