// JSON.parse: values, whitespace, escapes, numbers, duplicate keys,
// __proto__ keys, and the reviver (order, deletion, holder, arrays).
var texts = ['1', '-0', '1.5e3', '-1E-2', '0.1', '123456789012345678901234567890', '1e400', '"str"', '"\\u0041\\n\\t\\"\\\\\\/"',
  ' \t\n\r true ', 'false', 'null', '[]', '{}', '[1, "a", [null], {"b": {}}]', '{"a": 1, "a": 2, "b": 3}',
  '"\\ud83d\\ude00"', '"\\ud800"', '{"__proto__": 1}', '{"1": "a", "0": "b", "x": "c"}', '"\u2028"'];
for (var i = 0; i < texts.length; i++) {
  var v = JSON.parse(texts[i]);
  console.log(JSON.stringify(texts[i]), typeof v, JSON.stringify(v), Object.is(v, -0));
}
var dup = JSON.parse('{"a": 1, "b": 2, "a": 3}');
console.log(Object.keys(dup).join(","), dup.a);
var proto = JSON.parse('{"__proto__": {"x": 1}}');
console.log(Object.getPrototypeOf(proto) === Object.prototype, Object.keys(proto).join(","), proto.x);
console.log(JSON.parse(1), JSON.parse(null), JSON.parse(true), JSON.parse({ toString: function () { return "[2]"; } })[0], JSON.parse(new String('"w"')));

// Reviver: depth-first, keys in order, holder as this, undefined deletes.
var log = [];
var r = JSON.parse('{"a": [1, 2], "b": {"c": 3}, "d": 4}', function (k, v) {
  log.push(JSON.stringify(k) + (Array.isArray(this) ? "@arr" : ""));
  if (k === "d") return undefined;
  if (typeof v === "number") return v * 100;
  return v;
});
console.log(JSON.stringify(r), log.join(" "));
var arrDel = JSON.parse("[1, 2, 3]", function (k, v) { return k === "1" ? undefined : v; });
console.log(arrDel.length, 1 in arrDel, JSON.stringify(arrDel));
console.log(JSON.parse("5", function (k, v) { return [k, v, this[""]]; }));
console.log(JSON.parse('{"a": 1}', null).a, JSON.parse('{"a": 1}', {}).a, JSON.parse("[1]", 5)[0]);
// The reviver may add properties; they are not visited.
var added = [];
JSON.parse('{"a": 1, "b": 2}', function (k, v) { added.push(k); if (k === "a") this.c = 3; return v; });
console.log(added.join(","));
try { JSON.parse('{"a": 1}', function () { throw new Error("reviver"); }); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(JSON.stringify(JSON.parse(JSON.stringify({ nested: [1, { deep: "x" }], n: -1.5e-7 }))));
