// do...while runs the body at least once.
var count = 0;
do {
  count++;
} while (false);
console.log('runs once with false condition:', count);

var i = 0;
var seen = [];
do {
  seen.push(i);
  i += 2;
} while (i < 10);
console.log('evens:', seen);

var attempts = 0;
var result;
do {
  attempts++;
  result = attempts * 7;
} while (result % 5 !== 0);
console.log('first multiple of 7 divisible by 5:', result, 'after', attempts, 'attempts');

var n = 0;
var skipped = [];
do {
  n++;
  if (n === 3) continue;
  if (n === 6) break;
  skipped.push(n);
} while (n < 10);
console.log('continue re-checks condition, break exits:', skipped, 'n =', n);

var log = [];
var k = 3;
do log.push('k=' + k);
while (--k > 0);
console.log('single statement body:', log);

var x = 10;
do {
  x -= 3;
} while (x > 0);
console.log('x after:', x);

var digits = [];
var num = 0;
do {
  digits.unshift(num % 10);
  num = Math.floor(num / 10);
} while (num > 0);
console.log('digits of 0:', digits);
num = 9051;
digits = [];
do {
  digits.unshift(num % 10);
  num = Math.floor(num / 10);
} while (num > 0);
console.log('digits of 9051:', digits);
var conditionChecks = 0;
do {} while (++conditionChecks < 4);
console.log('condition checks:', conditionChecks);
