// Annex B HTML methods, String.raw, String.fromCharCode, String constructor.
var s = "x";
console.log(s.anchor('a"b'), s.big(), s.blink(), s.bold(), s.fixed(), s.fontcolor("red"), s.fontsize(7), s.italics(), s.link("http://u?a=1&b=\"2\""), s.small(), s.strike(), s.sub(), s.sup());
console.log(String.prototype.bold.call(5), "".anchor(), "y".fontcolor(), "y".link({ toString: function () { return "obj"; } }));
try { String.prototype.big.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.anchor.call(undefined, "n"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3), String.raw({ raw: "xyz" }, "-", "+"), JSON.stringify(String.raw({ raw: [] })), String.raw({ raw: { length: 2, 0: "p", 1: "q" } }, "!"), String.raw({ raw: ["only"] }, 1, 2));
console.log(String.raw.length, String.raw.name);
try { String.raw(); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.raw({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String.fromCharCode(72, 105), String.fromCharCode(0x10041).charCodeAt(0), String.fromCharCode("65", 66.7, true), String.fromCharCode.length);
console.log(String(123), new String(123).length, typeof String(new String("w")), String.length, String.name);
var strObj = new String("ab");
console.log(Object.getOwnPropertyNames(strObj).join(","), JSON.stringify(Object.getOwnPropertyDescriptor(strObj, "0")), strObj.hasOwnProperty("length"));
class Tagged extends String { tag() { return "<" + this + ">"; } }
console.log(new Tagged("t").tag(), new Tagged("t") instanceof String, new Tagged().length);
