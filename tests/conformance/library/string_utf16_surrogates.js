// UTF-16 semantics: lengths count code units, indexing splits surrogate
// pairs, iteration and codePointAt combine them, lone surrogates survive.
var smile = "\ud83d\ude00";
var s = "a" + smile + "b";
console.log(s.length, s.charCodeAt(1), s.charCodeAt(2), s.codePointAt(1), s.codePointAt(2), s[1] === "\ud83d", s.slice(1, 2).length);
var parts = [];
for (var ch of s) parts.push(ch.length);
console.log(parts.join(","), Array.from(s).length, [...s].length, s.split("").length);
console.log(String.fromCharCode(0xd83d, 0xde00) === smile, String.fromCodePoint(0x1f600) === smile, String.fromCodePoint(65, 0x10ffff).length);
console.log(String.fromCharCode(65.9, 65536 + 66, -1).split("").map(function (c) { return c.charCodeAt(0); }).join(","), String.fromCharCode());
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint("x"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String.fromCodePoint(), String.fromCodePoint("65"), String.fromCodePoint(null).charCodeAt(0));
var lone = "x\ud800y\udc00z";
console.log(lone.length, lone.isWellFormed(), smile.isWellFormed(), lone.toWellFormed().charCodeAt(1), lone.toWellFormed().charCodeAt(3), lone.toWellFormed().length);
console.log(lone.indexOf("\ud800"), lone.split("\ud800").length, JSON.stringify(lone), encodeURIComponent(smile));
console.log((smile + smile).lastIndexOf("\ude00"), smile.at(-1) === "\ude00", smile.substring(1).codePointAt(0), smile.slice(0, 1) + smile.slice(1) === smile);
var sorted = ["\uff5e", smile, "\ue000"].sort().map(function (c) { return c.charCodeAt(0).toString(16); });
console.log(sorted.join(","), smile < "\uffff", "\u00e9" === "e\u0301", "\u00e9".length, "e\u0301".length);
console.log("ab\u0000cd".length, JSON.stringify("ab\u0000cd"), "\u2028\u2029".length);
