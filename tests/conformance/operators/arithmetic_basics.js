// + - * / with numbers and with values that convert to numbers.
console.log('7 + 3 =', 7 + 3);
console.log('7 - 3 =', 7 - 3);
console.log('7 * 3 =', 7 * 3);
console.log('7 / 2 =', 7 / 2);
console.log('-7 / 2 =', -7 / 2);
console.log('0.1 * 3 =', 0.1 * 3);
console.log('1 / 3 =', 1 / 3);
console.log('2 / 3 =', 2 / 3);
console.log('10 / 4 =', 10 / 4);

console.log("'6' * '7' =", '6' * '7');
console.log("'10' - 3 =", '10' - 3);
console.log("'10' / '4' =", '10' / '4');
console.log("'3' + 4 (concatenates) =", '3' + 4);
console.log("' 12 ' * 2 =", ' 12 ' * 2);
console.log("'' * 5 =", '' * 5);
console.log("'abc' * 2 =", 'abc' * 2);
console.log("'0x10' * 1 =", '0x10' * 1);
console.log("'1e3' - 0 =", '1e3' - 0);

console.log('true + true =', true + true);
console.log('true * 10 =', true * 10);
console.log('false - 1 =', false - 1);
console.log('null + 1 =', null + 1);
console.log('null * 5 =', null * 5);
console.log('undefined + 1 =', undefined + 1);
console.log('[] * 2 =', [] * 2);
console.log('[5] * 2 =', [5] * 2);
console.log('[1, 2] * 2 =', [1, 2] * 2);
console.log('({}) * 2 =', {} * 2);

var withValueOf = {
  valueOf() {
    return 42;
  },
};
console.log('valueOf object - 2 =', withValueOf - 2);
console.log('valueOf object + 1 =', withValueOf + 1);
console.log("valueOf object + '' =", withValueOf + '');

console.log('precedence 2 + 3 * 4 =', 2 + 3 * 4);
console.log('(2 + 3) * 4 =', (2 + 3) * 4);
console.log('10 - 4 - 3 (left assoc) =', 10 - 4 - 3);
console.log('100 / 10 / 5 =', 100 / 10 / 5);
console.log('2 * 3 % 4 =', 2 * 3 % 4);

console.log('max safe + 2 =', 9007199254740991 + 2);
console.log('int32 overflow 2147483647 + 1 =', 2147483647 + 1);
console.log('-2147483648 - 1 =', -2147483648 - 1);
console.log('65536 * 65536 =', 65536 * 65536);
console.log('1e308 * 10 =', 1e308 * 10);
console.log('5e-324 / 2 =', 5e-324 / 2);
