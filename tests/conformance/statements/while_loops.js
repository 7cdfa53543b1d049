// while loops: counting, condition first, break out, infinite-with-break.
var i = 0;
var seen = [];
while (i < 5) {
  seen.push(i);
  i++;
}
console.log('counted:', seen, 'i after:', i);

var never = 0;
while (false) {
  never++;
}
console.log('body never runs:', never);

var n = 27;
var steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log('collatz steps for 27:', steps);

var queue = ['a', 'b', 'c'];
var processed = [];
while (queue.length) processed.push(queue.shift().toUpperCase());
console.log('drain queue:', processed, queue);

var k = 0;
while (true) {
  k++;
  if (k * k > 50) break;
}
console.log('first k with k*k > 50:', k);

var odd = [];
var m = 0;
while (m < 10) {
  m++;
  if (m % 2 === 0) continue;
  odd.push(m);
}
console.log('odd via continue:', odd);

var a = 48;
var b = 18;
while (b) {
  var t = b;
  b = a % b;
  a = t;
}
console.log('gcd(48, 18):', a);

var digits = 0;
var num = 1234567;
while ((num = Math.floor(num / 10)) > 0) digits++;
console.log('digits minus one:', digits);

var obj = { next: { next: { next: null, v: 3 }, v: 2 }, v: 1 };
var values = [];
var node = obj;
while (node) {
  values.push(node.v);
  node = node.next;
}
console.log('linked list:', values);
