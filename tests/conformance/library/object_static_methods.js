// Object.keys/values/entries/assign/getOwnPropertyNames: key order
// (integer keys ascending first, then strings in creation order), enumerability,
// getters, primitives.
var o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", "01": "lead", 4294967295: "big", 4294967294: "max" };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(JSON.stringify(Object.entries(o)));
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
console.log(Object.getOwnPropertyNames(o).join(","), Object.keys(o).length);
console.log(Object.keys("abc"), Object.values("ab"), Object.entries([7, 8]), Object.keys(5), Object.getOwnPropertyNames("ab"));
try { Object.keys(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.values(undefined); } catch (e) { console.log(e.name + ": " + e.message); }

// Getters run in order; a getter deleting a later key hides it.
var g = {
  get first() { delete this.second; return "f"; },
  second: "s",
  third: "t"
};
console.log(JSON.stringify(Object.entries(g)));

// assign: targets, sources, getters/setters, order, null sources.
var log = [];
var target = { set x(v) { log.push("set x=" + v); } };
var src = { get x() { log.push("get x"); return 1; }, y: 2 };
var res = Object.assign(target, null, src, undefined, "hi", 5, [9]);
console.log(log.join("; "), JSON.stringify(res), res === target);
console.log(JSON.stringify(Object.assign({}, { 1: "a", 0: "b" }, { z: 1 })));
var n = Object.assign(3, { a: 1 });
console.log(typeof n, n.a, n instanceof Number);
try { Object.assign(null, {}); } catch (e) { console.log(e.name + ": " + e.message); }
var frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.assign(frozen, { b: 2 }); } catch (e) { console.log(e.name + ": " + e.message); }

// getOwnPropertyNames on arrays, functions, strings.
console.log(Object.getOwnPropertyNames([1, , 3]).join(","), Object.getOwnPropertyNames(new String("xy")).join(","));
function f(a, b) {}
console.log(Object.getOwnPropertyNames(f).join(","), Object.getOwnPropertyNames(function () { "use strict"; }).join(","));
console.log(Object.getOwnPropertyNames(() => 1).join(","), Object.getOwnPropertyNames(class { static m() {} }).join(","));

// fromEntries, hasOwn, getOwnPropertySymbols, is.
console.log(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2], ["a", 3]])), JSON.stringify(Object.fromEntries("")));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.fromEntries(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.fromEntries(null); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.hasOwn({ a: 1 }, "a"), Object.hasOwn({ a: 1 }, "toString"), Object.hasOwn("ab", 1), Object.hasOwn([1], "length"));
console.log(Object.getOwnPropertySymbols({ a: 1 }), Object.getOwnPropertySymbols("x").length);
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is("a", "a"), Object.is({}, {}), Object.is());
console.log(Object.keys(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } })).join(","));
