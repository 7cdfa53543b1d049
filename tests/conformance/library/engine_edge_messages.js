function f() { return arguments.length; }
var u, n = null, o = {};
for (const thunk of [() => f(...5), () => f(...u), () => f(...n), () => f(...o), () => [...u], () => new f(...o), () => Math.max(...5), () => 2 ** 0.5, () => 10 ** -5, () => 1.1 ** 300]) {
  try { console.log(thunk()); } catch (e) { console.log(e.constructor.name, e.message); }
}
function sloppy() { this.touched = true; return this; }
var r = sloppy.call(5); console.log(typeof r, r.touched);
function s2() { var a = this; var b = this; return a === b; }
console.log(s2.call("x"), s2.call(true));
class A { constructor(){ return Object.preventExtensions({}); } }
class B extends A { x = 1; }
try { new B(); } catch (e) { console.log(e.message); }
class C extends A { ["y"] = 1; }
try { new C(); } catch (e) { console.log(e.message); }
