// for...in over arrays yields index strings (and extra properties).
var arr = ['x', 'y', 'z'];
var idx = [];
for (var i in arr) idx.push(i);
console.log('indices:', idx, 'type:', typeof idx[0]);

var sum = '';
for (var j in arr) sum += j + 1;
console.log('string concatenation trap:', sum);

var sparse = [1, , 3];
sparse[10] = 'ten';
var sp = [];
for (var s in sparse) sp.push(s);
console.log('holes skipped:', sp);

var withExtra = [10, 20];
withExtra.label = 'extra';
var we = [];
for (var w in withExtra) we.push(w);
console.log('extra property included after indices:', we);

Array.prototype.polluted = 'bad';
var polluted = [];
for (var p in [1, 2]) polluted.push(p);
console.log('inherited enumerable from Array.prototype:', polluted);
delete Array.prototype.polluted;
var clean = [];
for (var c in [1, 2]) clean.push(c);
console.log('after cleanup:', clean);

var nested = [[1, 2], [3]];
var pairs = [];
for (var a in nested) {
  for (var b in nested[a]) {
    pairs.push(a + ':' + b + '=' + nested[a][b]);
  }
}
console.log('nested:', pairs);

var args = (function () {
  var out = [];
  for (var k in arguments) out.push(k);
  return out;
})('a', 'b', 'c');
console.log('arguments object:', args);

var empty = [];
var count = 0;
for (var e in empty) count++;
console.log('empty array:', count);

var lengthy = [];
lengthy.length = 5;
var lk = [];
for (var l in lengthy) lk.push(l);
console.log('length-only array:', lk);
