// Class constructors cannot be called without `new`. The program ends with
// the uncaught TypeError.
class Widget {
  constructor(name) {
    this.name = name;
  }
}
console.log('with new:', new Widget('ok').name);

try {
  Widget('no new');
} catch (e) {
  console.log('plain call:', e instanceof TypeError, e.message);
}
try {
  Widget.call({}, 'x');
} catch (e) {
  console.log('call():', e.message);
}
try {
  Widget.apply(null, []);
} catch (e) {
  console.log('apply():', e.message);
}

var Anonymous = class {};
try {
  Anonymous();
} catch (e) {
  console.log('anonymous-expression class:', e.message);
}
try {
  (class {})();
} catch (e) {
  console.log('truly anonymous:', e.message);
}

class Sub extends Widget {}
try {
  Sub();
} catch (e) {
  console.log('subclass:', e.message);
}

// A bound class can be used with new but not called.
var BoundWidget = Widget.bind(null, 'bound-name');
console.log('new on bound class:', new BoundWidget().name);
try {
  BoundWidget();
} catch (e) {
  console.log('calling bound class:', e.message);
}

// Old-style constructors can be called either way.
function Legacy() {
  return 'legacy called';
}
console.log(Legacy());

console.log('next: Widget() uncaught');
Widget();
console.log('not reached');
