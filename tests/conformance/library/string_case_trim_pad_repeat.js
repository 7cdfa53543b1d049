// toUpperCase/toLowerCase (full Unicode mappings), trim family,
// padStart/padEnd, repeat, normalize form checks, localeCompare basics.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase(), "ß".toUpperCase(), "ﬁ".toUpperCase(), "İ".toLowerCase().length);
console.log("ΑΣ".toLowerCase(), "ΑΣ Σ".toLowerCase(), "ǅ".toUpperCase(), "ǅ".toLowerCase(), "ÀÉÎ".toLowerCase(), "àéî".toUpperCase());
console.log("a\ud800b".toUpperCase().length, "a\ud800b".toUpperCase().charCodeAt(1), "\ud801\udc28".toUpperCase().codePointAt(0));
console.log(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(["A", "B"]), "ABC".toLocaleLowerCase(), "abc".toLocaleUpperCase());
var ws = " \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
console.log(JSON.stringify((ws + "x y" + ws).trim()), JSON.stringify((ws + "x").trimStart()), JSON.stringify(("x" + ws).trimEnd()), JSON.stringify("\u180ex\u200b".trim()));
console.log(JSON.stringify("  a  ".trimLeft()), JSON.stringify("  a  ".trimRight()), String.prototype.trim.call(12));
console.log("abc".padStart(6, "12"), "abc".padEnd(6, "12"), "abc".padStart(2), "abc".padEnd(5.9) + "|", "abc".padStart(6, ""), "abc".padStart(5, undefined) + "|", "abc".padEnd(5, null));
console.log("5".padStart(3, 0), "abc".padStart(-1, "x"), "abc".padStart(NaN, "x"), "x".padEnd(4, "ab"));
console.log("ab".repeat(3), JSON.stringify("ab".repeat(0)), "ab".repeat(2.9), "".repeat(100), JSON.stringify("x".repeat(NaN)), "x".repeat("2"));
try { "ab".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { "ab".repeat(Infinity); } catch (e) { console.log(e.name + ": " + e.message); }
try { "ab".repeat(2 ** 30); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("".repeat(2 ** 40).length);
try { "x".padStart(2 ** 30, "ab"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("abc".normalize(), "abc".normalize("NFC"), "abc".normalize("NFKD"), "abc".normalize(undefined));
try { "abc".normalize("nfc"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "".localeCompare("a"), "abc".localeCompare("abd"));
