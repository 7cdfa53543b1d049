// Default parameter values: evaluated at call time, left to right, only for
// undefined.
function greet(name = 'stranger', greeting = 'Hello') {
  return greeting + ', ' + name;
}
console.log(greet());
console.log(greet('Ann'));
console.log(greet(undefined, 'Hi'));
console.log(greet(null, 'Hi'));
console.log(greet('', ''));

// Later defaults can use earlier parameters.
function rect(w, h = w, area = w * h) {
  return w + 'x' + h + '=' + area;
}
console.log(rect(3), rect(3, 4), rect(3, 4, 'custom'));

// Defaults are evaluated on each call.
var calls = 0;
function counterDefault() {
  return ++calls;
}
function useIt(v = counterDefault()) {
  return v;
}
console.log(useIt(), useIt(), useIt(100), useIt(), 'calls:', calls);

// Fresh default objects per call.
function append(item, list = []) {
  list.push(item);
  return list;
}
console.log(append(1), append(2), append(3, [0]));

// Defaults can call functions and use closures.
var prefix = 'id';
function makeId(n, label = prefix + '-' + n) {
  return label;
}
console.log(makeId(7));
prefix = 'key';
console.log(makeId(8));

// Referencing a later parameter in a default is a TDZ error.
function bad(a = b, b = 1) {
  return a;
}
try {
  bad();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('but passing a works:', bad(5));

// Defaults and arguments.length.
function argsLen(a = 1, b = 2) {
  return arguments.length + ' ' + a + ' ' + b;
}
console.log(argsLen(), '|', argsLen(undefined), '|', argsLen(9, undefined));

// Arrow functions and methods with defaults.
var pow = (base, exp = 2) => Math.pow(base, exp);
console.log('pow:', pow(3), pow(2, 10));
var o = {
  repeat(s, n = 3) {
    return s.repeat(n);
  }
};
console.log('method default:', o.repeat('ab'), o.repeat('ab', 1));

// A default referring to `this`.
var ctx = {
  base: 10,
  add(x, y = this.base) {
    return x + y;
  }
};
console.log('this in default:', ctx.add(1), ctx.add(1, 1));
