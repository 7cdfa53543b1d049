// Calling a value of every non-callable type.
function attempt(label, f) {
  try {
    f();
    console.log(label, '-> called');
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message, '| TypeError?', e instanceof TypeError);
  }
}
var undef;
var nul = null;
var num = 1;
var str = 'hello';
var bool = true;
var obj = {};
var arr = [];
var nan = NaN;
var boxed = new String('boxed');
var inst = new (function Thing() {})();
attempt('undefined', function () {
  undef();
});
attempt('null', function () {
  nul();
});
attempt('number', function () {
  num();
});
attempt('string', function () {
  str();
});
attempt('boolean', function () {
  bool();
});
attempt('object', function () {
  obj();
});
attempt('array', function () {
  arr();
});
attempt('NaN', function () {
  nan();
});
attempt('String object', function () {
  boxed();
});
attempt('instance', function () {
  inst();
});
attempt('with arguments', function () {
  num(1, 2, 3);
});
var argEvaluated = false;
attempt('arguments are evaluated first', function () {
  num((argEvaluated = true));
});
console.log('argument evaluated:', argEvaluated);
attempt('bind on non-function', function () {
  Function.prototype.bind.call(num);
});
attempt('forEach with non-function', function () {
  [1].forEach(obj);
});
attempt('map with string callback', function () {
  [1].map('x');
});
attempt('sort with bad comparator', function () {
  [2, 1].sort(5);
});
attempt('callable things work', function () {
  (function () {})();
  (() => 1)();
  Math.max();
});
