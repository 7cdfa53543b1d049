// Calls the JIT inlines (small loop-free callees that saw one closure),
// and everything that must make an inlined body give way to a real call:
// a different callee, a shape, type or prototype change inside the body,
// and operands whose conversion has side effects (which must run once).
// Each change happens inside a loop that has run long enough to be in
// native code (OSR), so the inlined body is what meets it.

var N = 3000;

// --- a method inlined, then replaced on the prototype
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () {
  return this.x + this.y;
};
function sumAll(points, n, at, change) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) change();
    s += points[i % points.length].sum();
  }
  return s;
}
var pts = [new Point(1, 2), new Point(3, 4), new Point(5, 6)];
console.log("sum", sumAll(pts, N, -1, null));
console.log(
  "sum then product",
  sumAll(pts, N, 2000, function () {
    Point.prototype.sum = function () {
      return this.x * this.y;
    };
  })
);

// --- a shape the inlined body did not see
var odd = new Point(7, 8);
odd.z = 1; // another shape
console.log(
  "mixed",
  sumAll(pts, N, 2500, function () {
    pts.push(odd);
  })
);
console.log(
  "from Object.prototype",
  sumAll(pts, N, 2000, function () {
    delete Point.prototype.sum;
    Object.prototype.sum = function () {
      return 1;
    };
  })
);
delete Object.prototype.sum;

// --- int speculation in the body, then doubles and strings
function add(a, b) {
  return a + b;
}
function useAdd(n, v, at, w) {
  var s = 0;
  for (var i = 0; i < n; i++) s = add(s, i < at ? v : w);
  return s;
}
console.log("ints", useAdd(N, 3, N, 0));
console.log("then doubles", useAdd(N, 3, 2000, 0.5));
console.log("then strings", useAdd(N, 3, 2990, "x"));
console.log("then overflow", useAdd(N, 3, 2000, 1e9));

// --- side effects of a conversion happen exactly once
var conversions = 0;
var weird = {
  valueOf: function () {
    conversions++;
    return 5;
  },
};
function less(a, b) {
  return a < b;
}
function countLess(n, v, at, w) {
  var c = 0;
  for (var i = 0; i < n; i++) if (less(i, i < at ? v : w)) c++;
  return c;
}
console.log("less ints", countLess(N, 100, N, 0));
console.log("then an object", countLess(N, 2995, 2990, weird), "conversions", conversions);

// --- nested: three levels of super methods
class A {
  constructor(v) {
    this.v = v;
  }
  f(k) {
    return this.v + k;
  }
}
class B extends A {
  f(k) {
    return super.f(k) * 2;
  }
}
class C extends B {
  f(k) {
    return super.f(k + 1) - 1;
  }
}
function runF(o, n, at, change) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) change();
    s = (s + o.f(i & 7)) | 0;
  }
  return s;
}
var c = new C(3);
console.log("nested", runF(c, N, -1, null));
console.log(
  "base replaced",
  runF(c, N, 2000, function () {
    A.prototype.f = function (k) {
      return -k;
    };
  })
);
console.log(
  "middle replaced",
  runF(c, N, 2000, function () {
    B.prototype.f = function (k) {
      return k;
    };
  })
);
console.log(
  "instance shadows",
  runF(c, N, 2000, function () {
    c.f = function () {
      return 1000;
    };
  })
);

// --- sloppy `this`: objects, and primitives boxed by a real call
String.prototype.kind = function () {
  return typeof this;
};
Number.prototype.kind = function () {
  return typeof this;
};
function kinds(vals, n) {
  var out = "";
  for (var i = 0; i < n; i++) out += vals[i % vals.length].kind()[0];
  return out.length + out.slice(-4);
}
console.log("string receiver", kinds(["a", "b"], N));
console.log("number receiver", kinds([1, 2], N));
var strictKind = function () {
  "use strict";
  return typeof this;
};
String.prototype.kind = strictKind;
console.log("strict string receiver", kinds(["a"], N));
function Thing() {}
Thing.prototype.kind = function () {
  return typeof this;
};
var things = [];
for (var i = 0; i < 3; i++) things.push(new Thing());
console.log("object receiver", kinds(things, N));

// --- closures and globals the body reads
function makeGetter() {
  var hidden = 10;
  return {
    get: function () {
      return hidden;
    },
    set: function (v) {
      hidden = v;
    },
  };
}
var g = makeGetter();
function readMany(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += g.get();
    if (i === n - 10) g.set(1);
  }
  return s;
}
console.log("closure", readMany(N));
var scale = 2;
function scaled(x) {
  return x * scale;
}
function sumScaled(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += scaled(i);
    if (i === 2000) scale = 0.5;
  }
  return s;
}
console.log("global", sumScaled(N));

// --- missing and extra arguments, new.target, the callee itself
function three(a, b, c) {
  return [a, b, c, new.target === undefined].join(",");
}
function callThree(n) {
  var r = "";
  for (var i = 0; i < n; i++) r = three(i) + "|" + three(1, 2, 3, 4);
  return r;
}
console.log("arity", callThree(N));
function self() {
  return self.tag;
}
self.tag = "tagged";
function callSelf(n) {
  var r;
  for (var i = 0; i < n; i++) r = self();
  return r;
}
console.log("callee", callSelf(N));

// --- a getter appears where the body read a data property
function Box(v) {
  this.v = v;
}
Box.prototype.get = function () {
  return this.v;
};
var proto = { w: 4 };
function Wrap() {}
Wrap.prototype = proto;
Wrap.prototype.read = function () {
  return this.w;
};
function readW(o, n, at, change) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) change();
    s += o.read();
  }
  return s;
}
var w = new Wrap();
console.log("proto data", readW(w, N, -1, null));
var gets = 0;
console.log(
  "then a getter",
  readW(w, N, 2995, function () {
    Object.defineProperty(proto, "w", {
      get: function () {
        gets++;
        return 100;
      },
    });
  }),
  "gets",
  gets
);

// --- recursion is never inlined into itself
function depth(n) {
  return n <= 0 ? 0 : depth(n - 1) + 1;
}
var d = 0;
for (var i = 0; i < 200; i++) d += depth(20);
console.log("recursion", d);

// --- an arrow that captures `this`
function Counter() {
  this.n = 0;
  this.step = () => this.n + 1;
}
function stepMany(o, n, at) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) o.n = 10;
    s += o.step();
  }
  return s;
}
var ctr = new Counter();
console.log("arrow", stepMany(ctr, N, 2500));

// --- an exception from code near an inlined call
function maybeThrow(x) {
  if (x > 2990) throw new Error("big " + x);
  return x;
}
function guarded(n) {
  var s = 0;
  try {
    for (var i = 0; i < n; i++) s += maybeThrow(i) + add(i, 1);
  } catch (e) {
    return e.message + " after " + s;
  }
  return s;
}
console.log("throw", guarded(N));

// --- a branch of the body that never ran before the compile, then runs
function Temp(v) {
  this.v = v;
  this.w = { k: 2 };
}
Temp.prototype.abs = function () {
  return this.v < 0 ? -this.v * this.w.k : this.v;
};
function absSum(n, at) {
  var s = 0;
  for (var i = 0; i < n; i++) s += new Temp(i < at ? i : -i).abs();
  return s;
}
console.log("unreached branch", absSum(N, 2500));
console.log("negations", -(2 - 2), 1 / -(2 - 2), ~2.5, +"7");
