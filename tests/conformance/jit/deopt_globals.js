// A hot top-level loop reading and writing global variables (properties of
// the global object). Midway through, globals are added, deleted, turned
// into accessors and reassigned; every read after that must see the change.
var counter = 0;
var total = 0;
var step = 1;
var label = "s";
this.dyn = 10;            // configurable global property
globalThis.dyn2 = 20;     // configurable global property
function helper(v) { return v + 1; }
var events = [];
var getterCalls = 0;
var setterLog = [];

for (var i = 0; i < 9000; i++) {
  counter = counter + step;
  total += helper(i) + dyn + dyn2;
  if (typeof missingGlobal !== "undefined") total += missingGlobal;
  if (typeof laterVar !== "undefined") total += laterVar;
  if (i === 5000) {
    this.laterVar = 1000;              // new global property appears
    globalThis.missingGlobal = 7;      // another one
    events.push("added:" + total);
  }
  if (i === 5500) {
    delete globalThis.dyn2;            // configurable: really deleted
    events.push("deleted:" + (typeof dyn2) + ":" + ("dyn2" in globalThis));
    dyn2 = 0;                          // sloppy assignment re-creates it
  }
  if (i === 6000) {
    Object.defineProperty(globalThis, "dyn", {
      get: function () { getterCalls++; return 3; },
      set: function (v) { setterLog.push(v); },
      configurable: true
    });
    events.push("getter");
  }
  if (i === 6500) {
    helper = function (v) { return v * 2; };   // global function reassigned
    events.push("helper");
  }
  if (i === 7000) {
    step = 2.5;                                // int becomes double
    events.push("step");
  }
  if (i === 7500) {
    step = "x";                                // then a string
    label = 42;
    events.push("string:" + counter.length);
  }
  if (i === 7550) events.push("mid:" + typeof counter + ":" + counter.slice(-4) + ":" + counter.length);
  if (i === 7600) {
    step = 1;
    counter = 0;
    dyn = 99;                                  // goes to the setter
    events.push("reset");
  }
  if (i === 8000) {
    delete globalThis.laterVar;
    delete globalThis.missingGlobal;
    events.push("gone:" + (typeof laterVar) + (typeof missingGlobal));
  }
}
console.log("counter", counter);
console.log("total", total);
console.log("events", events.join(" | "));
console.log("getterCalls", getterCalls, "setter", setterLog.join(","));
console.log("dyn", dyn, "dyn2", dyn2, "label", label, typeof step);
console.log("helper", helper(21), helper.name);
console.log("has", "laterVar" in globalThis, "missingGlobal" in this, "dyn2" in this);
console.log("desc counter", Object.getOwnPropertyDescriptor(globalThis, "counter").configurable,
            Object.getOwnPropertyDescriptor(globalThis, "dyn2").configurable);

// Deleting a top-level var fails (not configurable); its value stays.
var kept = 5;
var dres = true;
for (var j = 0; j < 4000; j++) {
  kept = kept + 1;
  if (j === 2000) dres = delete globalThis.kept;
}
console.log("kept", kept, dres, typeof kept);

// A function reading globals, warmed up, then the globals change shape.
var g1 = 1, g2 = 2;
function readGlobals() { return g1 + g2 + (typeof g3 === "undefined" ? 0 : g3); }
var acc = 0;
for (var k = 0; k < 4000; k++) acc += readGlobals();
console.log("readGlobals warm", acc);
globalThis.g3 = 100;
console.log("with g3", readGlobals());
g1 = 1.5;
console.log("g1 double", readGlobals());
Object.defineProperty(globalThis, "g3", { get: function () { return -1; }, configurable: true });
console.log("g3 getter", readGlobals());
delete globalThis.g3;
console.log("g3 gone", readGlobals());
g2 = "two";
console.log("g2 string", readGlobals());
// Reading an undeclared global after it disappears throws ReferenceError.
function readMaybe() { return maybeThere; }
globalThis.maybeThere = 1;
var mt = 0;
for (var m = 0; m < 4000; m++) mt += readMaybe();
delete globalThis.maybeThere;
try { readMaybe(); console.log("no error"); } catch (e) { console.log("error", e.name, e.message); }
globalThis.maybeThere = "back";
console.log("maybeThere", mt, readMaybe());
// Writing a global from a hot function, then making it read-only.
var ro = 0;
function writeRo(v) { ro = v; return ro; }
for (var n = 0; n < 4000; n++) writeRo(n);
Object.defineProperty(globalThis, "ro", { writable: false });
console.log("ro", writeRo(123), ro);
