// Property attributes, `length` and `name` of every builtin function, and
// the order of own keys of every constructor and prototype (V8's order).
// Names V8 has that this engine leaves out (iterators, symbols, legacy
// RegExp statics, Node's prepareStackTrace) are listed and skipped.
var skipped = {
  "Array.prototype": ["keys", "entries", "values"],
  "RegExp": ["input", "$_", "lastMatch", "$&", "lastParen", "$+", "leftContext", "$`", "rightContext", "$'",
    "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9"],
  "Error": ["prepareStackTrace"]
};

function flags(d) {
  var s = "";
  if ("value" in d) s += d.writable ? "w" : "-";
  else s += (d.get ? "g" : "-") + (d.set ? "s" : "-");
  s += d.enumerable ? "e" : "-";
  s += d.configurable ? "c" : "-";
  return s;
}

function show(label, o) {
  var names = Object.getOwnPropertyNames(o);
  var skip = skipped[label] || [];
  var parts = [];
  for (var i = 0; i < names.length; i++) {
    if (skip.indexOf(names[i]) >= 0) continue;
    var d = Object.getOwnPropertyDescriptor(o, names[i]);
    var extra = "";
    if ("value" in d && typeof d.value === "function") {
      extra = "(" + d.value.length + "," + d.value.name + ")";
    } else if ("value" in d && typeof d.value !== "object") {
      extra = "=" + String(d.value);
    } else if (!("value" in d)) {
      if (d.get) extra += "[get " + d.get.name + "/" + d.get.length + "]";
      if (d.set) extra += "[set " + d.set.name + "/" + d.set.length + "]";
    }
    parts.push(names[i] + ":" + flags(d) + extra);
  }
  console.log(label + " (" + parts.length + ")");
  for (var j = 0; j < parts.length; j += 6) {
    console.log("  " + parts.slice(j, j + 6).join(" "));
  }
}

var R = globalThis["RegExp"];
var list = [
  ["Object", Object], ["Object.prototype", Object.prototype],
  ["Function", Function], ["Function.prototype", Function.prototype],
  ["Array", Array], ["Array.prototype", Array.prototype],
  ["String", String], ["String.prototype", String.prototype],
  ["Number", Number], ["Number.prototype", Number.prototype],
  ["Boolean", Boolean], ["Boolean.prototype", Boolean.prototype],
  ["Math", Math], ["JSON", JSON],
  ["Date", Date], ["Date.prototype", Date.prototype],
  ["RegExp", R],
  ["Error", Error], ["Error.prototype", Error.prototype],
  ["TypeError", TypeError], ["TypeError.prototype", TypeError.prototype],
  ["RangeError", RangeError], ["RangeError.prototype", RangeError.prototype],
  ["ReferenceError", ReferenceError], ["ReferenceError.prototype", ReferenceError.prototype],
  ["SyntaxError", SyntaxError], ["SyntaxError.prototype", SyntaxError.prototype],
  ["EvalError", EvalError], ["EvalError.prototype", EvalError.prototype],
  ["URIError", URIError], ["URIError.prototype", URIError.prototype]
];
for (var i = 0; i < list.length; i++) show(list[i][0], list[i][1]);

// Prototype chains of the constructors and prototypes.
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Object.getPrototypeOf(Error) === Function.prototype, Object.getPrototypeOf(Math) === Object.prototype);
console.log(Object.getPrototypeOf(Date.prototype) === Object.prototype, Object.getPrototypeOf(JSON) === Object.prototype);
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Number.parseInt === parseInt, Number.parseFloat === parseFloat);
