// More write paths on frozen, sealed and non-extensible objects: logical
// and compound assignment, increments, for-in/of targets, deletes, super
// stores, builtin properties; strict mode first, then sloppy mode.
function strictRun() {
"use strict";
function t(label, f) { try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name + ": " + e.message); } }
var o = Object.freeze({ a: 1, n: null });
var arr = Object.freeze([1, 2]);
t("||=", () => { o.a ||= 2; });
t("&&=", () => { o.a &&= 2; });
t("??=", () => { o.n ??= 2; });
t("[k]+=", () => { var k = "a"; o[k] += 1; });
t("arr[0]++", () => { arr[0]++; });
t("--arr[1]", () => { --arr[1]; });
t("for-in target", () => { for (o.a in { x: 1 }) {} });
t("for-of target", () => { for (o.a of [1]) {} });
t("delete", () => { delete o.a; });
t("delete index", () => { delete arr[0]; });
t("super set", () => { var p = { set x(v) { throw new Error("setter"); } }; var c = Object.freeze({ __proto__: { m() { super.y = 1; } } }); c.m(); });
t("proto setter", () => { o.__proto__ = {}; });
t("length", () => { arr.length = 5; });
t("define index", () => { Object.defineProperty(arr, 0, { value: 9 }); });
t("assign", () => { Object.assign(arr, [5]); });
t("seal add", () => { var s = Object.seal({}); s.q = 1; });
t("ne add index", () => { var p = Object.preventExtensions([]); p[0] = 1; });
t("ne push", () => { var p = Object.preventExtensions([]); p.push(1); });
t("string index", () => { var s = "abc"; s[0] = "x"; });
t("string length", () => { var s = new String("abc"); s.length = 1; });
t("fn name", () => { function f() {} f.name = "g"; });
t("fn length", () => { function f() {} f.length = 3; });
t("class prototype", () => { class C {} C.prototype = {}; });
t("Math.PI", () => { Math.PI = 3; });
t("undefined", () => { undefined = 1; });
t("getter only", () => { var g = { get x() { return 1; } }; g.x = 2; });
t("inherited ro", () => { var p = Object.freeze({ z: 1 }); var c = Object.create(p); c.z = 2; });
t("primitive prop", () => { var n = 5; n.x = 1; });
}
strictRun();
console.log("-- sloppy");
function t(label, f) { try { f(); console.log(label, "ok"); } catch (e) { console.log(label, e.name + ": " + e.message); } }
var o = Object.freeze({ a: 1, n: null });
var arr = Object.freeze([1, 2]);
t("||=", () => { o.a ||= 2; });
t("&&=", () => { o.a &&= 2; });
t("??=", () => { o.n ??= 2; });
t("[k]+=", () => { var k = "a"; o[k] += 1; });
t("arr[0]++", () => { arr[0]++; });
t("--arr[1]", () => { --arr[1]; });
t("for-in target", () => { for (o.a in { x: 1 }) {} });
t("for-of target", () => { for (o.a of [1]) {} });
t("delete", () => { delete o.a; });
t("delete index", () => { delete arr[0]; });
t("super set", () => { var p = { set x(v) { throw new Error("setter"); } }; var c = Object.freeze({ __proto__: { m() { super.y = 1; } } }); c.m(); });
t("proto setter", () => { o.__proto__ = {}; });
t("length", () => { arr.length = 5; });
t("define index", () => { Object.defineProperty(arr, 0, { value: 9 }); });
t("assign", () => { Object.assign(arr, [5]); });
t("seal add", () => { var s = Object.seal({}); s.q = 1; });
t("ne add index", () => { var p = Object.preventExtensions([]); p[0] = 1; });
t("ne push", () => { var p = Object.preventExtensions([]); p.push(1); });
t("string index", () => { var s = "abc"; s[0] = "x"; });
t("string length", () => { var s = new String("abc"); s.length = 1; });
t("fn name", () => { function f() {} f.name = "g"; });
t("fn length", () => { function f() {} f.length = 3; });
t("class prototype", () => { class C {} C.prototype = {}; });
t("Math.PI", () => { Math.PI = 3; });
t("undefined", () => { undefined = 1; });
t("getter only", () => { var g = { get x() { return 1; } }; g.x = 2; });
t("inherited ro", () => { var p = Object.freeze({ z: 1 }); var c = Object.create(p); c.z = 2; });
t("primitive prop", () => { var n = 5; n.x = 1; });
