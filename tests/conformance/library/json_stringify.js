// JSON.stringify: values, wrappers, toJSON, replacer functions and
// property lists, space, key order, holes, escaping.
console.log(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(null), JSON.stringify(true), JSON.stringify(undefined), JSON.stringify(function () {}));
console.log(JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(-1e-7));
console.log(JSON.stringify({ a: undefined, b: function () {}, c: null, d: NaN, e: [undefined, function () {}, , 1] }));
console.log(JSON.stringify({ 2: "b", 1: "a", z: 1, y: 2, "-1": 3 }), JSON.stringify([new Number(3), new String("s"), new Boolean(false), Object(true)]));
console.log(JSON.stringify("quote\" backslash\\ nl\n tab\t cr\r bs\b ff\f nul\u0000 us\u001f del\u007f é \u2028 \ud83d\ude00 lone\ud800 \udc00x"));
console.log(JSON.stringify({ "key\"with\nescapes": 1 }), JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(Object.defineProperty({}, "hidden", { value: 1 })));
console.log(JSON.stringify(new Date(0)), JSON.stringify({ d: new Date(NaN) }), JSON.stringify([new Error("e")]), JSON.stringify(Math), JSON.stringify(new String("ab")));

// toJSON gets the key; its result is serialized (and may be anything).
var withToJSON = { toJSON: function (key) { return "toJSON(" + key + ")"; } };
console.log(JSON.stringify(withToJSON), JSON.stringify({ k: withToJSON }), JSON.stringify([withToJSON]), JSON.stringify({ x: { toJSON: function () { return undefined; } } }));
console.log(JSON.stringify({ toJSON: 5, a: 1 }), JSON.stringify({ a: { toJSON: function () { return { b: 2 }; } } }));

// Replacer functions: called with the holder as this, on the wrapper first.
var calls = [];
var out = JSON.stringify({ a: 1, b: [2, { c: 3 }] }, function (k, v) {
  calls.push(JSON.stringify(k) + ":" + (typeof v) + (Array.isArray(this) ? "[]" : ""));
  if (k === "c") return undefined;
  if (typeof v === "number") return v * 10;
  return v;
});
console.log(out, calls.join(" "));
console.log(JSON.stringify(5, function (k, v) { return k === "" ? { wrapped: v } : v; }), JSON.stringify({ a: 1 }, function () { return undefined; }));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === "a" ? function () {} : v; }));

// Property lists: strings and numbers (and their wrappers), in order, deduplicated.
console.log(JSON.stringify({ a: 1, b: 2, c: 3, 1: "one" }, ["c", "a", "c", 1, "missing"]));
console.log(JSON.stringify({ a: { a: 1, b: 2 }, b: 3 }, ["a"]), JSON.stringify([{ a: 1, b: 2 }], ["b"]), JSON.stringify({ a: 1 }, [new String("a"), {}, true, null]));
console.log(JSON.stringify({ a: 1 }, "not a list"), JSON.stringify({ a: 1 }, null), JSON.stringify({ a: 1 }, []));

// space: numbers (clamped to 10), strings (first 10 units), wrappers.
var v = { a: [1, { b: 2 }, []], c: {}, d: "x" };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, "--"));
console.log(JSON.stringify([1], null, 20) === JSON.stringify([1], null, 10), JSON.stringify([1], null, "12345678901234").split("\n")[1]);
console.log(JSON.stringify([1, 2], null, 0), JSON.stringify([1], null, -3), JSON.stringify([1], null, 1.9), JSON.stringify([1], null, new Number(1)), JSON.stringify([1], null, new String("\t")), JSON.stringify([1], null, true));
console.log(JSON.stringify({}, null, 2), JSON.stringify([], null, 2), JSON.stringify({ a: [] }, null, 1), JSON.stringify([undefined], null, 1));

// Getters run; arrays and array-likes.
var g = { get a() { return "got"; }, b: 1 };
console.log(JSON.stringify(g), JSON.stringify([, 1, , 2]), JSON.stringify({ length: 2, 0: "a" }), JSON.stringify((function () { return arguments; })(1, 2)));
var arr = [1, 2];
arr.extra = "ignored";
console.log(JSON.stringify(arr), JSON.stringify(Object.assign(Object.create(null), { n: 1 })));
try { JSON.stringify({ get bad() { throw new RangeError("getter"); } }); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.stringify({ toJSON: function () { throw new Error("toJSON"); } }); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(JSON.stringify.length, JSON.parse.length, Object.prototype.toString.call(JSON), typeof JSON);
