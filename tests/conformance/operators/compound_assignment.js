// Arithmetic, exponent, shift and bitwise compound assignments.
var a = 10;
a += 5;
console.log('a += 5 ->', a);
a -= 3;
console.log('a -= 3 ->', a);
a *= 2;
console.log('a *= 2 ->', a);
a /= 8;
console.log('a /= 8 ->', a);
a %= 5;
console.log('a %= 5 ->', a);
a **= 3;
console.log('a **= 3 ->', a);

var b = 5;
b <<= 3;
console.log('b <<= 3 ->', b);
b >>= 1;
console.log('b >>= 1 ->', b);
b = -b;
b >>>= 28;
console.log('-b >>>= 28 ->', b);
b &= 6;
console.log('b &= 6 ->', b);
b |= 9;
console.log('b |= 9 ->', b);
b ^= 15;
console.log('b ^= 15 ->', b);

var s = '3';
s -= 1;
console.log("'3' -= 1 ->", s, typeof s);
var t = '3';
t += 1;
console.log("'3' += 1 ->", t, typeof t);
var u;
u += 1;
console.log('undefined += 1 ->', u);
var nl = null;
nl += 1;
console.log('null += 1 ->', nl);
var d = 1;
d /= 0;
console.log('1 /= 0 ->', d);

var obj = { n: 1, list: [1, 2, 3] };
obj.n += 10;
obj['n'] *= 2;
obj.list[1] **= 3;
obj.list[2] <<= 2;
console.log('on properties and elements:', obj);

var reads = 0;
var target = {
  get v() {
    reads++;
    return this._v;
  },
  set v(x) {
    this._v = x;
  },
  _v: 1,
};
target.v += 5;
console.log('getter read once per compound assignment:', target._v, 'reads:', reads);

var idx = 0;
var arr = [10, 20, 30];
arr[idx++] += 1;
console.log('index expression evaluated once:', arr, 'idx:', idx);

var chain = 2;
var result = (chain += 3) * 2;
console.log('compound assignment is an expression:', result, chain);
var x = 1;
var y = 2;
x += y += 3;
console.log('right associative x += y += 3:', x, y);
