// A prototype slot read before a store to it must not become a slot fact
// when the value read is checked later; a built-in the JIT calls
// directly (slice, charAt, charCodeAt, push) on a site that also saw
// objects with their own copy of it must check the receiver.
function A() {}
const f1 = function () { return 1; }, f2 = function () { return 2; };
A.prototype.m = f1; const a = new A();
function g(next) {
  const m = a.m;
  A.prototype.m = next;
  const x = m();
  const y = a.m();
  A.prototype.m = f1;
  return x + y;
}
for (let i = 0; i < 20000; i++) g(f1);
console.log(g(f2));
const o = { slice: String.prototype.slice, charAt: String.prototype.charAt, charCodeAt: String.prototype.charCodeAt, toString() { return "hello"; } };
function f(x) { return x.slice(1, 3) + x.charAt(1) + x.charCodeAt(2); }
for (let i = 0; i < 20000; i++) { f("abcdef"); f(o); }
console.log(f(o), f("xyz"));
const arr = [1, 2];
const fake = { push: Array.prototype.push, length: 0 };
function pushit(x, v) { return x.push(v); }
for (let i = 0; i < 20000; i++) { pushit(i % 2 ? arr : fake, i); if (arr.length > 100) arr.length = 2; if (fake.length > 100) fake.length = 0; }
console.log(pushit(fake, 5), fake.length, pushit(arr, 6));
