// replace and replaceAll with string patterns: substitution patterns,
// replacer functions and their arguments, empty patterns, coercion order.
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "abc".replace("x", "y"), "abc".replace("", "_"), "abc".replaceAll("", "_"));
console.log("xaxbx".replace("a", "[$&]"), "xaxbx".replace("a", "[$`]"), "xaxbx".replace("a", "[$']"), "xaxbx".replace("a", "[$$]"), "xaxbx".replace("a", "[$1$<n>$]"));
console.log("abcabc".replaceAll("b", "($`|$'|$&)"));
var calls = [];
var r = "one two one".replace("one", function (m, pos, str) { calls.push([m, pos, str, arguments.length].join("/")); return m.toUpperCase(); });
console.log(r, calls.join(" "));
calls = [];
r = "one two one".replaceAll("one", function (m, pos) { calls.push(pos); return "$&"; });
console.log(r, calls.join(","));
console.log("abc".replace("b", function () { return undefined; }), "abc".replace("b", 5), "abc".replace("b"), "abc".replace(undefined, "x"), "aundefinedb".replace(undefined, "x"));
console.log("12121".replace(1, 3), "12121".replaceAll(1, 3), "null".replace(null, "!"), String.prototype.replace.call(123, 2, "two"));
var log = [];
"ab".replace({ toString: function () { log.push("pattern"); return "a"; } }, { toString: function () { log.push("replacement"); return "z"; } });
console.log(log.join(","));
log = [];
"ab".replace({ toString: function () { log.push("pattern"); return "q"; } }, function () { log.push("called"); return ""; });
console.log(log.join(","));
try { "ab".replace("a", function () { throw new TypeError("from replacer"); }); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.replace.call(null, "a", "b"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("aaaa".replaceAll("aa", "b"), "".replaceAll("", "x"), "ab".replaceAll("", function (m, p) { return p; }));
