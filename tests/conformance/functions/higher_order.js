// Functions taking and returning functions.
function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}
function twice(f) {
  return compose(f, f);
}
var inc = function (x) {
  return x + 1;
};
var dbl = (x) => x * 2;

console.log('compose(inc, dbl)(5):', compose(inc, dbl)(5));
console.log('compose(dbl, inc)(5):', compose(dbl, inc)(5));
console.log('twice(twice(inc))(0):', twice(twice(inc))(0));

// Currying by hand.
function curry3(f) {
  return function (a) {
    return function (b) {
      return function (c) {
        return f(a, b, c);
      };
    };
  };
}
var join3 = curry3(function (a, b, c) {
  return [a, b, c].join('-');
});
console.log('curried:', join3('x')('y')('z'));

// Pipeline with reduce.
function pipe() {
  var fns = Array.prototype.slice.call(arguments);
  return function (x) {
    return fns.reduce(function (acc, f) {
      return f(acc);
    }, x);
  };
}
console.log('pipe:', pipe(inc, dbl, String, (s) => s + '!')(4));

// map/filter/reduce with named helpers.
var people = [
  { name: 'ann', age: 31 },
  { name: 'bob', age: 17 },
  { name: 'cy', age: 45 },
  { name: 'di', age: 12 }
];
function prop(key) {
  return function (o) {
    return o[key];
  };
}
function not(pred) {
  return function () {
    return !pred.apply(this, arguments);
  };
}
var isMinor = (p) => p.age < 18;
console.log('adults:', people.filter(not(isMinor)).map(prop('name')));
console.log('total age:', people.map(prop('age')).reduce((a, b) => a + b, 0));
console.log('some minor:', people.some(isMinor), '| every minor:', people.every(isMinor));
console.log('first minor:', people.find(isMinor).name, '| index:', people.findIndex(isMinor));

// Functions stored in objects and looked up dynamically.
var ops = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b
};
var program = [['add', 2, 3], ['mul', 4, 5], ['sub', 10, 7]];
console.log('ops:', program.map(function (step) {
  return ops[step[0]](step[1], step[2]);
}));

// Sorting with a comparator factory.
function by(key, desc) {
  return function (a, b) {
    var r = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
    return desc ? -r : r;
  };
}
console.log('by age desc:', people.slice().sort(by('age', true)).map(prop('name')).join(','));
console.log('by name:', people.slice().sort(by('name')).map(prop('name')).join(','));

// Returning a function that remembers its call count and original.
function once(f) {
  var done = false;
  var result;
  return function () {
    if (!done) {
      done = true;
      result = f.apply(this, arguments);
    }
    return result;
  };
}
var init = once(function (x) {
  console.log('init ran with', x);
  return x * 10;
});
console.log(init(1), init(2), init(3));
