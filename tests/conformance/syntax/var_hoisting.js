// var declarations are hoisted (initialised to undefined); assignments are not.
console.log('a before:', a);
var a = 1;
console.log('a after:', a);

function f() {
  console.log('local before:', local);
  if (false) {
    var local = 'never assigned';
  }
  console.log('local after dead branch:', local);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var after loop:', i);
}
f();

var a;
console.log('redeclared a keeps value:', a);

var b = 1;
var b = 2;
console.log('b redeclared with value:', b);

console.log('top-level var on global object:', this.a, globalThis.b);
console.log("'a' in globalThis:", 'a' in globalThis);

function g() {
  x = 10;
  var x;
  return x;
}
console.log('assign before var in function:', g());
console.log('typeof x at top level:', typeof x);

function h() {
  var q = 1;
  {
    var q = 2;
  }
  return q;
}
console.log('var in block redeclares same variable:', h());

try {
  var t = 'try-var';
} catch (e) {}
console.log('var from try block:', t);
