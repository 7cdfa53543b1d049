// Inlined callees that store properties: a check may only come before the
// first store (a failed one makes the whole call again in the
// interpreter), so every store must happen exactly once whatever changes
// under the inlined body. Each change happens inside a loop that has run
// long enough to be in native code (OSR).

var N = 3000;

function Counter() {
  this.count = 0;
  this.hits = 0;
}
Counter.prototype.bump = function (k) {
  this.count = this.count + k;
};
Counter.prototype.hit = function () {
  this.hits++;
  return this.hits;
};

// --- int overflow in the body, before its store
function bumpMany(c, n, at, k) {
  for (var i = 0; i < n; i++) c.bump(i < at ? 1 : k);
  return c.count;
}
var c1 = new Counter();
console.log("ints", bumpMany(c1, N, N, 0));
console.log("then big", bumpMany(c1, N, 2000, 2147483647));
console.log("then strings", bumpMany(new Counter(), N, 2990, "s").length);

// --- a receiver of another shape: the check before the store fails
function hitAll(list, n, at, extra) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) list.push(extra);
    s += list[i % list.length].hit();
  }
  return s;
}
var counters = [new Counter(), new Counter()];
var other = new Counter();
other.tag = "other"; // another shape
console.log("hits", hitAll(counters, N, 2500, other));
console.log(
  "each",
  counters.map(function (c) {
    return c.hits;
  }),
  other.hits
);

// --- a store that adds a property (a shape transition), then a frozen
//     object and a prototype setter
function Bag() {}
Bag.prototype.fill = function (v) {
  this.item = v;
  return v;
};
function fillAll(n, at, make) {
  var s = 0;
  var last;
  for (var i = 0; i < n; i++) {
    last = i < at ? new Bag() : make();
    s += last.fill(i);
  }
  return s + ":" + last.item;
}
console.log("adds", fillAll(N, N, null));
console.log(
  "then frozen",
  fillAll(N, 2998, function () {
    return Object.freeze(new Bag());
  })
);
var setterCalls = 0;
console.log(
  "then a setter",
  fillAll(N, 2997, function () {
    var b = Object.create(
      Object.create(Bag.prototype, {
        item: {
          set: function (v) {
            setterCalls++;
          },
          get: function () {
            return "via getter";
          },
        },
      })
    );
    return b;
  }),
  setterCalls
);

// --- a store, then code that needs a check: not inlined, same results
function Pair(a, b) {
  this.a = a;
  this.b = b;
}
Pair.prototype.swapAndSum = function () {
  var t = this.a;
  this.a = this.b;
  this.b = t;
  return this.a.v + this.b.v;
};
function swapMany(p, n, at) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) p.a = { w: 1, v: 100 };
    s += p.swapAndSum();
  }
  return s + ":" + p.a.v + ":" + p.b.v;
}
console.log("swaps", swapMany(new Pair({ v: 1 }, { v: 2 }), N, 2500));

// --- nested: an inlined setter calls an inlined setter
Counter.prototype.bumpTwice = function (k) {
  this.bump(k);
  return this.count;
};
function twice(c, n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = c.bumpTwice(2);
  return s;
}
console.log("nested", twice(new Counter(), N));

// --- what the caller knew about the object before the call is re-read
function readAround(c, n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var before = c.count;
    c.bump(3);
    s += c.count - before;
  }
  return s;
}
console.log("re-read", readAround(new Counter(), N));

// --- a check on another object in the body, before the store
Counter.prototype.add = function (src) {
  this.count = this.count + src.k;
  return this.count;
};
function addFrom(c, n, at) {
  var a = { k: 1 };
  var b = { j: 0, k: 2 };
  var s = 0;
  for (var i = 0; i < n; i++) s += c.add(i < at ? a : b);
  return s + ":" + c.count;
}
console.log("other object", addFrom(new Counter(), N, 2500));

// --- a store, then an element read that can fail: the read must not
//     make the call again (the count would be bumped twice)
function Reader(arr) {
  this.arr = arr;
  this.reads = 0;
}
Reader.prototype.read = function (i) {
  this.reads++;
  return this.arr[i];
};
function readAll(r, n, len) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var v = r.read(i % len);
    s += v === undefined ? 1000 : v;
  }
  return s + ":" + r.reads;
}
var small = [1, 2, 3];
console.log("reads in bounds", readAll(new Reader(small), N, 3));
console.log("then out of bounds", readAll(new Reader(small), N, 5));
var holey = [1, , 3];
console.log("then a hole", readAll(new Reader(holey), N, 3));
