// << >> >>> : shift count is taken modulo 32.
console.log('1 << 0 =', 1 << 0);
console.log('1 << 4 =', 1 << 4);
console.log('1 << 31 =', 1 << 31);
console.log('1 << 32 =', 1 << 32);
console.log('1 << 33 =', 1 << 33);
console.log('3 << 30 =', 3 << 30);
console.log('-1 << 1 =', -1 << 1);
console.log('256 >> 4 =', 256 >> 4);
console.log('-256 >> 4 =', -256 >> 4);
console.log('-1 >> 31 =', -1 >> 31);
console.log('-9 >> 1 =', -9 >> 1);
console.log('9 >> 1 =', 9 >> 1);
console.log('-1 >>> 0 =', -1 >>> 0);
console.log('-1 >>> 28 =', -1 >>> 28);
console.log('-256 >>> 4 =', -256 >>> 4);
console.log('256 >>> 4 =', 256 >>> 4);
console.log('1 >>> 32 =', 1 >>> 32);
console.log('0x80000000 >> 0 =', 0x80000000 >> 0);
console.log('0x80000000 >>> 0 =', 0x80000000 >>> 0);
console.log('4294967295 >> 0 =', 4294967295 >> 0);
console.log('4294967296 >>> 0 =', 4294967296 >>> 0);
console.log('-4294967297 >>> 0 =', -4294967297 >>> 0);
console.log('1e21 >> 0 =', 1e21 >> 0);
console.log('2.9 << 1 =', 2.9 << 1, '-2.9 >> 0 =', -2.9 >> 0);
console.log('1 << -1 =', 1 << -1);
console.log('8 >> -30 =', 8 >> -30);
console.log("'16' >> '2' =", '16' >> '2');
console.log('NaN << 2 =', NaN << 2, '5 << NaN =', 5 << NaN);
console.log('true << 3 =', true << 3, 'null >>> 1 =', null >>> 1);
console.log('precedence 1 + 2 << 3 =', 1 + 2 << 3, '1 << 2 + 3 =', 1 << 2 + 3);
console.log('precedence 16 >> 2 < 5 =', 16 >> 2 < 5);

var x = 1;
x <<= 10;
console.log('x <<= 10:', x);
x >>= 3;
console.log('x >>= 3:', x);
var y = -16;
y >>>= 28;
console.log('y >>>= 28 from -16:', y);

function toHex32(n) {
  return (n >>> 0).toString(16);
}
console.log('toHex32(-1):', toHex32(-1), 'toHex32(-256):', toHex32(-256), 'toHex32(255):', toHex32(255));
var packed = (12 << 16) | (34 << 8) | 56;
console.log('rgb pack:', packed, 'unpack:', (packed >> 16) & 255, (packed >> 8) & 255, packed & 255);
