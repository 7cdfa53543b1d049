// typeof, delete, void, and the arithmetic unary operators.
var o = { a: 1 };
var declared = 1;
undeclaredGlobal = 2;
console.log(typeof o, typeof missing, void 0, -5, -o.a, +'3', ~1, !o);
console.log(delete o.a, delete o['b'], delete declared, delete undeclaredGlobal, delete 1);
