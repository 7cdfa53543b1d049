// ?? only falls back on null/undefined; || falls back on any falsy value.
var values = [null, undefined, 0, -0, '', false, NaN, 'text', 1, [], {}];
var names = ['null', 'undefined', '0', '-0', "''", 'false', 'NaN', "'text'", '1', '[]', '{}'];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(names[i], '??', v ?? 'fallback', '| ||', v || 'fallback');
}

var config = { retries: 0, name: '', verbose: false };
console.log('retries ??:', config.retries ?? 3, '||:', config.retries || 3);
console.log('name ??:', JSON_like(config.name ?? 'default'), '||:', config.name || 'default');
console.log('verbose ??:', config.verbose ?? true, '||:', config.verbose || true);
console.log('missing ??:', config.timeout ?? 1000);

function JSON_like(s) {
  return "'" + s + "'";
}

var calls = 0;
function fallback() {
  calls++;
  return 'computed';
}
var x = 'present' ?? fallback();
console.log('right side not evaluated:', x, calls);
var y = null ?? fallback();
console.log('right side evaluated:', y, calls);

console.log('chained:', null ?? undefined ?? 0 ?? 'never');
console.log('all nullish:', null ?? undefined);
console.log('with optional chaining:', config.nested?.deep ?? 'no deep');

console.log('parenthesised with ||:', (null || undefined) ?? 'paren ok');
console.log('parenthesised with &&:', (0 && 1) ?? 'not reached');
console.log('?? result can be falsy:', null ?? false, undefined ?? 0);

var a = null;
a ??= 'assigned';
var b = 0;
b ??= 'not assigned';
console.log('??= :', a, b);
