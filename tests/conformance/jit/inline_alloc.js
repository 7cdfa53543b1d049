// Objects made inline by native code for `new` and `super()`: enough of
// them to collect garbage several times while some are kept, constructors
// whose prototype changes after the code is compiled, new.target seen
// through several classes, and constructors that return another object.

function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () {
  return this.x + this.y;
};

var kept = [];
var total = 0;
var OtherProto = { sum: function () { return -1; } };
for (var i = 0; i < 120000; i++) {
  if (i === 70000) Point.prototype = OtherProto;
  if (i === 90000) Point.prototype = 7; // not an object: Object.prototype
  var p = new Point(i, i * 2);
  if (i % 1000 === 0) kept.push(p);
  if (i < 90000) total += p.sum();
}
console.log("total", total);
var byProto = { point: 0, other: 0, object: 0 };
for (var k = 0; k < kept.length; k++) {
  var q = kept[k];
  var proto = Object.getPrototypeOf(q);
  if (proto === OtherProto) byProto.other++;
  else if (proto === Object.prototype) byProto.object++;
  else byProto.point++;
  if (q.x !== k * 1000 || q.y !== k * 2000) console.log("bad point", k, q.x, q.y);
}
console.log(JSON.stringify(byProto), kept.length);

class Animal {
  constructor(name) {
    this.name = name;
    this.kind = new.target.name;
  }
  describe() {
    return this.kind + ":" + this.name;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.legs = 4;
  }
}
class Puppy extends Dog {
  constructor(name) {
    super(name);
    this.young = true;
  }
}
class Bird extends Animal {
  constructor(name) {
    super(name);
    this.wings = 2;
  }
}

var zoo = [];
var counts = {};
for (var j = 0; j < 60000; j++) {
  var a;
  // Dog's super() sees new.target Dog, then also Puppy; Animal's sees all.
  if (j < 20000) a = new Dog("d" + (j % 10));
  else if (j < 40000) a = j % 2 ? new Puppy("p" + (j % 7)) : new Dog("e");
  else a = j % 3 ? new Bird("b") : new Puppy("q");
  var key = a.describe() + "/" + (a instanceof Dog) + "/" + Object.keys(a).length;
  counts[key] = (counts[key] || 0) + 1;
  if (j % 5000 === 0) zoo.push(a);
}
console.log(JSON.stringify(counts));
console.log(zoo.map(function (z) { return z.describe() + (z.young ? "!" : ""); }).join(" "));

// A constructor that returns another object: the inline `this` is dropped.
function Maker(v) {
  this.v = v;
  if (v % 3 === 0) return { made: v };
}
var made = 0, plain = 0;
for (var m = 0; m < 30000; m++) {
  var r = new Maker(m);
  if (r.made !== undefined) made += 1;
  else if (r instanceof Maker && r.v === m) plain += 1;
}
console.log("made", made, "plain", plain);

// Many properties: more than the inline room the constructor was given.
function Wide(n) {
  for (var w = 0; w < n; w++) this["p" + w] = w;
}
var wide = 0;
for (var z = 0; z < 5000; z++) {
  var o = new Wide(z % 24);
  wide += Object.keys(o).length;
}
console.log("wide", wide);
