// Array.prototype.join: arrays of strings (joined in one piece) and
// everything that must still take the general path.
var parts = [];
for (var i = 0; i < 50; i++) parts.push("p" + i);
var joined = parts.join("");
console.log(joined.length, joined.slice(0, 12), joined.slice(-8));
console.log(parts.join(", ").length, parts.join().slice(0, 11), parts.join(undefined).slice(-7));
console.log(["a"].join("-"), [].join("-") === "", ["", ""].join("") === "", ["", "", ""].join("+"));
console.log(["é", "日本", "\u{1F600}", "x"].join("|"), ["a", "b"].join("\u00e9\u00e9"));
console.log(["one", 2, "three"].join("/"), ["x", null, undefined, "y"].join("-"));
console.log([["a", "b"], "c"].join(";"), ["a", { toString: function () { return "T"; } }].join());
var holes = ["a", , "c"];
console.log(holes.join("."), holes.length);
Array.prototype[1] = "from-proto";
console.log(holes.join("."), ["q", , "r"].join("."));
delete Array.prototype[1];
var long = [];
long.length = 3;
long[0] = "z";
console.log(long.join("*"));
var sparse = [];
sparse[5] = "five";
sparse[0] = "zero";
console.log(sparse.join("|"));
console.log(Array.prototype.join.call({ length: 3, 0: "x", 1: "y", 2: "z" }, "-"));
console.log(Array.prototype.join.call("str", "+"));
var cyc = ["a", "b"];
cyc.push(cyc);
console.log(cyc.join("~"));
// Hot, so compiled code calls join with many sizes.
var total = 0;
for (var r = 0; r < 3000; r++) {
  var out = [];
  for (var j = 0; j < (r % 9); j++) out.push(j % 2 ? "ab" : "c");
  var s = out.join(r % 3 ? "" : ",");
  total += s.length + (s === out.join(r % 3 ? "" : ",") ? 1 : 0);
}
console.log("total", total);
var frozen = Object.freeze(["f", "g"]);
console.log(frozen.join("&"), String(["s", "t"]), ["u", "v"] + "");
