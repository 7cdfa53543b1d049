// Function.prototype.toString of user functions returns the exact source text.
function plain(a, b) {
  return a + b;
}
console.log(plain.toString());

var expr = function (x) { return x * 2; };
console.log(expr.toString());

var named = function   spaced  ( p ,q )   {
    // comment kept
    return p;
};
console.log(named.toString());

var arrow = (n) => n + 1;
console.log(arrow.toString());

var arrowBlock = (a, b) => {
  return a - b;
};
console.log(arrowBlock.toString());

var singleParam = x => x;
console.log(singleParam.toString());

var obj = {
  method(a) { return a; },
  get prop() { return 1; },
  set prop(v) {},
  ['comp' + 'uted']() {}
};
console.log(obj.method.toString());
console.log(Object.getOwnPropertyDescriptor(obj, 'prop').get.toString());
console.log(Object.getOwnPropertyDescriptor(obj, 'prop').set.toString());
console.log(obj.computed.toString());

function withDefaults(a = 1, ...rest) { /* body */ }
console.log(withDefaults.toString());

// String conversion uses toString.
console.log('concat: ' + function tiny() {});
console.log(`template: ${() => 0}`);
console.log(String(function () {}));

// Nested function source.
function outer() {
  return function inner() { return 'inner'; };
}
console.log(outer().toString());

// Overriding toString on one function.
function custom() {}
custom.toString = function () {
  return 'custom text';
};
console.log('' + custom);
console.log('inherited toString still exact:', Function.prototype.toString.call(custom));
