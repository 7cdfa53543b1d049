// % keeps the sign of the dividend and works on fractions.
console.log('7 % 3 =', 7 % 3);
console.log('-7 % 3 =', -7 % 3);
console.log('7 % -3 =', 7 % -3);
console.log('-7 % -3 =', -7 % -3);
console.log('6 % 3 =', 6 % 3);
console.log('-6 % 3 =', -6 % 3);
console.log('5.5 % 2 =', 5.5 % 2);
console.log('-5.5 % 2 =', -5.5 % 2);
console.log('0.3 % 0.1 =', 0.3 % 0.1);
console.log('1 % 0.2 =', 1 % 0.2);
console.log('5 % 0 =', 5 % 0);
console.log('0 % 5 =', 0 % 5);
console.log('-0 % 5 =', -0 % 5);
console.log('5 % Infinity =', 5 % Infinity);
console.log('-5 % Infinity =', -5 % Infinity);
console.log('Infinity % 5 =', Infinity % 5);
console.log('NaN % 5 =', NaN % 5);
console.log("'17' % '5' =", '17' % '5');
console.log('true % 2 =', true % 2);
console.log('null % 3 =', null % 3);
console.log('2147483648 % 7 =', 2147483648 % 7);
console.log('-2147483648 % -1 =', -2147483648 % -1);
console.log('1e17 % 3 =', 1e17 % 3);

function isEven(n) {
  return n % 2 === 0;
}
console.log('even checks:', [-4, -3, 0, 3, 4].map(isEven));

function mod(n, m) {
  return ((n % m) + m) % m;
}
console.log('true modulo of -7 by 3:', mod(-7, 3));

var digits = [];
var num = 90210;
while (num > 0) {
  digits.push(num % 10);
  num = Math.floor(num / 10);
}
console.log('digits reversed:', digits);

var x = 17;
x %= 5;
console.log('x %= 5:', x);
