// mono_prop.js — monomorphic property reads.
// Every object is built by the one constructor Point, so each read site
// (p.x, p.y, p.z, p.w) always sees the same shape. The hot loop does
// nothing but read those properties and do cheap integer arithmetic.
var ITERATIONS = 7500;

function Point(x, y, z, w) {
  this.x = x;
  this.y = y;
  this.z = z;
  this.w = w;
}

var N = 1000;
var points = [];
for (var i = 0; i < N; i++) {
  points.push(new Point(i, i * 2 + 1, i % 7, (i * 13) % 101));
}

function sumPoint(p) {
  return p.x + p.y - p.z + p.w;
}

var checksum = 0;
for (var it = 0; it < ITERATIONS; it++) {
  var acc = 0;
  for (var j = 0; j < N; j++) {
    var p = points[j];
    acc += sumPoint(p);
    acc += p.x * p.z - p.y;
    if (p.w > p.z) acc += p.w;
  }
  checksum = (checksum * 31 + acc + it) % 1000000007;
}

console.log("mono_prop checksum " + checksum);
