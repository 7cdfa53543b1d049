// Object.is, Number/Boolean conversions, valueOf/toString on objects.
console.log('Object.is(NaN, NaN):', Object.is(NaN, NaN), '| NaN === NaN:', NaN === NaN);
console.log('Object.is(0, -0):', Object.is(0, -0), '| 0 === -0:', 0 === -0);
console.log('Object.is same object:', Object.is(Object.prototype, Object.getPrototypeOf({})));
console.log('Object.is("a", "a"):', Object.is('a', 'a'), '| ({} , {}):', Object.is({}, {}));

// Number conversions.
console.log('Number(""):', Number(''), '| Number(" 12 "):', Number(' 12 '), '| Number("12px"):', Number('12px'));
console.log('Number(null):', Number(null), '| Number(undefined):', Number(undefined), '| Number(true):', Number(true));
console.log('Number([]):', Number([]), '| Number([5]):', Number([5]), '| Number([1,2]):', Number([1, 2]));
console.log('Number({}):', Number({}), '| Number("0x1f"):', Number('0x1f'));
console.log('parseInt("12px"):', parseInt('12px'), '| parseInt("ff", 16):', parseInt('ff', 16), '| parseFloat("3.5e2x"):', parseFloat('3.5e2x'));
console.log('isNaN("abc"):', isNaN('abc'), '| isNaN("12"):', isNaN('12'));
console.log('toString radix:', (255).toString(2), (255).toString(36), (-8).toString(16));
console.log('toFixed:', (1.005).toFixed(2), (2.5).toFixed(0), (1234.5678).toFixed(1));
console.log('number printing:', 1 / 3, 100, 1e21, 123456789012345680000, 0.000001, 1e-7, -0);

// Boolean conversions.
var values = [0, 1, '', 'false', null, undefined, NaN, [], {}, -0];
console.log('Boolean:', values.map(Boolean).join(' '));
console.log('!!new Boolean(false):', !!new Boolean(false));

// valueOf and toString drive conversions of user objects.
var money = {
  amount: 5,
  valueOf: function () {
    return this.amount;
  },
  toString: function () {
    return '$' + this.amount;
  }
};
console.log('money + 1:', money + 1, '| `${money}`:', `${money}`, '| String(money):', String(money), '| money * 2:', money * 2);
console.log('money > 4:', money > 4, '| money == 5:', money == 5);

// Inherited valueOf from a prototype.
function Meters(n) {
  this.n = n;
}
Meters.prototype.valueOf = function () {
  return this.n;
};
console.log('meters sum:', new Meters(3) + new Meters(4));
console.log('default toString:', String(new Meters(1)));
console.log('Object.prototype.valueOf returns self:', ({}).valueOf() !== undefined);

// Math basics.
console.log('Math:', Math.floor(-1.5), Math.ceil(-1.5), Math.round(2.5), Math.round(-2.5), Math.abs(-3), Math.max(), Math.min());
console.log('Math more:', Math.sqrt(16), Math.pow(2, 10), 2 ** 10, Math.PI.toFixed(5));
