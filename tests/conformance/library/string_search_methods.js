// indexOf/lastIndexOf/includes/startsWith/endsWith/search/match with
// positions, empty patterns, coercions and plain-text patterns.
var s = "canal banana";
console.log(s.indexOf("an"), s.indexOf("an", 2), s.indexOf("an", -5), s.indexOf("an", 99), s.indexOf(""), s.indexOf("", 5), s.indexOf("", 99));
console.log(s.lastIndexOf("an"), s.lastIndexOf("an", 5), s.lastIndexOf("an", -5), s.lastIndexOf("a", 0), s.lastIndexOf(""), s.lastIndexOf("", 3), s.lastIndexOf("an", NaN), s.lastIndexOf("an", undefined));
console.log(s.includes("ban"), s.includes("ban", 7), s.includes(""), s.includes("nan", Infinity), s.includes("c", -Infinity));
console.log(s.startsWith("can"), s.startsWith("nal", 2), s.startsWith("", 99), s.startsWith("can", -1), s.startsWith("a", 1.9));
console.log(s.endsWith("ana"), s.endsWith("can", 3), s.endsWith("", 0), s.endsWith("banana", 100), s.endsWith("c", 1), s.endsWith("l", -1));
console.log("a1b".indexOf(1), "null".indexOf(null), "undefined".includes(), "abc".indexOf(undefined), "true".startsWith(true));
console.log(String.prototype.indexOf.call(12345, 3), String.prototype.includes.call([1, 2], ","), String.prototype.endsWith.call({}, "]"));
try { String.prototype.indexOf.call(null, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.startsWith.call(undefined, "a"); } catch (e) { console.log(e.name + ": " + e.message); }

// search and match with plain-text patterns (RegExp semantics for them).
console.log("abcb".search("b"), "abc".search("x"), "abc".search(), "abc".search(undefined), "".search(""));
console.log("abcb".match("b"), "abc".match("x"), "abc".match());
var m = "hello world".match("o w");
console.log(m.length, m[0], m.index, m.input, m.groups, Object.keys(m).join(","));
