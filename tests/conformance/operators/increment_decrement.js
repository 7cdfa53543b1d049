// Prefix and postfix ++/-- on variables: values returned and conversions.
var i = 5;
console.log('i++ returns', i++, 'then i =', i);
console.log('++i returns', ++i, 'then i =', i);
console.log('i-- returns', i--, 'then i =', i);
console.log('--i returns', --i, 'then i =', i);

var s = '5';
var old = s++;
console.log("'5'++ returns", old, typeof old, 'then s =', s, typeof s);
var s2 = '5';
console.log("++'5' returns", ++s2, typeof s2);
var s3 = 'abc';
s3++;
console.log("'abc'++ ->", s3);
var s4 = '';
s4++;
console.log("''++ ->", s4);
var s5 = '1.5';
s5--;
console.log("'1.5'-- ->", s5);
var s6 = '0x10';
s6++;
console.log("'0x10'++ ->", s6);

var b = true;
b++;
console.log('true++ ->', b);
var n = null;
n--;
console.log('null-- ->', n);
var u;
u++;
console.log('undefined++ ->', u);
var arrVal = [7];
arrVal++;
console.log('[7]++ ->', arrVal);
var objVal = {
  valueOf() {
    return 41;
  },
};
objVal++;
console.log('valueOf object ++ ->', objVal, typeof objVal);

var f = 0.1;
f++;
console.log('0.1++ ->', f);
var big = 9007199254740992;
big++;
console.log('2**53 ++ ->', big);
var maxInt = 2147483647;
maxInt++;
console.log('int32 max ++ ->', maxInt);
var minInt = -2147483648;
minInt--;
console.log('int32 min -- ->', minInt);
var nz = -1;
nz++;
console.log('-1 ++ ->', nz, Object.is(nz, 0));

var x = 1;
var y = x++ + ++x;
console.log('x++ + ++x:', y, 'x =', x);
var z = 10;
var w = z-- - --z;
console.log('z-- - --z:', w, 'z =', z);
var count = 0;
for (var k = 0; k < 5; k++) count++;
console.log('loop counter:', count, k);
var a = 1;
var c = -a++;
console.log('-a++:', c, a);
var d = 1;
console.log('- -d:', - -d, '- --d:', - --d);
