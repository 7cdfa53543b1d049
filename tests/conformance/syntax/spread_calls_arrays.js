// Spread in calls and array literals.
function three(a, b, c) {
  return [a, b, c];
}
var args = [1, 2, 3];
console.log('spread call:', three(...args));
console.log('partial spread:', three(0, ...[9, 8]));
console.log('too few:', three(...[1]));
console.log('multiple spreads:', three(...[1], ...[2], ...[3]));
console.log('Math.max spread:', Math.max(...[4, 9, 2]));
console.log('empty spread:', Math.max(...[]));

var a = [1, 2];
var b = [3, 4];
var combined = [...a, ...b];
console.log('concat:', combined);
console.log('with extras:', [0, ...a, 2.5, ...b, 5]);

var copy = [...a];
copy.push(99);
console.log('copy is independent:', a, copy);

console.log('string spread:', [...'hello']);
console.log('spread string into call:', three(...'xyz'));

var holes = [1, , 3];
var spreadHoles = [...holes];
console.log('holes become undefined:', spreadHoles, 1 in spreadHoles);

var nested = [[1], [2]];
var shallow = [...nested];
shallow[0].push('shared');
console.log('shallow copy shares inner arrays:', nested);

function countArgs() {
  return arguments.length;
}
console.log('argument count:', countArgs(...[1, 2], ...[], 3));

var obj = {
  base: 10,
  add(x, y) {
    return this.base + x + y;
  },
};
console.log('spread method call keeps this:', obj.add(...[1, 2]));

function Point(x, y) {
  this.x = x;
  this.y = y;
}
var p = new Point(...[5, 6]);
console.log('spread in new:', p.x, p.y);

var order = [];
function log(v) {
  order.push(v);
  return [v];
}
three(...log('first'), log('second'), ...log('third'));
console.log('evaluation order:', order);

try {
  three(...undefined);
} catch (e) {
  console.log(e.name);
}
