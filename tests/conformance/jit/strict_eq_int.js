// Strict equality beside an int32 constant: doubles compare by value,
// anything else is unequal (native code skips the identity and string paths).
function f(x) { return [x === 1, x !== 1, 1 === x, x === -5, x === 2147483647]; }
var r = [];
var vals = [1, 1.0, 1.5, -5, "1", true, null, undefined, {}, NaN, 2147483647, 2147483647.0, -0, 0, [1]];
for (var i = 0; i < 3000; i++) f(i % 3);
for (var v of vals) r.push(f(v).join(""));
function g(c) { var n = 0; for (var i = 0; i < 100; i++) if (c === 32) n++; return n; }
for (var i = 0; i < 3000; i++) g(i & 63);
r.push(g(32), g(32.5), g("32"), g(NaN));
function z(x) { return x === 0; }
for (var i = 0; i < 3000; i++) z(i);
r.push(z(-0), z(0), z(0.0), z(-0.0), z(false));
console.log(r.join(" "));
