// `this` at top level and in the different kinds of function call.
console.log('top-level this is globalThis:', this === globalThis);
var topVar = 'top';
console.log('top-level var via this:', this.topVar);

function sloppy() {
  return this;
}
console.log('plain sloppy call this is globalThis:', sloppy() === globalThis);

var obj = {
  name: 'obj',
  who() {
    return this.name;
  },
  nested: {
    name: 'nested',
    who() {
      return this.name;
    },
  },
};
console.log('method call:', obj.who());
console.log('nested method call:', obj.nested.who());
console.log('bracket call:', obj['who']());

var loose = obj.who;
globalThis.name = 'global name';
console.log('detached method uses global:', loose());

console.log('call:', obj.who.call({ name: 'via call' }));
console.log('apply:', obj.who.apply({ name: 'via apply' }, []));
var bound = obj.who.bind({ name: 'bound' });
console.log('bind:', bound(), 'bound on obj:', bound.call(obj));

function Ctor() {
  this.made = true;
}
var inst = new Ctor();
console.log('new binds fresh object:', inst.made, inst instanceof Ctor);

function primitiveThis() {
  return typeof this;
}
console.log('primitive this boxed in sloppy:', primitiveThis.call(5), primitiveThis.call('s'));
console.log('null this becomes global in sloppy:', sloppy.call(null) === globalThis, sloppy.call(undefined) === globalThis);

function strictThis() {
  'use strict';
  return this;
}
console.log('strict plain call:', strictThis());
console.log('strict call with primitive:', strictThis.call(5), typeof strictThis.call('s'));

var parenthesized = (obj.who)();
console.log('parenthesized member keeps this:', parenthesized);
var comma = (0, obj.who)();
console.log('comma expression loses this:', comma);

var arr = [function () { return this.length; }, 'x'];
console.log('element call this is the array:', arr[0]());
