// What a caller knows flows into the bodies it inlines and back out:
// every store, transition and global write in an inlined callee must be
// seen by the caller's later loads, and the callee may use what the
// caller checked (the receiver's shape, a loaded field, an int32).
function Box(v) { this.v = v; this.w = 0; }
Box.prototype.setV = function (x) { this.v = x; };
Box.prototype.getV = function () { return this.v; };
Box.prototype.grow = function () { this.extra = 1; };
Box.prototype.same = function (o) { return o.v === this.v; };
Box.prototype.bump = function (o) { o.v = o.v + 1; return this.v; };

function storeThrough(b, x) {
  const a = b.v;
  b.setV(x);          // inlined store
  const c = b.v;      // must see x
  return a * 1000 + c;
}
function transition(b) {
  const a = b.getV();
  if (b.w > 5) b.grow(); // shape changes on some calls only
  b.v = a + 1;
  return b.v + (b.extra === undefined ? 0 : 100);
}
function aliasing(b, c) {
  const before = b.v;
  const r = c.bump(b); // c's body writes b.v through another name
  return before * 100 + b.v * 10 + r;
}
function sameTwice(b, c) {
  return (b.same(c) ? 1 : 0) + (c.same(b) ? 2 : 0);
}
var G = 1;
function setG(x) { G = x; }
function globals(x) {
  const a = G;
  setG(x);
  return a * 10 + G;
}
function intOrNot(x) {
  return x + 1;
}
function caller(x, flag) {
  if (flag) {
    const y = x | 0;
    return intOrNot(y) + intOrNot(y);
  }
  return intOrNot(x);
}
function P(x) { this.x = x; }
P.prototype.getX = function () { return this.x; };
P.prototype.isBig = function () { return this.x > 10; };
function branches(p) {
  let s = 0;
  if (p.isBig() || p.getX() === 3) s += p.getX();
  if (!p.isBig() && p.getX() !== 3) s -= p.getX();
  return s;
}

let acc = 0;
for (let i = 0; i < 30000; i++) {
  const b = new Box(i % 7);
  acc += storeThrough(b, i % 11);
  b.w = i % 9;
  acc += transition(b);
  const c = new Box(i % 3);
  acc += aliasing(b, c) + aliasing(c, c);
  acc += sameTwice(b, c);
  acc += globals(i % 5);
  acc += caller(i, i % 2 === 0);
  acc += branches(new P(i % 20));
  acc %= 1000003;
}
console.log(acc);
console.log(caller(2.5, false), caller(2.5, true), caller("7", false));
const d = new Box(1);
d.w = 9;
console.log(transition(d), transition(d), d.extra);
console.log(aliasing(d, d), globals("z"), G);
Box.prototype.getV = function () { return -this.v; };
console.log(transition(new Box(4)), storeThrough(new Box(2), 3));
console.log(branches(new P(3)), branches(new P(4)), branches(new P(12)), branches(new P(2.5)));
