// What compiled code remembers about a value's kind: once a value passed a
// check that it is an object (or a string, a number), that stays true after
// calls and stores, even when the object's shape does not (a call may add
// properties). Inlined callees start knowing the kinds of their `this` and
// arguments. Each case also runs with a value of another kind or shape
// afterwards, which must still take the right path.
function Box(v) {
  this.v = v;
}
Box.prototype.get = function () {
  return this.v;
};
Box.prototype.grow = function (k) {
  this["extra" + k] = k;
};

function Pair(a, b) {
  this.a = a;
  this.b = b;
}
Pair.prototype.get = function () {
  return this.a + this.b;
};

// `o.v` before and after a call that changes o's shape.
function beforeAndAfter(o, k) {
  var x = o.v;
  o.grow(k);
  return x + o.v + o["extra" + k];
}

// A polymorphic receiver: its kind is known after the first access, its
// shape is not.
function poly(o) {
  var s = o.get();
  helper(o);
  return s + o.get();
}
function helper(o) {
  o.touched = (o.touched || 0) + 1;
}

// A string argument passed into an inlined callee that calls out.
function lengthTwice(s) {
  return measure(s) + measure(s);
}
function measure(s) {
  var n = s.length;
  var t = String(n);
  return n + t.length + s.charCodeAt(0);
}

// A sloppy method whose `this` is an object known by type (a `new` result).
function Counter() {
  this.n = 0;
}
Counter.prototype.bump = function () {
  this.n = this.n + 1;
  return this;
};
function counting(k) {
  var c = new Counter();
  for (var i = 0; i < k; i++) c.bump().bump();
  return c.n;
}

var total = 0;
for (var i = 0; i < 3000; i++) {
  total += beforeAndAfter(new Box(i), i % 7);
  total += poly(i % 2 ? new Box(i) : new Pair(i, 1));
  total += lengthTwice(i % 3 ? "abc" : "hello world");
  total += counting(i % 5);
}
console.log(total);

// Other kinds at the same sites after compiling.
console.log(poly({ get: function () { return "g"; } }));
console.log(lengthTwice("z"));
try {
  lengthTwice(12);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  beforeAndAfter(null, 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
var plain = { v: 5, grow: function (k) { delete this.v; this.v = "s" + k; } };
console.log(beforeAndAfter(plain, 3));

// A sloppy function's `this` is always an object: a primitive receiver
// is wrapped, undefined becomes the global object.
String.prototype.twice = function () {
  var n = 0;
  for (var i = 0; i < 3; i++) n += this.length + (typeof this === "object" ? 1 : 0);
  return n;
};
Number.prototype.plus = function (k) {
  return this + k + (this instanceof Number ? 100 : 0);
};
function who() {
  return this === globalThis ? "global" : typeof this;
}
var acc = 0;
var kinds = "";
for (var j = 0; j < 2000; j++) {
  acc += "abcd".twice() + (j % 5).plus(1);
  if (j % 999 === 0) kinds += who() + ",";
}
console.log(acc, kinds, who.call(7), who.call("s"), who.call(null));
