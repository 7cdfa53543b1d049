// The global object: which standard globals exist, in V8's order, with
// their attributes; NaN, Infinity and undefined cannot be changed.
var expected = ["Object", "Function", "Array", "Number", "parseFloat", "parseInt", "Infinity", "NaN",
  "undefined", "Boolean", "String", "Date", "RegExp", "Error", "EvalError", "RangeError",
  "ReferenceError", "SyntaxError", "TypeError", "URIError", "globalThis", "JSON", "Math",
  "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
  "eval", "isFinite", "isNaN", "console"];
var names = Object.getOwnPropertyNames(globalThis);
var present = names.filter(function (n) { return expected.indexOf(n) >= 0; });
console.log(present.length === expected.length, present.join(","));
for (var i = 0; i < expected.length; i++) {
  var d = Object.getOwnPropertyDescriptor(globalThis, expected[i]);
  console.log(expected[i], typeof d.value, d.writable, d.enumerable, d.configurable);
}
console.log(globalThis === this, globalThis.globalThis === globalThis);

NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined, typeof NaN, typeof Infinity);
function strictWrite(name) {
  "use strict";
  try { globalThis[name] = 0; } catch (e) { console.log(e.name + ": " + e.message); }
}
strictWrite("NaN"); strictWrite("Infinity"); strictWrite("undefined");
console.log(delete globalThis.NaN, delete globalThis.undefined);

// Global functions and values.
console.log(isNaN("abc"), isNaN("12"), isNaN(undefined), isNaN(null), isNaN({}), isNaN([]), isNaN(new Date(NaN)));
console.log(isFinite("12"), isFinite(Infinity), isFinite("1e400"), isFinite(null), isFinite(true));
console.log(isNaN.length, isFinite.length, parseInt.length, parseFloat.length, isNaN.name);

// Var and function declarations become global properties.
var myGlobal = 1;
function myGlobalFn() {}
var dv = Object.getOwnPropertyDescriptor(globalThis, "myGlobal");
console.log(dv.value, dv.writable, dv.enumerable, dv.configurable);
console.log(typeof globalThis.myGlobalFn, Object.keys(globalThis).indexOf("myGlobal") >= 0);
