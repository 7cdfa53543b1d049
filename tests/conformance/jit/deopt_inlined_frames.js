// Checks that fail inside inlined calls after the callee has stored: the
// call cannot be made again, so the interpreter must go on from the failed
// check with the frames of every inlined call rebuilt (their arguments,
// `this` and live values), and each caller must go on after its call with
// the result. Every store must happen exactly once.

// Two levels: `hold` stores, then calls `mark`, which stores and reads.
function Tcb(id) {
  this.id = id;
  this.state = 0;
  this.count = 0;
}
Tcb.prototype.mark = function (bit) {
  this.state = this.state | bit;
  return this.id;
};
function Sched() {
  this.holds = 0;
  this.cur = null;
  this.log = 0;
}
Sched.prototype.hold = function (bit) {
  this.holds++;
  var before = this.log;
  var id = this.cur.mark(bit);
  return before + id * 10 + this.holds;
};
function runHold(s, bit) {
  var x = bit * 1000;
  return s.hold(bit) + x;
}
var s = new Sched();
var t = new Tcb(3);
s.cur = t;
var sum = 0;
for (var i = 0; i < 3000; i++) sum += runHold(s, i & 7);
console.log("warm", sum, s.holds, t.state);
// A receiver of another shape reaches `mark` after `hold` stored.
var t2 = new Tcb(5);
t2.extra = 1;
s.cur = t2;
console.log("shape", runHold(s, 2), s.holds, t2.state);
s.cur = t;
console.log("back", runHold(s, 1), s.holds, t.state);
// `id` becomes a getter: the check in `mark` fails after its store.
var t3 = new Tcb(7);
Object.defineProperty(t3, "id", {
  get: function () {
    s.log++;
    return 70;
  },
});
s.cur = t3;
console.log("getter", runHold(s, 4), s.holds, t3.state, s.log);
for (var i2 = 0; i2 < 3000; i2++) sum += runHold(s, i2 & 3);
console.log("getter warm", sum, s.holds, t3.state, s.log);

// Three levels, values live in every frame across the calls, and
// arguments read after the resume.
function Box(v) {
  this.v = v;
  this.n = 0;
}
Box.prototype.inner = function (o, k) {
  this.n = this.n + 1;
  return o.v * k + this.n;
};
Box.prototype.middle = function (o, k) {
  this.n = this.n + 2;
  var a = k + 1;
  var r = this.inner(o, a);
  return r + a + this.n;
};
Box.prototype.outer = function (o, k) {
  this.n = this.n + 4;
  var b = k * 2;
  var r = this.middle(o, b);
  return r * 3 + b + this.n;
};
function drive(box, o, k) {
  var pre = k + 100;
  var r = box.outer(o, k);
  return r + pre;
}
var box = new Box(1);
var acc = 0;
for (var j = 0; j < 3000; j++) acc = (acc + drive(box, box, j & 15)) % 1000003;
console.log("deep warm", acc, box.n);
var other = { w: 1, v: 9 };
console.log("deep shape", drive(box, other, 3), box.n);
var dbl = new Box(0.5);
console.log("deep double", drive(box, dbl, 5), box.n);
console.log("deep string", drive(box, { v: "x" }, 2), box.n);

// An exception after the resume: the inlined frames are rebuilt, so the
// error unwinds through them to the caller's handler.
function Acc() {
  this.total = 0;
}
Acc.prototype.add = function (o) {
  this.total = this.total + 1;
  return o.value.amount;
};
function safeAdd(a, o) {
  try {
    return a.add(o);
  } catch (e) {
    return e instanceof TypeError ? -1 : -2;
  }
}
var a = new Acc();
var r = 0;
for (var k = 0; k < 3000; k++) r += safeAdd(a, { value: { amount: k & 3 } });
console.log("try warm", r, a.total);
console.log("try throw", safeAdd(a, { value: null }), a.total);
console.log("try other", safeAdd(a, { other: 1, value: { amount: 9 } }), a.total);
function unsafeAdd(a, o) {
  return a.add(o) + 1;
}
for (var k2 = 0; k2 < 3000; k2++) unsafeAdd(a, { value: { amount: 1 } });
try {
  unsafeAdd(a, { value: undefined });
} catch (e) {
  console.log("uncaught in callee", e.constructor.name, a.total);
}

