// === and !== never convert types.
console.log("1 === 1:", 1 === 1, "1 === '1':", 1 === '1');
console.log('null === undefined:', null === undefined);
console.log('null === null:', null === null, 'undefined === undefined:', undefined === undefined);
console.log('NaN === NaN:', NaN === NaN);
console.log('-0 === 0:', -0 === 0);
console.log('true === 1:', true === 1);
console.log("'' === 0:", '' === 0);
console.log("'abc' === 'abc':", 'abc' === 'abc');
console.log("'abc' === 'ab' + 'c':", 'abc' === 'ab' + 'c');
console.log('0.1 + 0.2 === 0.3:', 0.1 + 0.2 === 0.3);
console.log('[] === []:', [] === []);
console.log('({}) === ({}):', {} === {});
var o = {};
var alias = o;
console.log('same reference:', o === alias);
var f = function () {};
console.log('function identity:', f === f, (function () {}) === (function () {}));
console.log("new String('a') === 'a':", new String('a') === 'a');
console.log("String('a') === 'a':", String('a') === 'a');
console.log('!== forms:', 1 !== '1', null !== undefined, NaN !== NaN, 'x' !== 'x');
console.log('typeof comparisons:', typeof 1 === 'number', typeof null === 'object');
console.log('1 === 1.0:', 1 === 1.0, '1e3 === 1000:', 1e3 === 1000, '0x10 === 16:', 0x10 === 16);
console.log('Infinity === 1 / 0:', Infinity === 1 / 0);

var list = [1, '1', true, null, undefined, NaN, 0, -0];
var matches = [];
for (var i = 0; i < list.length; i++) {
  if (list[i] === 1) matches.push('index ' + i);
}
console.log('=== 1 matches only:', matches);
console.log('indexOf uses ===:', list.indexOf('1'), list.indexOf(NaN), list.indexOf(-0));

function kind(v) {
  switch (v) {
    case 1:
      return 'number one';
    case '1':
      return 'string one';
    default:
      return 'other';
  }
}
console.log('switch uses ===:', kind(1), kind('1'), kind(true));
