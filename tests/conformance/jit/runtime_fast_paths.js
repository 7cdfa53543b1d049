// Fast paths of the runtime that native code leans on: parseInt of short
// digit strings, String() of int32s, computed string keys looked up again,
// sites that see five to eight shapes, built-ins called from native code.
var ints = [];
for (var i = 0; i < 2000; i++) {
  ints.push(parseInt(String(i * 7919 - 5000), 10));
}
console.log(ints.slice(0, 5).join(","), ints[1999]);
console.log(parseInt("9007199254740993"), parseInt("9007199254740992"), parseInt("123456789012345678901234567890"));
console.log(parseInt("-0"), Object.is(parseInt("-0"), -0), parseInt("  42abc"), parseInt("0x1f"), parseInt("zz", 36));
console.log(parseInt("777777777777777777777", 8), parseInt("1010", 2), parseInt(""), parseInt("-"), parseInt("12", 1));
console.log(String(-2147483648), String(2147483647), String(-1), String(0), String(10), 1 + String(-905));

// Computed keys: strings made at run time, some index-like.
var env = Object.create(null);
var names = [];
for (var i = 0; i < 200; i++) names.push("v" + i);
for (var r = 0; r < 3; r++) {
  for (var i = 0; i < names.length; i++) env[names[i]] = (env[names[i]] || 0) + i;
}
var keys = ["1" + "2", "0" + "1", "x" + "y"];
var o = {};
for (var r = 0; r < 2; r++) for (var k of keys) o[k] = (o[k] || 0) + 1;
console.log(env.v0, env.v199, env["v" + 150], Object.keys(env).length, JSON.stringify(o), Object.keys(o).join());

// One site, many receiver shapes (each class its own prototype).
class A { constructor() { this.a = 1; } val() { return 1; } }
class B extends A { val() { return 2; } }
class C extends A { val() { return 3; } }
class D extends A { val() { return 4; } }
class E extends A { val() { return 5; } }
class F extends A { val() { return 6; } }
class G extends A { val() { return 7; } }
class H extends A { val() { return 8; } }
class I extends A { val() { return 9; } }
var all = [new A(), new B(), new C(), new D(), new E(), new F(), new G(), new H(), new I()];
function total(list, n) {
  var t = 0;
  for (var r = 0; r < 300; r++) for (var i = 0; i < n; i++) t += list[i].val() + list[i].a;
  return t;
}
console.log(total(all, 5), total(all, 8), total(all, 9));
H.prototype.val = function () { return 80; };
console.log(total(all, 8), total(all, 9));

// Built-ins called from native code: results, exceptions, `this`.
function calls(n) {
  var out = 0;
  for (var i = 0; i < n; i++) {
    out += "abcdef".slice(i % 3, 4).length + [i, 1].indexOf(1) + Math.max(i, 3);
  }
  return out;
}
console.log(calls(3000));
function bad(x, d) { return x.toFixed(d); }
for (var i = 0; i < 1500; i++) bad(1, 2);
try { bad(2, 200); } catch (e) { console.log(e.constructor.name, e.message); }

// A dictionary-mode object: a key read while absent (or found on the
// prototype), then added, must be found after.
var dict = {};
for (var i = 0; i < 140; i++) dict["k" + i] = i;
var proto = { shadowed: "proto" };
var dict2 = Object.create(proto);
for (var i = 0; i < 140; i++) dict2["k" + i] = i;
function read(o, k) { return o[k]; }
function readNamed(o) { return o.late; }
function readShadowed(o) { return o.shadowed; }
for (var i = 0; i < 1500; i++) { read(dict, "late"); readNamed(dict); readShadowed(dict2); }
dict.late = "added";
dict2.shadowed = "own";
console.log(read(dict, "late"), readNamed(dict), readShadowed(dict2));
