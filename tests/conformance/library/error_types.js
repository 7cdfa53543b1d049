// Error constructors: name, message, cause, stack (a string),
// toString, own property order and attributes, subclassing.
var ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (var i = 0; i < ctors.length; i++) {
  var C = ctors[i];
  var e = new C("msg");
  var f = C("called");
  console.log(C.name, C.length, e.name, e.message, String(e), e instanceof C, e instanceof Error, f instanceof C, f.message,
    typeof e.stack, e.stack.split("\n")[0], Object.getOwnPropertyNames(e).join(","), Object.keys(e).length);
}
var md = Object.getOwnPropertyDescriptor(new Error("m"), "message");
console.log(md.writable, md.enumerable, md.configurable, "message" in Object.getOwnPropertyNames(new Error()));
console.log(new Error().hasOwnProperty("message"), new Error(undefined).hasOwnProperty("message"), new Error("").hasOwnProperty("message"), JSON.stringify(new Error("").message));
console.log(new Error(42).message, typeof new Error(42).message, new Error({ toString: function () { return "obj"; } }).message, new Error(null).message);
var withCause = new Error("outer", { cause: "inner" });
console.log(withCause.cause, Object.getOwnPropertyNames(withCause).join(","), new Error("x", {}).hasOwnProperty("cause"), new Error("x", { cause: undefined }).hasOwnProperty("cause"));
console.log(new TypeError("t", { cause: 0 }).cause, new Error("x", 5).hasOwnProperty("cause"));

// Error.prototype.toString.
var ts = Error.prototype.toString;
console.log(ts.call({}), ts.call({ name: "N" }), ts.call({ message: "M" }), ts.call({ name: "", message: "M" }), ts.call({ name: "N", message: "" }), ts.call({ name: undefined, message: undefined }));
console.log(ts.call({ name: 5, message: { toString: function () { return "obj"; } } }), ts.call(Object.create(TypeError.prototype)));
try { ts.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { ts.call(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Error.prototype.message === "", Error.prototype.name, TypeError.prototype.name, Object.prototype.toString.call(Error.prototype), TypeError.prototype instanceof Error);
var e2 = new Error("m");
e2.name = "Custom";
console.log(String(e2), e2.stack.split("\n")[0]);

// Subclassing.
class ValidationError extends Error {
  constructor(field, msg) {
    super(msg);
    this.name = "ValidationError";
    this.field = field;
  }
}
var v = new ValidationError("age", "too young");
console.log(v instanceof ValidationError, v instanceof Error, v.name, v.message, v.field, String(v), Object.prototype.toString.call(v));
console.log(Object.getOwnPropertyNames(v).join(","), v.stack.split("\n")[0], v.constructor.name);
class Quiet extends TypeError {}
var q = new Quiet("q");
console.log(q.name, String(q), q instanceof TypeError, Object.getPrototypeOf(Quiet) === TypeError);
function OldStyle(msg) { this.message = msg; }
OldStyle.prototype = Object.create(Error.prototype);
OldStyle.prototype.constructor = OldStyle;
OldStyle.prototype.name = "OldStyle";
var o = new OldStyle("legacy");
console.log(String(o), o instanceof Error, o.stack);

// Runtime errors are instances of the right constructors with V8's messages.
var samples = [
  function () { null.x; }, function () { undefined.y = 1; }, function () { notDefined; }, function () { (1)(); },
  function () { new (function () {}.bind())().x.y; }, function () { [].reduce(function () {}); }, function () { new Array(-1); },
  function () { "x".repeat(-1); }, function () { JSON.parse("{"); }, function () { decodeURI("%"); }, function () { (1).toFixed(200); },
  function () { Object.defineProperty(1, "x", {}); }, function () { new 5; }, function () { ({}) instanceof 5; }, function () { "a" in "b"; }
];
for (var j = 0; j < samples.length; j++) {
  try { samples[j](); console.log("no error"); } catch (err) { console.log(err.constructor.name, err instanceof Error, err.name + ": " + err.message); }
}
console.log(typeof Error.captureStackTrace, Error.stackTraceLimit);
var holder = {};
Error.captureStackTrace(holder);
console.log(typeof holder.stack, holder.stack.split("\n")[0]);
