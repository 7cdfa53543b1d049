// A dense element loaded once is known until something may change it:
// an element store (also through a mapped arguments object), a named
// store (an array's length), a call, or an array built-in.
class Q {
  constructor(xs) { this.xs = xs; this.i = 0; }
  cur() { return this.xs[this.i]; }
  twice() { return this.cur() + this.cur(); }
  storeBetween(v) { const a = this.xs[this.i]; this.xs[this.i] = v; return a + this.xs[this.i]; }
  lengthBetween() { const a = this.xs[1]; this.xs.length = 1; const b = this.xs[1]; this.xs.push(5, 6); return a + "," + b; }
  callBetween(f) { const a = this.xs[0]; f(this.xs); return a + this.xs[0]; }
  popBetween() { const a = this.xs[0]; this.xs.shift(); return a * 100 + this.xs[0]; }
  pushBetween() { const a = this.xs[0]; this.xs.push(a); return a + this.xs[0] + this.xs.length; }
}
function mapped(x) { const a = arguments[0]; x = a + 1; return a * 10 + arguments[0]; }
let acc = 0;
for (let i = 0; i < 20000; i++) {
  const q = new Q([i % 5, 2, 3, 4]);
  acc += q.twice();
  acc += q.storeBetween(i % 3);
  q.lengthBetween();
  acc += q.callBetween(function (xs) { xs[0] = 9; });
  acc += q.popBetween();
  acc += q.pushBetween();
  acc += mapped(i % 4);
  acc %= 1000003;
}
console.log(acc);
const q = new Q([1, 2, 3]);
console.log(q.twice(), q.storeBetween(7), q.lengthBetween(), q.xs.join());
console.log(q.callBetween(function (xs) { xs[0] = "s"; }), q.popBetween(), q.pushBetween(), mapped(3));
