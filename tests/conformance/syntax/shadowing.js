// Shadowing between var, let, const, parameters and functions.
var name = 'global';
function show() {
  console.log('show sees:', name);
}
function shadowParam(name) {
  console.log('param name:', name);
  {
    let name = 'block in param fn';
    console.log('block name:', name);
  }
  console.log('param name again:', name);
}
shadowParam('argument');
show();

function shadowVarByLet() {
  var x = 'var x';
  {
    let x = 'let x';
    console.log('inner:', x);
  }
  console.log('outer:', x);
}
shadowVarByLet();

const c = 'outer const';
function innerConst() {
  const c = 'inner const';
  return c;
}
console.log(innerConst(), '|', c);

let counter = 100;
function makeCounter() {
  let counter = 0;
  return function () {
    counter = counter + 1;
    return counter;
  };
}
var next = makeCounter();
console.log(next(), next(), next(), 'global counter', counter);

function paramShadowsFunction(f) {
  return typeof f;
}
function f() {}
console.log('param shadows function:', paramShadowsFunction(5));

var s = 'top';
function varInsideShadows() {
  console.log('hoisted inner s:', s);
  var s = 'inner';
  console.log('assigned inner s:', s);
}
varInsideShadows();
console.log('top s:', s);
