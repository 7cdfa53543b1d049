// localeCompare: ICU's root collation order for case, accents, punctuation,
// digits and expansions (as Node sorts with its default locale).
var words = ["apple", "Apple", "APPLE", "banana", "Banana", "cherry", "éclair", "Eclair", "eclair", "Zebra", "zebra", "ångström", "angstrom", "Ärger", "arger", "resume", "résumé", "Résumé", "naïve", "naive", "ae", "æther", "aether", "straße", "strasse", "Strasse", "a b", "a-b", "a_b", "a.b", "a,b", "a1", "a10", "a2", "A1", "item 10", "item 2", "item-1", "", " ", "1", "10", "9", "$5", "€5", "#tag", "@user", "_private", "(paren)", "[bracket]", "zoë", "zoe", "Zoe", "ñandu", "nandu", "Ñandu", "øre", "ore", "œuvre", "oeuvre", "über", "uber", "Uber", "ça", "ca", "Ca", "đ", "d", "x\ty", "x y", "xy", "MIXED case", "mixed Case", "mixed case"];
var s = words.slice().sort(function (a, b) { return a.localeCompare(b); });
console.log(s.map(function (w) { return JSON.stringify(w); }).join(" "));
var pairs = [];
for (var i = 0; i < words.length; i++) for (var j = 0; j < words.length; j += 7) pairs.push(words[i].localeCompare(words[j]));
console.log(pairs.join(""));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("A"), "A".localeCompare("á"), "ab".localeCompare("a\tb"), "a\u0000".localeCompare("a"));
console.log(String.prototype.localeCompare.call(12, 9), "null".localeCompare(null), "undefined".localeCompare());
try { String.prototype.localeCompare.call(null, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
