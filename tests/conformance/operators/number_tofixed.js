// Number.prototype.toFixed rounding and formatting.
console.log('(1.5).toFixed(0):', (1.5).toFixed(0));
console.log('(2.5).toFixed(0):', (2.5).toFixed(0));
console.log('(-1.5).toFixed(0):', (-1.5).toFixed(0));
console.log('(1.005).toFixed(2):', (1.005).toFixed(2));
console.log('(1.45).toFixed(1):', (1.45).toFixed(1));
console.log('(1.55).toFixed(1):', (1.55).toFixed(1));
console.log('(3.14159).toFixed(2):', (3.14159).toFixed(2));
console.log('(3.14159).toFixed(4):', (3.14159).toFixed(4));
console.log('(10).toFixed(2):', (10).toFixed(2));
console.log('(0).toFixed(3):', (0).toFixed(3));
console.log('(0.1 + 0.2).toFixed(10):', (0.1 + 0.2).toFixed(10));
console.log('(0.1 + 0.2).toFixed(20):', (0.1 + 0.2).toFixed(20));
console.log('(123.456).toFixed():', (123.456).toFixed());
console.log('(-0.5).toFixed(0):', (-0.5).toFixed(0));
console.log('(-0.0001).toFixed(2):', (-0.0001).toFixed(2));
console.log('(1e21).toFixed(2):', (1e21).toFixed(2));
console.log('(1e20).toFixed(2):', (1e20).toFixed(2));
console.log('(5e-7).toFixed(10):', (5e-7).toFixed(10));
console.log('(99.995).toFixed(2):', (99.995).toFixed(2));
console.log('(0.000001).toFixed(7):', (0.000001).toFixed(7));
console.log('(12345.6789).toFixed(1):', (12345.6789).toFixed(1));
console.log('typeof toFixed result:', typeof (1).toFixed(1));
console.log("'1.239' via Number then toFixed(2):", Number('1.239').toFixed(2));
try {
  (1).toFixed(101);
} catch (e) {
  console.log('toFixed(101):', e.name, e.message);
}
try {
  (1).toFixed(-1);
} catch (e) {
  console.log('toFixed(-1):', e.name, e.message);
}
console.log('(1.23).toFixed(100) length:', (1.23).toFixed(100).length);
var prices = [19.999, 5, 0.5, 1234.5];
console.log('prices:', prices.map(function (p) {
  return '$' + p.toFixed(2);
}));
var total = 0;
for (var i = 0; i < 10; i++) total += 0.1;
console.log('sum of ten 0.1:', total, 'fixed:', total.toFixed(2));
