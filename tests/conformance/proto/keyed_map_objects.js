// Objects filled through computed keys (`o[k] = v`) past a dozen
// out-of-line properties are used as maps: the engine may change how it
// stores them, but order, reads, writes, deletes and prototypes must not
// change. Run hot so compiled code reads and writes them too.

function fill(o, prefix, n) {
  for (var i = 0; i < n; i++) o[prefix + i] = i * 3;
  return o;
}

function sumKeys(o) {
  var s = 0;
  for (var k in o) s += o[k];
  return s;
}

function readNamed(o) {
  // Named reads of keys added through computed stores.
  return o.k0 + o.k5 + o.k19 + (o.k40 === undefined ? 1 : 0);
}

var total = 0;
for (var round = 0; round < 300; round++) {
  var env = Object.create(null);
  fill(env, "k", 20 + (round % 7));
  total += sumKeys(env) + readNamed(env);
  env.k3 = -1; // a named store to an existing key
  env["k4"] = -2;
  total += env.k3 + env["k4"];
  if (round % 50 === 0) {
    delete env.k2;
    env.k2 = 99; // re-added: goes last
    console.log(Object.keys(env).slice(0, 4).join(","), Object.keys(env).slice(-2).join(","));
  }
}
console.log("total", total);

// Ordinary objects with a prototype: inherited reads still work.
var base = { shared: 7 };
var m = Object.create(base);
fill(m, "p", 30);
console.log(m.shared, m.p29, "p15" in m, m.hasOwnProperty("shared"), Object.keys(m).length);
base.shared = 8;
console.log(m.shared);

// Integer-like keys stay elements, in index order, before the names.
var mixed = {};
fill(mixed, "n", 16);
mixed[2] = "two";
mixed["1"] = "one";
console.log(Object.keys(mixed).slice(0, 4).join(","), JSON.stringify(mixed).length);

// A prototype filled through computed keys keeps working for its users.
function Thing() {}
for (var j = 0; j < 25; j++) Thing.prototype["m" + j] = (function (j) { return function () { return j; }; })(j);
var t = new Thing();
var acc = 0;
for (var r = 0; r < 2000; r++) acc += t.m3() + t["m" + (r % 25)]();
Thing.prototype.m3 = function () { return 100; };
acc += t.m3();
console.log("proto", acc);

// Non-extensible and frozen objects refuse new keys as before.
var fixed = fill({}, "f", 14);
Object.preventExtensions(fixed);
fixed["late"] = 1;
console.log("late" in fixed, Object.keys(fixed).length);
var frozen = Object.freeze(fill({}, "z", 15));
frozen["z1"] = 1000;
console.log(frozen.z1, Object.isFrozen(frozen));
(function () {
  "use strict";
  try {
    fixed["later"] = 2;
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
})();

// Arrays with many named keys stay arrays.
var arr = [1, 2, 3];
fill(arr, "a", 20);
console.log(arr.length, arr.a19, Array.isArray(arr), Object.keys(arr).length);

// Getters and setters on the chain still run for computed stores.
var log = [];
var withSetter = Object.create({
  set s13(v) {
    log.push("set " + v);
  },
});
fill(withSetter, "s", 20);
console.log(log.join(";"), withSetter.hasOwnProperty("s13"), Object.keys(withSetter).length);
console.log(console.log.length >= 0, JSON.stringify(fill({}, "j", 14)).length);
