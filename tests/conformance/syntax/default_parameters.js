// Default parameters: used for missing/undefined args, may refer to earlier ones.
function greet(name = 'stranger', greeting = 'Hello') {
  return greeting + ', ' + name + '!';
}
console.log(greet());
console.log(greet('Ann'));
console.log(greet('Ann', 'Hi'));
console.log(greet(undefined, 'Hey'));
console.log(greet(null));

function area(w, h = w) {
  return w * h;
}
console.log('square area:', area(4), 'rect area:', area(4, 5));

function chain(a, b = a + 1, c = a + b) {
  return [a, b, c];
}
console.log('chain(1):', chain(1));
console.log('chain(1, 10):', chain(1, 10));

var calls = 0;
function sideEffect() {
  calls++;
  return 'computed';
}
function lazy(x = sideEffect()) {
  return x;
}
lazy('given');
lazy('given');
console.log('default not evaluated when supplied, calls =', calls);
lazy();
lazy();
console.log('default evaluated each call, calls =', calls);

function freshEachTime(list = []) {
  list.push(list.length);
  return list;
}
console.log(freshEachTime(), freshEachTime());

console.log('length counts params before first default:', greet.length, area.length, chain.length);

function usesLaterParam(a = b, b = 2) {
  return a;
}
try {
  usesLaterParam();
} catch (e) {
  console.log(e.name, e.message);
}
console.log('with a supplied:', usesLaterParam(1));

function argumentsWithDefaults(a = 5) {
  return arguments.length;
}
console.log('arguments.length ignores defaults:', argumentsWithDefaults());

var arrow = (x = 3, y = x * 2) => x + y;
console.log('arrow defaults:', arrow(), arrow(1), arrow(1, 1));

var outer = 'outer';
function scope(x = outer) {
  var outer = 'inner';
  return x;
}
console.log('default sees outer scope:', scope());
