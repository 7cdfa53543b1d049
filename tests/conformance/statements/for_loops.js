// for loops with all combinations of optional parts.
var a = [];
for (var i = 0; i < 3; i++) a.push(i);
console.log('classic:', a);

var b = [];
var j = 0;
for (; j < 3; j++) b.push(j);
console.log('no init:', b);

var c = [];
for (var k = 0; ; k++) {
  if (k >= 3) break;
  c.push(k);
}
console.log('no test:', c);

var d = [];
for (var m = 0; m < 3; ) {
  d.push(m);
  m += 1;
}
console.log('no update:', d);

var e = [];
var n = 0;
for (;;) {
  if (n === 4) break;
  e.push(n++);
}
console.log('all parts empty:', e);

var f = [];
for (var p = 10, q = 0; p > q; p -= 2, q += 1) f.push(p + '/' + q);
console.log('multiple vars and updates:', f);

var g = [];
for (var r = 5; r--; ) g.push(r);
console.log('decrement in test:', g);

var h = 0;
for (var s = 0; s < 5; s++);
console.log('empty body, s after:', s);

var nested = [];
for (var x = 0; x < 3; x++) {
  for (var y = 0; y < x; y++) {
    nested.push('' + x + y);
  }
}
console.log('nested:', nested);

var arr = ['a', 'b', 'c', 'd'];
var reversed = [];
for (var t = arr.length - 1; t >= 0; t--) reversed.push(arr[t]);
console.log('backwards:', reversed);

var calls = [];
for (calls.push('init'); calls.push('test') < 6; calls.push('update')) {
  calls.push('body');
}
console.log('evaluation order:', calls);

var sum = 0;
for (let z = 1; z <= 100; z++) sum += z;
console.log('sum 1..100:', sum);

var growing = [1];
for (var w = 0; w < growing.length && growing.length < 5; w++) growing.push(growing[w] * 2);
console.log('condition re-evaluated each time:', growing);
