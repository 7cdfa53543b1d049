// Math.floor/ceil/trunc/sqrt/abs computed inline by native code at a site
// that saw the one built-in; other arguments and other callees take the call.
function f(x) {
  return Math.floor(x) + Math.ceil(x) * 2 + Math.trunc(x) * 3 + Math.abs(x) * 5 + Math.sqrt(Math.abs(x));
}
var s = 0;
for (var i = 0; i < 3000; i++) s += f(i / 7 - 100);
console.log(s);
console.log(Math.floor(-0.5), Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.2), -0));
console.log(Math.abs(-2147483648), Math.floor(2147483647.5), Math.ceil(-2147483648.5));
console.log(Math.floor(NaN), Math.sqrt(-1), Math.floor(Infinity), Math.abs(-Infinity));
for (var i = 0; i < 3000; i++) s += f(i % 2 ? "4.5" : -i);
console.log(s, f({ valueOf() { return 2.5; } }), f(undefined), f(null), f(true));

// Another callee at the same site after it was compiled.
function g(x) { return Math.floor(x); }
for (var i = 0; i < 3000; i++) g(i + 0.5);
var saved = Math.floor;
Math.floor = function (x) { return "patched " + x; };
console.log(g(1.5));
Math.floor = saved;
console.log(g(-1.5));
