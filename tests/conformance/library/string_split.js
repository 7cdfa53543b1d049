// String.prototype.split with string separators: limits, empty strings,
// empty separators, undefined, coercion order, surrogates.
function show(s, sep, lim) { return JSON.stringify(s.split(sep, lim)); }
console.log(show("a,b,c", ","), show("a,b,c", ",", 2), show("a,b,c", ",", 0), show("a,b,c", ",", -1), show("a,b,c", ",", 2 ** 32 + 1));
console.log(show(",a,,b,", ","), show("abc", ""), show("abc", "", 2), show("", ""), show("", ","), show("abc"), show("abc", undefined, 0));
console.log(show("a--b--c", "--"), show("aaa", "a"), show("aaa", "aa"), show("abc", "abc"), show("abc", "abcd"), show("a b  c", " "));
console.log(show("a1b1c", 1), show("true false", true), show("anullb", null), show("aundefinedb", "undefined"));
console.log(show("\ud83d\ude00x\ud83d\ude00", ""), show("\ud83d\ude00x\ud83d\ude00", "x"), show("x\ud83dy", "\ud83d"));
console.log(show("a,b", ",", "1"), show("a,b", ",", 1.9), show("a,b", ",", NaN), show("a,b", ",", null), show("a,b", ",", undefined));
var log = [];
"a-b".split({ toString: function () { log.push("separator"); return "-"; } }, { valueOf: function () { log.push("limit"); return 5; } });
console.log(log.join(","));
log = [];
"a-b".split({ toString: function () { log.push("separator"); return "-"; } }, { valueOf: function () { log.push("limit"); return 0; } });
console.log(log.join(","));
console.log(JSON.stringify(String.prototype.split.call(12345, 3)), JSON.stringify(String.prototype.split.call(true, "u")));
try { String.prototype.split.call(null, ","); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.split.call(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("a,b".split(",").length, Array.isArray("".split("")), "x".split("x").length);
