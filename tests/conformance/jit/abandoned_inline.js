// A callee whose body needs a generic helper (string `+`, a throw) is
// abandoned while it is inlined: the site calls it the ordinary way, and
// the half-built body, which jumps to the inline's join, is dead code that
// must still be valid CLIF (the conformance run verifies it).
function wrap(v) { return "(" + v + ")"; }
function check(x) { if (x < 0) throw new RangeError("negative: " + x); return x * 2; }
class Node { constructor(v) { this.v = v; } print() { return "<" + this.v + ">"; } }
let n = 0, s = "";
for (let i = 0; i < 3000; i++) {
  n += wrap(i).length + check(i % 50);
  s = new Node(i).print();
}
console.log(n, s);
try { check(-1); } catch (e) { console.log(e.name, e.message); }
