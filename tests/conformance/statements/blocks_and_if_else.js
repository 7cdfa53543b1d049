// Blocks, if/else chains, truthiness of conditions.
function grade(score) {
  if (score >= 90) {
    return 'A';
  } else if (score >= 80) {
    return 'B';
  } else if (score >= 70) {
    return 'C';
  } else {
    return 'F';
  }
}
console.log('grades:', [95, 85, 75, 10].map(grade));

var conds = [0, 1, '', 'x', null, undefined, NaN, [], {}, -0, '0', 'false'];
var out = [];
for (var i = 0; i < conds.length; i++) {
  if (conds[i]) out.push('T');
  else out.push('F');
}
console.log('truthiness:', out.join(''));

var x = 5;
if (x > 3) console.log('single statement if without braces');
if (x > 10) console.log('not printed');
else console.log('else without braces');

if (x > 0)
  if (x > 100) console.log('nested big');
  else console.log('dangling else binds to inner if');

{
  console.log('a bare block runs');
  {
    console.log('nested bare block runs');
  }
}
{}
;;;
console.log('empty statements are fine');

var log = [];
if ((log.push('cond'), false)) {
  log.push('then');
} else if ((log.push('cond2'), true)) {
  log.push('else-if');
} else {
  log.push('else');
}
console.log('evaluation:', log);

function classify(v) {
  if (typeof v === 'number') {
    if (v !== v) return 'NaN';
    if (v < 0) return 'negative';
    return v === 0 ? 'zero' : 'positive';
  }
  if (v === null) return 'null';
  return typeof v;
}
console.log(classify(-2), classify(0), classify(3), classify(NaN), classify(null), classify('s'));

var assigned;
if ((assigned = 'value')) {
  console.log('assignment in condition:', assigned);
}
if (new Boolean(false)) console.log('Boolean object is truthy');
