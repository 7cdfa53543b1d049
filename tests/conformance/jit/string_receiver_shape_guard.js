// Sites that cached object shapes then meet strings (and strings of every
// length, whose hash words differ) must not take them for objects: compiled
// code tells them apart by the word an object keeps its shape in.
function len(o) {
  return o.length;
}
function first(o) {
  return o.x;
}
function call(o) {
  return o.describe();
}
var objs = [{ length: 1 }, { length: 2, x: 3 }, { x: 4 }];
var total = 0;
for (var i = 0; i < 3000; i++) {
  var o = objs[i % 3];
  total += (len(o) | 0) + (first(o) | 0);
}
console.log("objects", total);
var words = ["", "a", "ab", "abc", "length", "shape", "x".repeat(40)];
for (var j = 0; j < 200; j++) words.push("w" + j * 7919);
var lens = 0;
var xs = 0;
for (var k = 0; k < words.length; k++) {
  lens += len(words[k]);
  if (first(words[k]) === undefined) xs++;
}
console.log("strings", lens, xs);
var Thing = function (n) {
  this.n = n;
};
Thing.prototype.describe = function () {
  return "thing " + this.n;
};
String.prototype.describe = function () {
  return "string " + this;
};
var out = [];
for (var m = 0; m < 2000; m++) {
  var r = call(new Thing(m));
  if (m % 500 === 0) out.push(r);
}
out.push(call("abc"), call(String(1234)), call(new Thing(-1)));
console.log(out.join(", "));
var mixed = [new Thing(1), "s", { length: 9 }, "longer string", 5, true, null, undefined];
var seen = [];
for (var q = 0; q < mixed.length; q++) {
  var v = mixed[q];
  try {
    seen.push(String(len(v)));
  } catch (e) {
    seen.push(e.constructor.name);
  }
}
console.log(seen.join(" "));
