// Objects made inline by native code for `new` and `super()`: enough of
// them to collect garbage while some are kept, constructors
// whose prototype changes after the code is compiled, new.target seen
// through several classes, and constructors that return another object.

function Point(x, y) {
  this.x = x;
  this.y = y;
  this.a = 1;
  this.b = 2;
  this.c = 3;
  this.d = 4;
  this.e = 5;
  this.f = 6;
}
Point.prototype.sum = function () {
  return this.x + this.y;
};

var kept = [];
var total = 0;
var OtherProto = { sum: function () { return -1; } };
for (var i = 0; i < 42000; i++) {
  if (i === 30000) Point.prototype = OtherProto;
  if (i === 36000) Point.prototype = 7; // not an object: Object.prototype
  var p = new Point(i, i * 2);
  if (i % 1000 === 0) kept.push(p);
  if (i < 36000) total += p.sum();
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
var names = ["n0", "n1", "n2", "n3", "n4", "n5", "n6"];
var dogs = 0, fields = 0;
for (var j = 0; j < 12000; j++) {
  var a;
  var nm = names[j % 7];
  // Dog's super() sees new.target Dog, then also Puppy; Animal's sees all.
  if (j < 4000) a = new Dog(nm);
  else if (j < 8000) a = j % 2 ? new Puppy(nm) : new Dog(nm);
  else a = j % 3 ? new Bird(nm) : new Puppy(nm);
  counts[a.kind] = (counts[a.kind] || 0) + 1;
  if (a instanceof Dog) dogs++;
  fields += (a.legs || 0) + (a.wings || 0) + (a.young ? 1 : 0) + (a.name === nm ? 1 : 0);
  if (j % 1000 === 0) zoo.push(a);
}
console.log("dogs", dogs, "fields", fields);
console.log(JSON.stringify(counts));
console.log(zoo.map(function (z) { return z.describe() + (z.young ? "!" : ""); }).join(" "));

// A constructor that returns another object: the inline `this` is dropped.
function Maker(v) {
  this.v = v;
  if (v % 3 === 0) return { made: v };
}
var made = 0, plain = 0;
for (var m = 0; m < 6000; m++) {
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
for (var z = 0; z < 1000; z++) {
  var o = new Wide(z % 24);
  wide += Object.keys(o).length;
}
console.log("wide", wide);
