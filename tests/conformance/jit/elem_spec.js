// Element loads the JIT speculates on (dense elements of objects at int32
// indices) and what makes them leave for the interpreter: holes, indices
// out of range, doubles and strings as keys, sparse arrays, strings and
// typed receivers; facts from before a load survive it.
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
function at(a, i) { return a[i]; }
function P(xs) { this.xs = xs; this.k = 2; }
P.prototype.pick = function (i) { return this.xs[i] + this.k + this.xs[i + 1]; };
const dense = [1, 2, 3, 4, 5];
let acc = 0;
for (let i = 0; i < 20000; i++) {
  acc += sum(dense) + at(dense, i % 5);
  acc += new P(dense).pick(i % 4);
}
console.log(acc);
const holey = [1, , 3];
console.log(at(holey, 1), at(dense, 7), at(dense, -1), at(dense, 1.5), at(dense, "2"));
console.log(at("hello", 1), at({ 0: "zero" }, 0), at([1, 2], 1));
const sparse = [];
sparse[100000] = 7;
console.log(at(sparse, 100000), at(sparse, 5));
Array.prototype[3] = "proto";
console.log(at([0, 1, 2], 3), at(holey, 1));
delete Array.prototype[3];
console.log(sum([1, 2, 3]), sum([1.5, 2.5]), sum(["a", "b"]));
function args() { return at(arguments, 1); }
for (let i = 0; i < 5000; i++) args(1, 2);
console.log(args(7, 8, 9), args(1));
const objs = [{ v: 1 }, { v: 2 }];
function both(a) { return a[0].v + a[1].v + a[0].v; }
for (let i = 0; i < 20000; i++) both(objs);
objs[0] = { v: 10 };
console.log(both(objs));
