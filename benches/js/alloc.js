// alloc.js — allocation-heavy construction.
// Millions of short-lived objects made with `new` (constructor function and
// class) and `Object.create` (with and without a prototype). Only a small ring
// of RING objects is ever kept alive, so memory use should stay flat whatever
// ITERATIONS is.
var ITERATIONS = 1300000;
var RING = 16;

function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.len1 = function () {
  return (this.x < 0 ? -this.x : this.x) + (this.y < 0 ? -this.y : this.y);
};

class Node {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}

var protoObj = { scale: 3 };
var ring = [];
for (var r = 0; r < RING; r++) ring.push(null);

var seed = 12345; // Park-Miller LCG, exact in doubles
var checksum = 0;
for (var i = 0; i < ITERATIONS; i++) {
  seed = (seed * 16807) % 2147483647;
  var a = new Vec(seed & 1023, (seed >> 10) & 1023);
  var b = new Vec(i & 255, -(i & 127));
  var n = new Node(a.len1() + b.len1(), null);
  var c = Object.create(protoObj);
  c.v = n.value;
  var d = Object.create(null);
  d.k = c.v * c.scale;
  n.next = ring[i % RING];
  if (n.next !== null) n.next.next = null; // keep chains at length 2
  ring[i % RING] = n;
  checksum = (checksum + d.k + (n.next === null ? 0 : n.next.value)) % 1000000007;
}

console.log("alloc checksum " + checksum);
