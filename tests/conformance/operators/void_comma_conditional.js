// void, the comma operator and the conditional operator.
console.log('void 0:', void 0);
console.log("void 'x':", void 'x');
console.log('void (1 + 2):', void (1 + 2));
var sideEffect = 0;
var r = void sideEffect++;
console.log('void still evaluates:', r, sideEffect);
console.log('void 0 === undefined:', void 0 === undefined);
console.log('typeof void 0:', typeof void 0);

var c = (1, 2, 3);
console.log('comma value:', c);
var log = [];
var x = (log.push('a'), log.push('b'), log.length * 10);
console.log('comma evaluates all, returns last:', x, log);
for (var i = 0, j = 10; i < j; i += 3, j -= 3) {
  log.push(i + ':' + j);
}
console.log('comma in for:', log);
console.log('comma in arguments is a separator:', Math.max(1, 5), 'but parenthesised:', Math.max((1, 5), 2));

var n = 7;
console.log('conditional:', n > 5 ? 'big' : 'small');
console.log('nested conditional:', n < 0 ? 'negative' : n === 0 ? 'zero' : n < 10 ? 'digit' : 'large');
console.log('truthiness test:', '' ? 'yes' : 'no', [] ? 'yes' : 'no', null ? 'yes' : 'no');
var calls = [];
var v = true ? (calls.push('then'), 'T') : (calls.push('else'), 'F');
console.log('only one branch evaluated:', v, calls);
console.log('right associative:', true ? 1 : false ? 2 : 3, false ? 1 : true ? 2 : 3);
console.log('precedence a || b ? c : d:', 0 || 1 ? 'c' : 'd');
console.log('assignment in branches:', (n > 5 ? (n = 100) : (n = -100)), n);
function sign(k) {
  return k > 0 ? 1 : k < 0 ? -1 : 0;
}
console.log('sign:', sign(-3), sign(0), sign(8));
var obj = { a: 'A', b: 'B' };
console.log('conditional member:', obj[n > 0 ? 'a' : 'b']);
var fnPick = (n > 0 ? Math.max : Math.min)(3, 9);
console.log('conditional callee:', fnPick);
console.log('void in conditional:', n ? void 0 : 'x');
