// Relational comparisons between mixed types convert to numbers.
console.log('1 < 2:', 1 < 2, '2 <= 2:', 2 <= 2, '3 > 2:', 3 > 2, '2 >= 3:', 2 >= 3);
console.log("'5' > 3:", '5' > 3);
console.log("'abc' < 1:", 'abc' < 1, "'abc' >= 1:", 'abc' >= 1);
console.log('true > false:', true > false, 'true >= 1:', true >= 1, 'true > 1:', true > 1);
console.log('null >= 0:', null >= 0, 'null > 0:', null > 0, 'null == 0:', null == 0);
console.log('null < 1:', null < 1, 'null > -1:', null > -1);
console.log('undefined < 1:', undefined < 1, 'undefined > 1:', undefined > 1, 'undefined >= undefined:', undefined >= undefined);
console.log('NaN <= NaN:', NaN <= NaN);
console.log("'' < 1:", '' < 1, "' ' <= 0:", ' ' <= 0);
console.log('[] < 1:', [] < 1, '[5] > 4:', [5] > 4, '[1,2] < 3:', [1, 2] < 3);
console.log('({}) < 1:', {} < 1, '({}) >= 1:', {} >= 1);
console.log('Infinity > 1e308:', Infinity > 1e308, '-Infinity < -1e308:', -Infinity < -1e308);
console.log('-0 < 0:', -0 < 0, '-0 <= 0:', -0 <= 0);
console.log("'0x10' > 15:", '0x10' > 15);
console.log("'1e2' > 99:", '1e2' > 99);

var calls = [];
var left = {
  valueOf() {
    calls.push('left');
    return 1;
  },
};
var right = {
  valueOf() {
    calls.push('right');
    return 2;
  },
};
console.log('left < right:', left < right, calls);
calls = [];
console.log('left > right:', left > right, calls);
calls = [];
console.log('right >= left:', right >= left, calls);

var date = {
  valueOf() {
    return 100;
  },
  toString() {
    return 'zzz';
  },
};
console.log('valueOf preferred over toString:', date > 50, date > 'aaa');
console.log('chained 3 > 2 > 1:', 3 > 2 > 1, '1 < 2 < 3:', 1 < 2 < 3);
