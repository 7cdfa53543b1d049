// && || ! return operand values and short-circuit.
console.log("1 && 'yes':", 1 && 'yes');
console.log("0 && 'yes':", 0 && 'yes');
console.log("'' && 'yes':", '' && 'yes');
console.log("null && 'yes':", null && 'yes');
console.log("'a' && 'b' && 'c':", 'a' && 'b' && 'c');
console.log("'a' && 0 && 'c':", 'a' && 0 && 'c');
console.log("0 || 'default':", 0 || 'default');
console.log("'' || null:", '' || null);
console.log("'first' || 'second':", 'first' || 'second');
console.log('NaN || undefined || false:', NaN || undefined || false);
console.log("null || 0 || 'found' || 'later':", null || 0 || 'found' || 'later');

console.log('!0:', !0, "!'':", !'', '!null:', !null, '!undefined:', !undefined, '!NaN:', !NaN);
console.log('!1:', !1, "!'0':", !'0', "!' ':", !' ', '![]:', ![], '!{}:', !{}, '!function:', !function () {});
console.log('!!-1:', !!-1, "!!'false':", !!'false', '!!-0:', !!-0, '!!Infinity:', !!Infinity);
console.log('!!new Boolean(false):', !!new Boolean(false));

var calls = [];
function t(label) {
  calls.push(label);
  return true;
}
function f(label) {
  calls.push(label);
  return false;
}
f('a') && t('b');
console.log('&& stops at falsy:', calls);
calls = [];
t('a') || f('b');
console.log('|| stops at truthy:', calls);
calls = [];
f('a') || t('b') && f('c') || t('d');
console.log('mixed evaluation:', calls);

console.log('precedence: true || false && false =', true || false && false);
console.log('(true || false) && false =', (true || false) && false);
console.log('!true && false =', !true && false);
console.log('!(true && false) =', !(true && false));

var obj = { name: 'x' };
var guarded = obj && obj.name;
var missing = null;
var guardedMissing = missing && missing.name;
console.log('guard pattern:', guarded, guardedMissing);

function greet(name) {
  name = name || 'anonymous';
  return 'hi ' + name;
}
console.log(greet('ann'), '|', greet(''), '|', greet());

var arr = [];
var r = arr.length && arr[0];
console.log('empty array length guard:', r);
console.log('typeof result of &&:', typeof (1 && 'str'), typeof ('' || 5));
