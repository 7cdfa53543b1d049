// Array.prototype.pop: the dense fast path and every case that must take
// the general algorithm (holes, inherited indexed elements, sparse
// arrays, frozen and sealed arrays, a read-only length, array-likes),
// and push after pop reusing the vacated slot.
var a = [1, 2, 3];
console.log(a.pop(), a.pop(), a.length, JSON.stringify(a));
console.log(a.pop(), a.pop(), a.length, [].pop());
var b = [1, 2, 3];
b.pop();
b.push("x");
b.length = 5;
console.log(JSON.stringify(b), b[3], 3 in b, b.pop(), b.length);
var holey = [1, , 3, ,];
console.log(holey.length, holey.pop(), holey.length, holey.pop(), holey.length, 1 in holey);
Array.prototype[2] = "inherited";
var h2 = [0, 1, , ];
console.log(h2.length, h2.pop(), h2.length, h2.pop(), h2.length);
delete Array.prototype[2];
var sparse = [];
sparse[100000] = "far";
console.log(sparse.pop(), sparse.length, sparse.pop(), sparse.length);
var frozen = Object.freeze([1, 2]);
try {
  frozen.pop();
} catch (e) {
  console.log(e instanceof TypeError, frozen.length);
}
var sealed = Object.seal([1, 2]);
try {
  sealed.pop();
} catch (e) {
  console.log(e instanceof TypeError, sealed.length, sealed[1]);
}
var ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
try {
  ro.pop();
} catch (e) {
  console.log(e instanceof TypeError, ro.length, ro[2]);
}
var like = { 0: "a", 1: "b", length: 2 };
console.log(Array.prototype.pop.call(like), like.length, 1 in like);
var stack = [];
var sum = 0;
for (var i = 0; i < 5000; i++) {
  stack.push(i);
  stack.push(i * 2);
  sum += stack.pop();
  if (i % 3 === 0) sum += stack.pop();
}
console.log(sum, stack.length, stack[stack.length - 1]);
