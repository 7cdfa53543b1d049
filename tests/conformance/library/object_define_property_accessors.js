// Object.defineProperty/defineProperties/getOwnPropertyDescriptor with
// data and accessor descriptors, defaults, redefinition rules and errors.
var o = {};
Object.defineProperty(o, "x", { value: 1 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "x")));
o.x = 2;
console.log(o.x, delete o.x, o.x);
var count = 0;
Object.defineProperty(o, "acc", {
  get: function () { count++; return this._v; },
  set: function (v) { this._v = v * 2; },
  enumerable: true,
  configurable: true
});
o.acc = 5;
console.log(o.acc, count, Object.keys(o).join(","));
var d = Object.getOwnPropertyDescriptor(o, "acc");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d, "writable" in d);
Object.defineProperty(o, "acc", { value: 7 });
d = Object.getOwnPropertyDescriptor(o, "acc");
console.log(JSON.stringify(d));
Object.defineProperty(o, "acc", { get: function () { return "g"; } });
d = Object.getOwnPropertyDescriptor(o, "acc");
console.log(d.get(), d.set, d.enumerable, d.configurable, "writable" in d);

// Getter-only: sloppy assignment is ignored; strict throws.
var ro = {};
Object.defineProperty(ro, "g", { get: function () { return 1; } });
ro.g = 2;
console.log(ro.g);
(function () {
  "use strict";
  try { ro.g = 2; } catch (e) { console.log(e.name + ": " + e.message); }
})();

// Redefinition rules for non-configurable properties.
var nc = {};
Object.defineProperty(nc, "p", { value: 1, writable: true });
Object.defineProperty(nc, "p", { value: 2 });
Object.defineProperty(nc, "p", { writable: false });
console.log(nc.p, JSON.stringify(Object.getOwnPropertyDescriptor(nc, "p")));
var attempts = [
  { value: 3 }, { writable: true }, { enumerable: true }, { configurable: true },
  { get: function () {} }, { value: 2 }, { value: 2, writable: false, enumerable: false, configurable: false }
];
for (var i = 0; i < attempts.length; i++) {
  try { Object.defineProperty(nc, "p", attempts[i]); console.log("ok", i); }
  catch (e) { console.log(i, e.name + ": " + e.message); }
}
console.log(Object.is(Object.defineProperty({}, "z", { value: -0 }).z, -0));
var nz = Object.defineProperty({}, "z", { value: -0 });
try { Object.defineProperty(nz, "z", { value: 0 }); } catch (e) { console.log(e.name + ": " + e.message); }

// Descriptor validation.
var bad = [1, "x", null, { get: 1 }, { set: {} }, { get: function () {}, value: 1 }, { set: undefined, writable: true }];
for (var j = 0; j < bad.length; j++) {
  try { Object.defineProperty({}, "q", bad[j]); console.log("ok", j); }
  catch (e) { console.log(j, e.name + ": " + e.message); }
}
try { Object.defineProperty(1, "q", {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperties(null, {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty(Object.preventExtensions({}), "q", { value: 1 }); } catch (e) { console.log(e.name + ": " + e.message); }

// Inherited descriptor fields count; ToPropertyKey of the name.
var proto = { enumerable: true, value: "inherited" };
Object.defineProperty(o, 12, Object.create(proto));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "12")), Object.keys(o).join(","));
Object.defineProperty(o, { toString: function () { return "computed"; } }, { value: 1, enumerable: true });
console.log(Object.keys(o).join(","));

// defineProperties: all descriptors are read before any is defined.
var dp = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, enumerable: true }
});
console.log(dp.a, dp.b, JSON.stringify(dp));
try {
  Object.defineProperties(dp, { c: { value: 1 }, d: 5 });
} catch (e) { console.log(e.name + ": " + e.message, "c" in dp); }

// Array index and length definitions.
var arr = [1, 2, 3];
Object.defineProperty(arr, 5, { value: 6, enumerable: true, writable: true, configurable: true });
console.log(arr.length, JSON.stringify(arr));
Object.defineProperty(arr, "length", { value: 2 });
console.log(arr.length, JSON.stringify(arr));
Object.defineProperty(arr, "length", { writable: false });
try { Object.defineProperty(arr, 5, { value: 1 }); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty(arr, "length", { value: -1 }); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(arr, "length")), JSON.stringify(Object.getOwnPropertyDescriptor("abc", 1)), Object.getOwnPropertyDescriptor("abc", 5));
