// Inlined bodies that make calls they do not inline (recursive, megamorphic
// or too big): while such a call runs, the inlined frames must exist for
// the callee (stack traces, call depth), an exception must unwind through
// them to the right handler, and whatever the callee changed must be seen
// by the rest of the inlined body.

// Recursion through an inlined method: `size` is inlined into `total`, and
// its recursive calls are ordinary ones.
class Leaf {
  constructor(v) {
    this.v = v;
  }
  size() {
    return 1;
  }
}
class Pair {
  constructor(l, r) {
    this.l = l;
    this.r = r;
    this.visits = 0;
  }
  size() {
    this.visits++;
    return this.l.size() + this.r.size() + 1;
  }
}
function total(t) {
  return t.size() * 2;
}
var tree = new Pair(new Pair(new Leaf(1), new Leaf(2)), new Pair(new Leaf(3), new Pair(new Leaf(4), new Leaf(5))));
var s = 0;
for (var i = 0; i < 3000; i++) s += total(tree);
console.log("recursion", s, tree.visits, tree.l.visits);

// The callee changes the receiver's shape and a prototype: the inlined
// body's later reads must see it.
function Counter() {
  this.n = 0;
}
Counter.prototype.base = 10;
Counter.prototype.bump = function (hook) {
  this.n++;
  hook(this);
  return this.n + this.base;
};
function useBump(c, hook) {
  return c.bump(hook) + 1;
}
var c = new Counter();
var t = 0;
function quiet(o) {}
for (var j = 0; j < 3000; j++) t += useBump(c, quiet);
console.log("warm", t, c.n);
console.log(
  "reshape",
  useBump(c, function (o) {
    o.extra = 1;
    o.n = 100;
  }),
  c.n
);
console.log(
  "proto",
  useBump(c, function () {
    Counter.prototype.base = 1000;
  }),
  c.n
);
console.log(
  "own base",
  useBump(c, function (o) {
    o.base = 5;
  }),
  c.n
);

// Exceptions from the call out: caught by the caller's handler, caught
// further up, and uncaught.
function Acc() {
  this.calls = 0;
}
Acc.prototype.run = function (f, x) {
  this.calls++;
  return f(x) + this.calls;
};
function guarded(a, f, x) {
  try {
    return a.run(f, x);
  } catch (e) {
    return "caught " + e.message + " after " + a.calls;
  }
}
function unguarded(a, f, x) {
  var y = a.run(f, x);
  return y * 2;
}
function inc(x) {
  return x + 1;
}
function boom(x) {
  throw new Error("boom " + x);
}
var a = new Acc();
var g = 0;
for (var k = 0; k < 3000; k++) g += guarded(a, inc, k & 7) + unguarded(a, inc, k & 3);
console.log("warm2", g, a.calls);
console.log(guarded(a, boom, 1));
try {
  unguarded(a, boom, 2);
} catch (e) {
  console.log("outer caught", e.message, a.calls);
}
console.log(guarded(a, null, 3));

// The stack a callee sees includes the inlined frames.
function depthOf() {
  var lines = new Error("x").stack.split("\n");
  var names = [];
  for (var i = 1; i < lines.length && names.length < 3; i++) {
    names.push(lines[i].trim().split(" ")[1].replace("Object.", ""));
  }
  return names.join(",");
}
var probe = {
  count: 0,
  look: function (f) {
    this.count++;
    return f();
  },
};
function viaProbe(f) {
  return probe.look(f);
}
var seen = "";
var several = [
  function () {
    return 1;
  },
  function () {
    return 2;
  },
  function () {
    return 3;
  },
];
for (var m = 0; m < 3000; m++) seen = viaProbe(several[m % 3]);
for (var m2 = 0; m2 < 3; m2++) seen = viaProbe(depthOf);
console.log("stack", seen, probe.count);

// Deep recursion through inlined frames still ends in a RangeError.
var deep = {
  down: function (n) {
    this.level = n;
    return n === 0 ? 0 : 1 + recurse(n - 1);
  },
  level: 0,
};
function recurse(n) {
  return deep.down(n);
}
for (var w = 0; w < 200; w++) recurse(20);
try {
  recurse(1e6);
  console.log("no overflow");
} catch (e) {
  console.log("overflow", e instanceof RangeError, e.message);
}
console.log("after overflow", recurse(30));

// A megamorphic call out, then a check that fails after it.
function Shape(k) {
  this.k = k;
  this.hits = 0;
}
Shape.prototype.visit = function (fn, o) {
  this.hits++;
  var r = fn(o);
  return r + o.w;
};
var fns = [
  function (o) {
    return o.w;
  },
  function (o) {
    return o.w * 2;
  },
  function (o) {
    return o.w * 3;
  },
  function (o) {
    return o.w * 4;
  },
  function (o) {
    return o.w * 5;
  },
];
function visitAll(sh, o) {
  var t = 0;
  for (var i = 0; i < fns.length; i++) t += sh.visit(fns[i], o);
  return t;
}
var sh = new Shape(1);
var vt = 0;
for (var v = 0; v < 1000; v++) vt += visitAll(sh, { w: v & 7 });
console.log("mega", vt, sh.hits);
console.log("mega shape", visitAll(sh, { z: 0, w: 2 }), sh.hits);
console.log(
  "mega getter",
  visitAll(sh, {
    get w() {
      return sh.hits;
    },
  }),
  sh.hits
);
