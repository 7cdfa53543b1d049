// Class methods, getters and statics are non-enumerable; fields are enumerable.
class Gadget {
  static version = 2;
  power = 'on';
  constructor() {
    this.serial = 'X1';
  }
  toggle() {}
  get status() {
    return this.power;
  }
  static make() {
    return new Gadget();
  }
}

var g = new Gadget();
var inLoop = [];
for (var k in g) inLoop.push(k);
console.log('for-in instance:', inLoop);
console.log('Object.keys(prototype):', Object.keys(Gadget.prototype));
console.log('getOwnPropertyNames(prototype):', Object.getOwnPropertyNames(Gadget.prototype));
console.log('Object.keys(class):', Object.keys(Gadget));
console.log('getOwnPropertyNames(class):', Object.getOwnPropertyNames(Gadget));

var md = Object.getOwnPropertyDescriptor(Gadget.prototype, 'toggle');
console.log('method descriptor: writable', md.writable, 'enumerable', md.enumerable, 'configurable', md.configurable);
var sd = Object.getOwnPropertyDescriptor(Gadget, 'make');
console.log('static descriptor: writable', sd.writable, 'enumerable', sd.enumerable, 'configurable', sd.configurable);
var pd = Object.getOwnPropertyDescriptor(Gadget, 'prototype');
console.log('prototype descriptor: writable', pd.writable, 'enumerable', pd.enumerable, 'configurable', pd.configurable);
var cd = Object.getOwnPropertyDescriptor(Gadget.prototype, 'constructor');
console.log('constructor descriptor: writable', cd.writable, 'enumerable', cd.enumerable, 'configurable', cd.configurable);
console.log('propertyIsEnumerable toggle:', Gadget.prototype.propertyIsEnumerable('toggle'));

// Compare with constructor-function style, where methods are enumerable.
function OldGadget() {}
OldGadget.prototype.toggle = function () {};
var og = new OldGadget();
var oldLoop = [];
for (var k2 in og) oldLoop.push(k2);
console.log('old style for-in:', oldLoop);

// Class prototype cannot be replaced (non-writable); sloppy assignment is ignored.
var original = Gadget.prototype;
Gadget.prototype = {};
console.log('prototype unchanged:', Gadget.prototype === original);

// Methods can be overwritten, though (writable).
Gadget.prototype.toggle = function () {
  return 'patched';
};
console.log('patched method:', g.toggle());
console.log(g);
