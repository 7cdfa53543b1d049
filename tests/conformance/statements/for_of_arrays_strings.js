// for...of over arrays and strings.
var fruits = ['apple', 'banana', 'cherry'];
for (var fruit of fruits) console.log('fruit:', fruit);

var total = 0;
for (const n of [1, 2, 3, 4]) total += n;
console.log('sum:', total);

for (let ch of 'hey') console.log('char:', ch);

var chars = [];
for (var c of 'a b') chars.push(c);
console.log('spaces included:', chars);

var holes = [1, , 3];
var seen = [];
for (var h of holes) seen.push(h);
console.log('holes yield undefined:', seen);

var withExtra = ['x', 'y'];
withExtra.extra = 'not iterated';
var vals = [];
for (var v of withExtra) vals.push(v);
console.log('extra properties ignored:', vals);

var grow = [1, 2];
var visited = [];
for (var g of grow) {
  visited.push(g);
  if (g < 4) grow.push(g + 2);
}
console.log('elements pushed during iteration are visited:', visited);

var shrink = [1, 2, 3, 4, 5];
var visited2 = [];
for (var s of shrink) {
  visited2.push(s);
  shrink.pop();
}
console.log('popping shortens iteration:', visited2);

var matrix = [[1, 2], [3, 4]];
var flat = [];
for (var row of matrix) {
  for (var cell of row) flat.push(cell * 10);
}
console.log('nested:', flat);

var objs = [{ name: 'a' }, { name: 'b' }];
for (var o of objs) o.name = o.name.toUpperCase();
console.log('mutating elements:', objs);

var empty = 0;
for (var e of []) empty++;
for (var e2 of '') empty++;
console.log('empty array and string:', empty);

var out = [];
for (var word of ['skip', 'keep', 'stop', 'never']) {
  if (word === 'skip') continue;
  if (word === 'stop') break;
  out.push(word);
}
console.log('break/continue:', out);

var args = (function () {
  var r = [];
  for (var a of arguments) r.push(a);
  return r;
})(7, 8, 9);
console.log('arguments is iterable:', args);

var plain = { a: 1 };
try {
  for (var x of plain) console.log(x);
} catch (e) {
  console.log('plain object:', e.name, e.message);
}
var five = 5;
try {
  for (var y of five) console.log(y);
} catch (e) {
  console.log('number:', e.name, e.message);
}
