// `new` sites whose constructor is inlined (base, derived, function
// constructors): warmed up, then made to leave the inlined code in every
// way it can: a check failing after stores into the new object, the
// constructor's prototype replaced, a setter added on the chain, the parent
// class changed, an object returned, new.target read.
var log = [];

function Pt(x, y) {
  this.x = x;
  this.y = x + y;
}
function makePt(i, j) {
  return new Pt(i, j);
}

class Base {
  constructor(v) {
    this.v = v;
  }
}
class Mid extends Base {
  constructor(v, w) {
    super(v);
    this.w = w * 2;
  }
}
class Leaf extends Mid {
  constructor(v) {
    super(v, v + 1);
  }
}
function makeLeaf(i) {
  return new Leaf(i);
}
function makeMid(i, w) {
  return new Mid(i, w);
}

function Ret(kind) {
  this.kind = kind;
  if (kind === 1) return { replaced: true };
  if (kind === 2) return 42;
}
function makeRet(k) {
  return new Ret(k);
}

function NT() {
  this.direct = new.target === NT;
}
function makeNT() {
  return new NT();
}

class WithReturn extends Base {
  constructor(v) {
    super(v);
    if (v < 0) return { negative: v };
  }
}
function makeWR(v) {
  return new WithReturn(v);
}

function show(o) {
  var keys = Object.keys(o);
  var parts = [];
  for (var i = 0; i < keys.length; i++) parts.push(keys[i] + "=" + o[keys[i]]);
  return (o.constructor ? o.constructor.name : "?") + "{" + parts.join(",") + "}";
}

var acc = 0;
for (var i = 0; i < 3000; i++) {
  var p = makePt(i, 1);
  acc = (acc + p.x + p.y) % 1000003;
  var l = makeLeaf(i);
  acc = (acc + l.v + l.w) % 1000003;
  var m = makeMid(i, 3);
  acc = (acc + m.w) % 1000003;
  var r = makeRet(i % 3 === 0 ? 0 : 3);
  acc = (acc + r.kind) % 1000003;
  acc += makeNT().direct ? 1 : 0;
  acc = (acc + makeWR(i).v) % 1000003;
}
console.log("warm", acc);

// A failed int check after the store of `x` into the new object: the
// whole `new` runs again in the interpreter, once.
console.log(show(makePt(2147483647, 1)));
console.log(show(makePt("s", 1)));
console.log(show(makePt(1.5, 2)));
console.log(show(makeLeaf(2147483647)));
console.log(show(makeMid("a", 2)));
console.log(show(makeMid(1, "b")));

// Objects and primitives returned from a base constructor.
console.log(show(makeRet(0)), JSON.stringify(makeRet(1)), show(makeRet(2)));
console.log(JSON.stringify(makeWR(-5)), show(makeWR(5)));

// The prototype replaced: new objects get the new one.
var oldProto = Pt.prototype;
Pt.prototype = { tag: "new proto" };
var q = makePt(1, 2);
console.log(q.tag, Object.getPrototypeOf(q) === Pt.prototype, q instanceof Pt);
Pt.prototype = oldProto;

// A setter on the chain: `this.v = ...` must call it.
Object.defineProperty(Base.prototype, "v", {
  set: function (x) {
    log.push("set v " + x);
    Object.defineProperty(this, "v", { value: x, writable: true, enumerable: true, configurable: true });
  },
  configurable: true,
});
console.log(show(makeLeaf(7)), log.join(";"));
delete Base.prototype.v;
console.log(show(makeLeaf(8)));

// Mid's parent changed: super() constructs the new parent.
class Other {
  constructor(v) {
    this.other = v;
  }
}
Object.setPrototypeOf(Mid, Other);
console.log(show(makeMid(3, 4)), show(makeLeaf(5)));

// new.target from a derived class.
class SubNT extends NT {}
console.log(makeNT().direct, new SubNT().direct);

// Many inlined objects under collection.
var keep = [];
for (var k = 0; k < 20000; k++) {
  var o = makeLeaf(k);
  if (k % 1000 === 0) keep.push(o);
}
var s = 0;
for (var k = 0; k < keep.length; k++) s += keep[k].other + keep[k].w;
console.log("kept", keep.length, s);
