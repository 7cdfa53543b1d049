// == between primitives: null/undefined, strings, numbers, booleans.
console.log('null == undefined:', null == undefined);
console.log('undefined == null:', undefined == null);
console.log('null == null:', null == null);
console.log('null == 0:', null == 0);
console.log('null == false:', null == false);
console.log("null == '':", null == '');
console.log('undefined == 0:', undefined == 0);
console.log('undefined == false:', undefined == false);
console.log('NaN == NaN:', NaN == NaN);

console.log("'' == 0:", '' == 0);
console.log("'0' == 0:", '0' == 0);
console.log("'' == '0':", '' == '0');
console.log("' \\t\\n' == 0:", ' \t\n' == 0);
console.log("'1' == 1:", '1' == 1);
console.log("'1.0' == 1:", '1.0' == 1);
console.log("'0x1' == 1:", '0x1' == 1);
console.log("'1e0' == 1:", '1e0' == 1);
console.log("'abc' == NaN:", 'abc' == NaN);

console.log("'0' == false:", '0' == false);
console.log("'1' == true:", '1' == true);
console.log("'2' == true:", '2' == true);
console.log("'true' == true:", 'true' == true);
console.log("'' == false:", '' == false);
console.log('0 == false:', 0 == false);
console.log('1 == true:', 1 == true);
console.log('2 == true:', 2 == true);
console.log('-0 == 0:', -0 == 0);

console.log("'a' == 'a':", 'a' == 'a');
console.log("'a' == 'A':", 'a' == 'A');
console.log('!= forms:', null != undefined, '1' != 1, 'a' != 'b');

var vals = [0, '', '0', false, null, undefined];
var rows = [];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? 'T' : '.';
  rows.push(row);
}
console.log('== table for 0, "", "0", false, null, undefined:');
for (var r = 0; r < rows.length; r++) console.log('  ' + rows[r]);
