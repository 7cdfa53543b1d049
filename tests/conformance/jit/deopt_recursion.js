// A recursive function compiled while warm; a guard then fails deep in the
// recursion while outer activations are still running compiled code. Then
// shapes alternate so the function is deoptimised and recompiled many times.
function A(v) { this.v = v; this.next = null; }
function B(w, v) { this.w = w; this.v = v; this.next = null; }
function chain(n, odd) {
  var head = null;
  for (var i = n; i >= 1; i--) {
    var node = odd === i ? new B(-1, i) : new A(i);
    node.next = head;
    head = node;
  }
  return head;
}
// Sum of a list, recursively; every level keeps locals live across the call.
function sumList(node, depth, trace) {
  if (node === null) return 0;
  var here = node.v;                  // shape guard
  var mult = depth % 3 + 1;
  var rest = sumList(node.next, depth + 1, trace);
  var mine = here * mult;             // int guard (v may become a double)
  if (trace && depth % 10 === 0) trace.push(depth + ":" + mine + ":" + rest);
  return mine + rest;
}
var uniform = chain(60, -1);
var s = 0;
for (var i = 0; i < 3000; i++) s += sumList(uniform, 0, null);
console.log("warm", s);
var tr = [];
console.log("uniform", sumList(uniform, 0, tr), tr.join(" "));
// A differently shaped node at depth 50.
var odd = chain(60, 51);
tr = [];
console.log("odd at 50", sumList(odd, 0, tr), tr.join(" "));
// A double deep down: the multiply after the recursive call deopts in the
// innermost frames first, then in every frame above as they return.
var dbl = chain(60, -1);
var n = dbl; for (var k = 0; k < 55; k++) n = n.next;
n.v = 0.5;
tr = [];
console.log("double at 55", sumList(dbl, 0, tr), tr.join(" "));
// An overflowing product at depth 40.
var ovf = chain(60, -1);
n = ovf; for (var k2 = 0; k2 < 40; k2++) n = n.next;
n.v = 1073741824;
tr = [];
console.log("overflow at 40", sumList(ovf, 0, tr), tr.join(" "));
// A string deep down turns the sum into string concatenation above it.
var str = chain(30, -1);
n = str; for (var k3 = 0; k3 < 25; k3++) n = n.next;
n.v = "s";
console.log("string at 25", sumList(str, 0, null), depthSum(str));

// Alternate shapes every 2000 calls for 20000 calls.
function depthSum(node) { return node === null ? 0 : node.v + depthSum(node.next); }
var lists = [chain(20, -1), chain(20, 10)];
var fl = chain(20, -1); fl.next.next.v = 2.25;
lists.push(fl);
var phases = [];
for (var r = 0; r < 20000; r++) {
  var which = Math.floor(r / 2000) % 3;
  var val = depthSum(lists[which]);
  if (r % 2000 === 0) phases.push(which + ":" + val);
}
console.log("phases", phases.join(" "));

// Mutual recursion where one side deopts.
function isEven(n, o) { return n === 0 ? o.x : isOdd(n - 1, o); }
function isOdd(n, o) { return n === 0 ? -2 * o.x : isEven(n - 1, o); }
var ev = 0;
for (var m = 0; m < 3000; m++) ev += isEven(m & 31, { x: 1 });
console.log("mutual warm", ev);
console.log("mutual", isEven(40, { y: 0, x: 2 }), isEven(41, { x: 1.5 }), isOdd(30, Object.create({ x: "p" })), isEven(10, { x: 7 }));

// Deep recursion building results at every level after a deopt.
function build(depth, o) {
  if (depth === 0) return [o.tag];
  var below = build(depth - 1, o);
  below.push(depth * o.k);
  return below;
}
for (var b = 0; b < 3000; b++) build(10, { tag: "t", k: 2 });
console.log("build", build(12, { k: 3, tag: "u" }).join(","));
console.log("build2", build(5, { tag: 1, k: 0.5, extra: true }).join(","));
console.log("build3", build(4, { tag: "t", k: 2 }).join(","));
