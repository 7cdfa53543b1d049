// Compiled property sites keep working when what they were specialised for
// changes: new shapes, prototype methods replaced or shadowed, prototypes
// swapped, properties deleted, accessors installed, objects frozen.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm1 = function () { return Math.abs(this.x) + Math.abs(this.y); };
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; }
function callNorm(o) { return o.norm1(); }

var p = new Point(1, 2);
var s = 0;
for (var i = 0; i < 5000; i++) { setX(p, i); s += getX(p) + callNorm(p); }
console.log(s);

// A different shape at the same sites.
var q = { y: 5, x: 7, norm1: function () { return -1; } };
console.log(getX(q), callNorm(q));
setX(q, 9);
console.log(q.x);

// Replacing the prototype method invalidates the cached holder.
Point.prototype.norm1 = function () { return this.x * 10; };
console.log(callNorm(p));
// Shadowing it on the instance.
p.norm1 = function () { return "own"; };
console.log(callNorm(p));
delete p.norm1;
console.log(callNorm(p));
// Changing the prototype of an instance.
Object.setPrototypeOf(p, { norm1: function () { return "swapped"; } });
console.log(callNorm(p));

// Deleting the property makes the site read undefined (or the prototype's).
var r = new Point(3, 4);
for (var j = 0; j < 3000; j++) getX(r);
delete r.x;
console.log(getX(r));
Point.prototype.x = "from proto";
console.log(getX(r));

// An accessor where a data property used to be.
var t = new Point(1, 1);
for (var k = 0; k < 3000; k++) setX(t, k);
var seen = [];
Object.defineProperty(t, "x", { get: function () { return "getter"; }, set: function (v) { seen.push(v); }, configurable: true });
setX(t, 42);
console.log(getX(t), seen.join(","));

// Frozen objects ignore sloppy writes; strict writes throw.
var u = new Point(8, 8);
for (var m = 0; m < 3000; m++) setX(u, m);
Object.freeze(u);
setX(u, -1);
console.log(u.x);
function strictSet(o, v) { "use strict"; o.x = v; }
for (var n = 0; n < 3000; n++) strictSet(new Point(0, 0), n);
try { strictSet(u, 5); } catch (e) { console.log(e.constructor.name, e.message); }

// Dense elements, holes and out-of-range reads at a compiled element site.
function at(a, i) { return a[i]; }
function put(a, i, v) { a[i] = v; }
var arr = [1, 2, 3, 4];
for (var z = 0; z < 3000; z++) { put(arr, z & 3, z); at(arr, z & 3); }
var holey = [1, , 3];
Array.prototype[1] = "proto element";
console.log(at(arr, 2), at(arr, 10), at(holey, 1), at("str", 1), at({ 0: "obj" }, 0));
delete Array.prototype[1];
put(arr, 6, "grown");
console.log(arr.length, String(arr));
var frozenArr = Object.freeze([1, 2]);
put(frozenArr, 0, 99);
console.log(frozenArr[0]);
