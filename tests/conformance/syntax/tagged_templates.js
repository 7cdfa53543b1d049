// Tagged templates: the strings array (frozen, with .raw) is created once
// per site, substitutions are evaluated left to right, member tags get
// their object as `this`.
function tag(strings, ...values) {
  return JSON.stringify({ strings: strings, raw: strings.raw, values: values });
}
console.log(tag`a${1}b${2 + 3}c`);
console.log(tag`\n\t${"x"}\u0041`);
console.log(tag``);

function site(s) { return s; }
var seen = [];
for (var i = 0; i < 3; i++) seen.push(site`same ${i} site`);
console.log(seen[0] === seen[1], seen[1] === seen[2], site`same ${0} site` === seen[0]);
console.log(Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw), Array.isArray(seen[0]), seen[0].length);

var obj = {
  prefix: ">>",
  tag(strings, v) { return this.prefix + strings[0] + v + strings[1]; },
};
console.log(obj.tag`[${42}]`);

var order = [];
function note(x) { order.push(x); return x; }
function t2(s, a, b) { return s.raw.join("|") + ":" + a + "," + b; }
console.log(t2`${note(1)}-${note(2)}`, order.join(""));

// String.raw is the tag that joins raw strings.
console.log(String.raw`C:\new\table${1 + 1}`);

// A tag returning a function, called again.
function curry(s1) { return function (s2) { return s1[0] + s2[0]; }; }
console.log(curry`left``right`);
