// slice, substring, substr, at, charAt, charCodeAt, codePointAt, concat:
// negative, fractional, infinite and NaN positions.
var s = "abcdef";
var args = [[], [2], [-2], [2, 4], [4, 2], [-3, -1], [NaN, 2], [2, NaN], [-Infinity, Infinity], [1.7, 3.2], ["2", "4"], [undefined, 2], [2, undefined], [100], [-100]];
for (var i = 0; i < args.length; i++) {
  var a = args[i];
  console.log(JSON.stringify(a), JSON.stringify(s.slice(a[0], a[1])), JSON.stringify(s.substring(a[0], a[1])), JSON.stringify(s.substr(a[0], a[1])));
}
console.log(s.slice(2, -1), s.substring(-1, 2), s.substr(-3, 2), s.substr(1, -1), s.substr(1, Infinity), s.substr(1, 0));
console.log(s.at(0), s.at(-1), s.at(6), s.at(-7), s.at("1"), s.at(1.9), s.at(NaN));
console.log(s.charAt(), s.charAt(5), JSON.stringify(s.charAt(6)), JSON.stringify(s.charAt(-1)), s.charAt(1.9), s.charAt("2"));
console.log(s.charCodeAt(), s.charCodeAt(5), s.charCodeAt(6), s.charCodeAt(-1), s.charCodeAt(NaN));
console.log(s.codePointAt(0), s.codePointAt(9), "\ud83d\ude00".codePointAt(0), "\ud83d\ude00".codePointAt(1), "\ud83d".codePointAt(0), "\ude00\ud83d".codePointAt(0));
console.log(s.concat(), s.concat(1, null, [2, 3], {}), "".concat(undefined), String.prototype.concat.call(1, 2));
try { String.prototype.slice.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.at.call(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(s[0], s[5], s[6], s[-1], s["1"], s.length, s["length"], "€".length, "\ud83d\ude00".length);
var boxed = new String("box");
boxed.extra = 1;
console.log(boxed.length, boxed[1], Object.keys(boxed).join(","), boxed.slice(1), typeof boxed, boxed == "box", boxed === "box");
