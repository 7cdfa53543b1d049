// freeze, seal, preventExtensions and their query functions.
var f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 100;
f.c = 3;
delete f.a;
f.nested.b = 'changed';
console.log('frozen:', f, '| isFrozen:', Object.isFrozen(f));
console.log('nested not frozen:', Object.isFrozen(f.nested));

var s = Object.seal({ a: 1 });
s.a = 'writable';
s.b = 'not added';
delete s.a;
console.log('sealed:', s, '| isFrozen:', Object.isFrozen(s));
var sd = Object.getOwnPropertyDescriptor(s, 'a');
console.log('sealed descriptor:', sd.writable, sd.configurable);

var p = Object.preventExtensions({ a: 1 });
p.a = 2;
p.b = 3;
delete p.a;
console.log('non-extensible:', p, '| isFrozen (empty now):', Object.isFrozen(p));

// freeze returns the same object, works on arrays and functions.
var arr = [1, 2];
console.log('freeze returns arg:', Object.freeze(arr) === arr);
arr[0] = 9;
arr[5] = 9;
console.log('frozen array:', arr, arr.length);
function fn() {}
Object.freeze(fn);
fn.extra = 1;
console.log('frozen function extra:', fn.extra, Object.isFrozen(fn));

// Primitives.
console.log('freeze primitive:', Object.freeze(5), Object.isFrozen('str'), Object.isFrozen(1));

// Empty non-extensible objects are frozen.
console.log('empty non-extensible is frozen:', Object.isFrozen(Object.preventExtensions({})));
console.log('{} is not frozen:', Object.isFrozen({}));

// Frozen prototype: instances cannot assign inherited names (sloppy: ignored).
var proto = Object.freeze({ shared: 'base' });
var inst = Object.create(proto);
inst.shared = 'mine';
inst.other = 'ok';
console.log('inherit from frozen:', inst.shared, inst.other, Object.keys(inst));

// Frozen instance still delegates to a mutable prototype.
function Pt() {
  this.x = 1;
  Object.freeze(this);
}
var pt = new Pt();
Pt.prototype.later = 'added later';
console.log('frozen instance sees prototype additions:', pt.later);
pt.y = 2;
console.log('but gets no own additions:', pt.y);

// Strict mode throws.
(function () {
  'use strict';
  try {
    f.a = 2;
  } catch (e) {
    console.log('strict frozen write:', e.message);
  }
  try {
    s.b = 1;
  } catch (e) {
    console.log('strict sealed add:', e.message);
  }
  try {
    delete s.a;
  } catch (e) {
    console.log('strict sealed delete:', e.message);
  }
})();