// A default parameter read after the check that fails.
function Cnt() {
  this.c = 0;
}
Cnt.prototype.step = function (o, d = o.dflt) {
  this.c++;
  return o.x + d;
};
var cnt = new Cnt();
var q = 0;
for (var m = 0; m < 3000; m++) q += cnt.step({ x: m & 3, dflt: 1 });
console.log("default warm", q, cnt.c);
console.log("default shape", cnt.step({ y: 0, x: 4, dflt: 2 }), cnt.c);
console.log("default passed", cnt.step({ y: 0, x: 4, dflt: 2 }, 10), cnt.c);

// Virtual calls over two classes, each body storing before it checks.
class Shape {
  constructor() {
    this.hits = 0;
  }
}
class Sq extends Shape {
  constructor(s) {
    super();
    this.s = s;
  }
  area(scale) {
    this.hits++;
    return this.s * this.s * scale.f;
  }
}
class Circ extends Shape {
  constructor(r) {
    super();
    this.r = r;
  }
  area(scale) {
    this.hits++;
    return 3 * this.r * this.r * scale.f;
  }
}
function total(list, scale) {
  var t = 0;
  for (var i = 0; i < list.length; i++) t += list[i].area(scale);
  return t;
}
var shapes = [new Sq(2), new Circ(1), new Sq(3), new Circ(2)];
var tt = 0;
for (var n = 0; n < 1500; n++) tt += total(shapes, { f: 1 });
console.log("poly warm", tt, shapes[0].hits, shapes[1].hits);
console.log("poly shape", total(shapes, { g: 0, f: 2 }), shapes[0].hits, shapes[3].hits);
console.log("poly string", total(shapes, { f: "2" }), shapes[2].hits);

// A push in an inlined body, then checks that fail after it.
function Bag() {
  this.items = [];
}
Bag.prototype.add = function (x, o) {
  this.items.push(x);
  return o.k + this.items.length;
};
function addTo(b, x, o) {
  return b.add(x, o) * 2;
}
var bag = new Bag();
var bs = 0;
for (var i3 = 0; i3 < 3000; i3++) {
  if (bag.items.length > 100) bag.items = [];
  bs += addTo(bag, i3, { k: 1 });
}
console.log("push warm", bs, bag.items.length);
console.log("push shape", addTo(bag, 5, { j: 0, k: 2 }), bag.items.length);
console.log("push string", addTo(bag, 6, { k: "s" }), bag.items.length);
bag.items = Object.freeze([1]);
try {
  addTo(bag, 7, { k: 1 });
} catch (e) {
  console.log("push frozen", e.constructor.name, bag.items.length);
}

// A store into an object an inlined body built, inside a callee inlined
// after the body stored: a check failing later in the callee must not
// make the store twice.
function P2() {
  this.a = 0;
}
function m2(p, q) {
  p.a = p.a + 1;
  return q.x;
}
var glob2 = { count: 0 };
function h2(g, q) {
  g.count = 1;
  var p = new P2();
  m2(p, q);
  return p;
}
function run2(q) {
  var p = h2(glob2, q);
  return p.a;
}
var A2 = { x: 1 };
var B2 = { y: 2, x: 3 };
var bad2 = 0;
for (var i4 = 0; i4 < 20000; i4++) {
  if (run2(A2) !== 1) bad2++;
  m2({ z: 0, a: 0 }, A2);
}
console.log("fresh", run2(B2), "bad", bad2);

// Running out of call depth while frames are rebuilt: the RangeError is
// thrown at a call, inside the `try` around it.
var od = { c: 0 };
function R2(o, n) {
  try {
    return helper2(o, n);
  } catch (e) {
    return n;
  }
}
function helper2(o, n) {
  o.c = n;
  return n === 0 ? 0 : R2(o, n - 1);
}
for (var i5 = 0; i5 < 3000; i5++) R2(od, 5);
var caughtAt = R2(od, 100000);
console.log("depth caught near the limit", caughtAt === od.c || caughtAt === od.c - 1);
