// Numbers print as Number.prototype.toString would, except -0.
console.log(0, -0, 1, -1);
console.log(0.1, -0.5, 3.14159, 1e21, 1e-7, 123456789012345680000);
console.log(NaN, Infinity, -Infinity);
console.log([0, -0, NaN, Infinity, -Infinity]);
console.log({ zero: 0, negZero: -0, nan: NaN, inf: Infinity });
console.log([1.5, 2.25, 1e100, 5e-324, 2 ** 53]);
console.log(0.1 + 0.2);
console.log([0.1 + 0.2]);
console.log(1 / 3, [1 / 3]);
console.log(0xff, 0o10, 0b11, 1e3);
console.log(-1e-7, [-1e-7]);
console.log(100, 1000000, 1e6, 1e20);
console.log([-1, -2.5, -1e21]);
console.log(String(-0), [String(-0)], (-0).toString());
console.log(`${-0}`, '' + -0);
console.log(parseFloat('3.50'), parseInt('08'), Number('1e-7'));
console.log([2147483647, 2147483648, -2147483648, -2147483649]);
console.log(4294967295, 4294967296);
