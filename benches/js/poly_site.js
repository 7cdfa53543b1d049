// poly_site.js — one property read site seeing 4 shapes.
// Four constructors produce objects with different property sets and orders;
// all of them have `a` and `b`, at different slots. They are interleaved in
// one array and read through the single function `readAB`, so the reads of
// o.a and o.b in it are 4-way polymorphic.
var ITERATIONS = 15000;

function S1(a, b) { this.a = a; this.b = b; }
function S2(a, b) { this.b = b; this.a = a; }
function S3(a, b) { this.c = 0; this.a = a; this.d = 1; this.b = b; }
function S4(a, b) { this.z = 5; this.y = 4; this.b = b; this.x = 3; this.a = a; }

var N = 1000;
var objs = [];
for (var i = 0; i < N; i++) {
  var k = i & 3;
  var o;
  if (k === 0) o = new S1(i, 1);
  else if (k === 1) o = new S2(i, 2);
  else if (k === 2) o = new S3(i, 3);
  else o = new S4(i, 4);
  objs.push(o);
}

function readAB(o) {
  return o.a * o.b;
}

var checksum = 0;
for (var it = 0; it < ITERATIONS; it++) {
  var acc = 0;
  for (var j = 0; j < N; j++) {
    acc += readAB(objs[j]);
  }
  checksum = (checksum * 17 + acc + it) % 1000000007;
}

console.log("poly_site checksum " + checksum);
