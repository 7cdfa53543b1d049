// proto_chain.js — method lookup two levels up a 3-level prototype chain.
// Leaf instances inherit `step` from Base.prototype via
// Leaf.prototype -> Middle.prototype -> Base.prototype (constructor functions
// with Object.create-style inheritance). The hot loop calls obj.step(k), so
// every call must find the method two prototypes away from the receiver.
var ITERATIONS = 11000000;

function Base(seed) {
  this.value = seed;
}
Base.prototype.step = function (k) {
  this.value = (this.value * 3 + k) % 65521;
  return this.value;
};

function Middle(seed) {
  Base.call(this, seed);
  this.kind = 1;
}
Middle.prototype = Object.create(Base.prototype);
Middle.prototype.constructor = Middle;
Middle.prototype.middleOnly = function () { return this.kind; };

function Leaf(seed) {
  Middle.call(this, seed);
  this.extra = seed & 7;
}
Leaf.prototype = Object.create(Middle.prototype);
Leaf.prototype.constructor = Leaf;
Leaf.prototype.leafOnly = function () { return this.extra; };

var objs = [new Leaf(1), new Leaf(2), new Leaf(3), new Leaf(4)];

var checksum = 0;
for (var i = 0; i < ITERATIONS; i++) {
  var o = objs[i & 3];
  checksum = (checksum + o.step(i & 255)) % 1000000007;
}
for (var j = 0; j < objs.length; j++) {
  checksum += objs[j].value + objs[j].middleOnly() + objs[j].leafOnly();
}

console.log("proto_chain checksum " + checksum);
