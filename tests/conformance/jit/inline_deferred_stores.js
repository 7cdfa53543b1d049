// An inlined method whose body stores and then checks (`this.i++` then an
// element load): the store is written only once the checks have passed, so
// a check failing afterwards (the interpreter makes the whole call again)
// never stores twice.
function Cursor(items) {
  this.items = items;
  this.i = 0;
  this.reads = 0;
}
Cursor.prototype.next = function () {
  this.reads = this.reads + 1;
  return this.items[this.i++];
};
Cursor.prototype.peek = function () {
  return this.items[this.i];
};
function drain(c, n) {
  var t = 0;
  for (var k = 0; k < n; k++) {
    var x = c.next();
    t += typeof x === "number" ? x : x === undefined ? 1000 : 7;
  }
  return t + (c.peek() === undefined ? 0 : 1);
}
var total = 0;
for (var r = 0; r < 400; r++) {
  var c = new Cursor([1, 2, 3, 4, 5, 6, 7, 8]);
  total += drain(c, 8) + c.i + c.reads;
}
console.log("plain", total);
// Past the end (a hole read), strings, a different array kind, and a
// receiver of another shape: each check fails after the stores.
var c1 = new Cursor([1, 2]);
console.log("end", drain(c1, 5), c1.i, c1.reads);
var c2 = new Cursor(["a", 2, "b"]);
console.log("mixed", drain(c2, 3), c2.i, c2.reads);
var c3 = new Cursor({ 0: 5, 1: 6, length: 2 });
console.log("object", drain(c3, 3), c3.i, c3.reads);
var c4 = new Cursor([9, 9, 9]);
c4.extra = true;
console.log("shape", drain(c4, 3), c4.i, c4.reads);
var c5 = new Cursor([1, 2, 3]);
Object.defineProperty(c5, "reads", { value: 0, writable: false });
console.log("readonly", drain(c5, 3), c5.i, c5.reads);

// Two stores to the same property through different references.
function Pair() { this.a = 1; this.b = 2; }
Pair.prototype.bump = function (other) {
  this.a = this.a + 10;
  other.a = other.a + 100;
  return this.a + other.b;
};
var p = new Pair(), q = new Pair(), s = 0;
for (var i = 0; i < 3000; i++) s += p.bump(i % 2 ? p : q);
console.log("alias", s, p.a, q.a);
