// A property read site warmed up with one shape, then fed objects of many
// other shapes: different property order, extra properties, Object.create
// objects, x inherited from a prototype, a getter, dictionary-mode objects.
function P(x, y) { this.x = x; this.y = y; }
function readX(o) { return o.x; }
function sumX(arr) {
  var s = 0;
  for (var i = 0; i < arr.length; i++) s += readX(arr[i]);
  return s;
}
function addXY(o) { return o.x + o.y; }

var warm = [];
for (var i = 0; i < 100; i++) warm.push(new P(i, i * 2));
var total = 0;
for (var r = 0; r < 40; r++) total += sumX(warm);
console.log("warm", total);
var t2 = 0;
for (var k = 0; k < 4000; k++) t2 += addXY(warm[k % 100]);
console.log("warm addXY", t2);

// Different property order.
var swapped = { y: 10, x: 20 };
console.log("order", readX(swapped), addXY(swapped));
// Extra properties before and after.
var extra1 = { a: 1, b: 2, x: 3, y: 4 };
var extra2 = new P(5, 6); extra2.z = 7; extra2.w = 8;
console.log("extra", readX(extra1), addXY(extra1), readX(extra2), addXY(extra2));
// Object.create objects.
var oc = Object.create(null); oc.x = 11; oc.y = 12;
var oc2 = Object.create(P.prototype, { x: { value: 13, enumerable: true }, y: { value: 14 } });
console.log("create", readX(oc), addXY(oc), readX(oc2), addXY(oc2), oc2 instanceof P);
// x on the prototype.
var proto = { x: 100, y: 200 };
var child = Object.create(proto);
var grandchild = Object.create(child);
console.log("proto", readX(child), readX(grandchild), addXY(grandchild));
child.x = 1;
console.log("proto shadow", readX(child), readX(grandchild), addXY(grandchild));
P.prototype.x = "pp";
var noX = new P(0, 0); delete noX.x;
console.log("P.prototype.x", readX(noX), addXY(noX));
// A getter.
var calls = 0;
var g = { get x() { calls++; return calls * 1000; }, y: 1 };
console.log("getter", readX(g), readX(g), addXY(g), calls);
var g2 = new P(1, 2);
Object.defineProperty(g2, "x", { get: function () { return this.y * 50; }, configurable: true });
console.log("getter on instance", readX(g2), addXY(g2));
// Dictionary-mode objects produced by delete.
var d = new P(1, 2);
d.a = 3; d.b = 4; d.c = 5;
delete d.a; delete d.b;
console.log("dict", readX(d), addXY(d), Object.keys(d).join(","));
for (var j = 0; j < 30; j++) { d["k" + j] = j; }
for (var j2 = 0; j2 < 30; j2 += 2) { delete d["k" + j2]; }
d.x = 77;
console.log("dict2", readX(d), addXY(d), Object.keys(d).length);
// Primitives and arrays at the same site.
console.log("prims", readX("str"), readX(5), readX(true), readX([1, 2]));
String.prototype.x = "sx";
console.log("prims2", readX("str"), addXY("ab"));
delete String.prototype.x;
// Mixed array: every shape in one hot loop.
var mixed = [new P(1, 1), swapped, extra1, extra2, oc, oc2, child, grandchild, noX, g2, d];
var line = [];
for (var m = 0; m < mixed.length; m++) line.push(readX(mixed[m]));
console.log("mixed", line.join(" "));
var bigSum = 0;
for (var n = 0; n < 5000; n++) {
  var v = readX(mixed[n % mixed.length]);
  bigSum += typeof v === "number" ? v : v.length;
}
console.log("mixed loop", bigSum);
// Back to the original shape: must still work after all the deopts.
total = 0;
for (var r2 = 0; r2 < 40; r2++) total += sumX(warm);
console.log("warm again", total);
// Missing property entirely.
console.log("missing", readX({}), readX({ y: 1 }), addXY({ y: 1 }));
