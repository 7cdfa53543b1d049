// Arrows have no own `arguments`: they see the enclosing function's.
function outer(a, b) {
  var arrow = () => arguments.length + ':' + arguments[0];
  var nested = () => () => arguments[1];
  return [arrow('ignored', 'x', 'y'), nested()()];
}
console.log(outer('first', 'second'));

// Rest parameters are the arrow's way to get its own arguments.
var collect = (...args) => args.length + ' args: ' + args.join(',');
console.log(collect(1, 2, 3));

// Arrow in a method using the method's arguments.
var obj = {
  run: function () {
    return [1, 2].map((n) => n * arguments[0]);
  }
};
console.log('method arguments in arrow:', obj.run(10));

// A top-level arrow referring to arguments: not defined in a script.
var topLevel = () => typeof arguments;
console.log('top-level arrow typeof arguments:', topLevel());

// Inside a class method.
class K {
  m() {
    var f = () => arguments.length;
    return f(1, 2, 3, 4);
  }
}
console.log('class method arrow:', new K().m('only one'));

// Arrow's arguments is the same object as the function's.
function same() {
  var fromArrow = (() => arguments)();
  return fromArrow === arguments;
}
console.log('same object:', same());

// Calling the top-level arrow that reads arguments directly throws.
var reads = () => arguments[0];
try {
  reads(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
