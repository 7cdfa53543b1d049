// clif-snapshot: --jit-threshold=5 --print-only getX
// A monomorphic own-property load: getX is compiled after six calls with
// one shape in its cache, so its code is a shape guard and a slot load;
// any other receiver deopts (the cold block spills the live values and
// resumes the interpreter at the load). Two calls per iteration get getX
// compiled before the loop's OSR compile (which inlines it).
function getX(o) {
  return o.x;
}
var p = { x: 1, y: 2 };
var s = 0;
for (var i = 0; i < 10; i++) s += getX(p) + getX(p);
console.log(s);
