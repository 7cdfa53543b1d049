// concat, slice, join, toString, toLocaleString: holes, array-likes,
// cycles, separators, nested arrays.
var h = [1, , 3];
var c = h.concat([4, , 6], 7, [[8]], "str", { length: 1, 0: "not spread" });
console.log(c.length, c, Object.keys(c).join(","));
console.log([].concat(), [].concat([]), [1].concat(undefined, null), Array.prototype.concat.call("ab", "cd"), Array.prototype.concat.call(1, 2).length);
var args = (function () { return arguments; })(1, 2);
console.log([0].concat(args).length, JSON.stringify([0].concat(args)));
console.log([1, 2, 3, 4].slice(1, 3), [1, 2, 3].slice(-2), [1, 2, 3].slice(2, 1), [1, 2, 3].slice(), [1, , 3].slice(0, 2), [1, 2, 3].slice("1"), [1, 2, 3].slice(0, -Infinity), [1, 2, 3].slice(NaN, Infinity));
console.log(Array.prototype.slice.call({ length: 3, 0: "a", 2: "c" }), Array.prototype.slice.call("hey", 1), Array.prototype.slice.call(args));
var sliced = [1, , 3].slice();
console.log(1 in sliced, sliced.length);

console.log([1, [2, [3, null]], undefined, null, "x"].join(), [1, 2].join(""), [1, 2].join(undefined), [1, 2].join(null), [1, 2].join({ toString: function () { return "+"; } }));
console.log([].join(), [,].join(), [, ,].join("-"), [null].join(), [undefined, 1].join("|"), Array(3).join("ab"));
var cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join("-"), String(cyc), cyc.toString());
var outer = [1];
var inner = [outer, 2];
outer.push(inner);
console.log(outer.join(), inner.join());
console.log([1, 2].toString(), Array.prototype.toString.call({ join: function () { return "custom"; } }), Array.prototype.toString.call({ join: 5 }), Array.prototype.toString.call(5));
console.log(Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "/"), Array.prototype.join.call("abc", "."), Array.prototype.join.call({}));
console.log([1.5, 1234567.891, -0, NaN, "s", null, undefined, { toLocaleString: function () { return "L"; } }].toLocaleString());
try { [{ toLocaleString: 5 }].toLocaleString(); } catch (e) { console.log(e.name + ": " + e.message); }
try { [{ toString: function () { throw new Error("in toString"); } }].join(); } catch (e) { console.log(e.name + ": " + e.message); }
