// Reassigning F.prototype affects only objects created afterwards;
// old instances keep the prototype they were born with.
function Widget() {}
Widget.prototype.version = 1;
Widget.prototype.label = function () {
  return 'widget v' + this.version;
};

var oldW = new Widget();

var replacement = {
  version: 2,
  label: function () {
    return 'new widget v' + this.version;
  }
};
Widget.prototype = replacement;

var newW = new Widget();

console.log('oldW.label():', oldW.label());
console.log('newW.label():', newW.label());
console.log('proto of oldW is the replacement:', Object.getPrototypeOf(oldW) === Widget.prototype);
console.log('proto of newW is the replacement:', Object.getPrototypeOf(newW) === replacement);
console.log('oldW instanceof Widget:', oldW instanceof Widget);
console.log('newW instanceof Widget:', newW instanceof Widget);
console.log('oldW.constructor === Widget:', oldW.constructor === Widget);
console.log('newW.constructor === Widget:', newW.constructor === Widget);
console.log('newW.constructor === Object:', newW.constructor === Object);

// Changes to the replacement reach only new-style instances.
replacement.extra = 'only new';
console.log('oldW.extra:', oldW.extra, '| newW.extra:', newW.extra);

// The old prototype object is still reachable through old instances.
var oldProto = Object.getPrototypeOf(oldW);
oldProto.extra = 'only old';
console.log('after patching old proto:', oldW.extra, '|', newW.extra);
console.log('old proto constructor still Widget:', oldProto.constructor === Widget);

// Using an instance as the new prototype builds a longer chain.
function Gadget() {}
var g0 = new Gadget();
Gadget.prototype = oldW;
var g1 = new Gadget();
console.log('g1.label():', g1.label());
console.log('g1 instanceof Widget (via oldW? no):', g1 instanceof Widget);
console.log('g1 instanceof Gadget:', g1 instanceof Gadget, '| g0 instanceof Gadget:', g0 instanceof Gadget);
