// Facts at loop headers: what holds on entry to a loop (shapes, valid
// prototype cells, the global object's shape) is assumed at its header
// when it still holds at the end of every back edge; a loop body that
// changes it must not see a stale guard.
function Scanner(text) {
  this.text = text;
  this.pos = 0;
}
Scanner.prototype.isDigit = function (c) { return c >= 48 && c <= 57; };
Scanner.prototype.skipDigits = function () {
  var s = this.text, n = s.length;
  while (this.pos < n && this.isDigit(s.charCodeAt(this.pos))) this.pos++;
  return this.pos;
};
var total = 0;
for (var i = 0; i < 3000; i++) {
  var sc = new Scanner("123456789x" + i);
  total += sc.skipDigits();
}
console.log("digits", total);

// The receiver's shape changes inside the loop.
function grow(o, n) {
  var sum = 0;
  for (var i = 0; i < n; i++) {
    sum += o.a;
    if (i === 5) o["extra" + (n % 3)] = i;
    sum += o.a;
  }
  return sum;
}
var g = 0;
for (var i = 0; i < 2000; i++) g += grow({ a: i % 7 }, 10);
console.log("grow", g);

// The prototype's method is replaced by a call inside the loop.
function Counter() { this.n = 0; }
Counter.prototype.step = function () { return 1; };
function swap() { Counter.prototype.step = function () { return 100; }; }
function restore() { Counter.prototype.step = function () { return 1; }; }
function run(c, k, at) {
  var t = 0;
  for (var i = 0; i < k; i++) {
    t += c.step();
    if (i === at) swap();
  }
  restore();
  return t;
}
var r = 0;
for (var i = 0; i < 2000; i++) r += run(new Counter(), 8, i % 10);
console.log("proto", r);

// A global changes inside a nested loop.
var scale = 1;
function nest(n) {
  var t = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      t += scale;
      if (i === 2 && j === 1) scale = 3;
    }
  }
  scale = 1;
  return t;
}
var ns = 0;
for (var i = 0; i < 1500; i++) ns += nest(4);
console.log("nest", ns);

// A long loop in a function that became hot while one activation runs.
function long(n, inner) {
  var t = 0;
  for (var i = 0; i < n; i++) {
    var p = { v: i };
    t += p.v % 5 + inner(i);
  }
  return t;
}
var calls = 0;
function inner(i) {
  if (calls < 1200 && i === 10) { calls++; return long(3, function () { return 1; }); }
  return 0;
}
console.log("long", long(2500, inner), long(3000, function (i) { return i & 1; }));

// Stores into a prototype, deletes and a prototype change inside the loop.
(function () {
function C() { this.n = 0; }
C.prototype.m = function () { return 1; };
var P = C.prototype;
function run(c, k, at) {
  var t = 0;
  for (var i = 0; i < k; i++) {
    t += c.m();
    if (i === at) P.m = function () { return 50; };
  }
  P.m = function () { return 1; };
  return t;
}
var r = 0;
for (var i = 0; i < 3000; i++) r += run(new C(), 8, i % 10);
function run2(o, k) {
  var t = 0;
  for (var i = 0; i < k; i++) {
    t += o.x === undefined ? 100 : o.x;
    if (i === 3) delete o.x;
    if (i === 5) o.x = 7;
  }
  return t;
}
for (var i = 0; i < 3000; i++) r += run2({ x: 2, y: 1 }, 8);
function run3(o, k) {
  var t = 0;
  for (var i = 0; i < k; i++) {
    t += o.x;
    if (i === 3) Object.setPrototypeOf(o, { z: 1 });
    t += o.z === undefined ? 0 : o.z;
  }
  return t;
}
for (var i = 0; i < 3000; i++) r += run3({ x: 2 }, 8);
console.log(r);
})();
