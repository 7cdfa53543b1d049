// Array.prototype.shift: the dense fast path (one copy, holes moving down
// as holes) and the general algorithm when prototypes have indexed
// properties; push after shift.
var a = [1, , 3, , 5, ,];
console.log(a.length, a.shift(), a.length, JSON.stringify(a), 0 in a, 1 in a, 2 in a, 3 in a, 4 in a);
console.log(a.shift(), a.length, a.pop(), a.length, a.shift(), a.length, JSON.stringify(a));
var b = [, , 1];
console.log(b.shift(), b.length, b.shift(), b.length, 0 in b, b.shift(), b.length);
var c = [1, 2, 3];
c.shift(); c.push(9); console.log(JSON.stringify(c), c.length);
Array.prototype[1] = "P";
var d = [1, , 3];
console.log(d.shift(), JSON.stringify(d), d.length, d.hasOwnProperty(0), d[0]);
delete Array.prototype[1];
var q = []; var s = 0;
for (var i = 0; i < 3000; i++) { q.push(i); q.push(i + 1); s += q.shift(); }
console.log(s, q.length);
