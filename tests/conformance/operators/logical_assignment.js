// &&= ||= ??= assign only when needed and short-circuit the right side.
var calls = 0;
function value(v) {
  calls++;
  return v;
}

var a = 1;
a &&= value('and-assigned');
console.log('truthy &&= :', a, 'calls:', calls);
var b = 0;
b &&= value('never');
console.log('falsy &&= :', b, 'calls:', calls);

var c = 0;
c ||= value('or-assigned');
console.log('falsy ||= :', c, 'calls:', calls);
var d = 'kept';
d ||= value('never');
console.log('truthy ||= :', d, 'calls:', calls);

var e = null;
e ??= value('nullish-assigned');
console.log('null ??= :', e, 'calls:', calls);
var f;
f ??= 'from undefined';
console.log('undefined ??= :', f);
var g = 0;
g ??= value('never');
console.log('0 ??= :', g, 'calls:', calls);
var h = '';
h ??= 'never';
h ||= 'empty replaced';
console.log("'' ??= then ||= :", h);

var opts = { retries: 0, name: null, verbose: false };
opts.retries ??= 3;
opts.name ??= 'default-name';
opts.verbose ||= true;
opts.timeout ??= 1000;
console.log('options:', opts);

var setterCalls = 0;
var obj = {
  _x: 'present',
  get x() {
    return this._x;
  },
  set x(v) {
    setterCalls++;
    this._x = v;
  },
};
obj.x ??= 'not used';
obj.x ||= 'not used';
console.log('setter not called when short-circuited:', setterCalls, obj.x);
obj.x &&= 'replaced';
console.log('setter called for &&= :', setterCalls, obj.x);

var frozen = Object.freeze({ v: 1 });
frozen.v ||= 2;
console.log('no write attempted on frozen when truthy:', frozen.v);

var arr = [null, 0, 'x'];
arr[0] ??= 'filled';
arr[1] ||= 'filled';
arr[2] &&= 'replaced';
console.log('on elements:', arr);
console.log('expression value:', (e ??= 'ignored'), (b ||= 'now set'));
