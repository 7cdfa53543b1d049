// Closures in loops: `var` has one binding for the whole function,
// `let` gets a fresh binding per iteration.
var withVar = [];
for (var i = 0; i < 3; i++) {
  withVar.push(function () {
    return i;
  });
}
console.log('var:', withVar.map(function (f) { return f(); }));

var withLet = [];
for (let j = 0; j < 3; j++) {
  withLet.push(function () {
    return j;
  });
}
console.log('let:', withLet.map(function (f) { return f(); }));

// The classic fix for var: an IIFE per iteration.
var withIife = [];
for (var k = 0; k < 3; k++) {
  (function (captured) {
    withIife.push(function () {
      return captured;
    });
  })(k);
}
console.log('iife:', withIife.map(function (f) { return f(); }));

// let binding is copied into the next iteration before the update.
var fns = [];
for (let n = 0; n < 3; n++) {
  fns.push(() => n);
  n += 0;
}
console.log('let with body update:', fns.map((f) => f()));

// Modifying the let variable inside the body affects that iteration's closure.
var mods = [];
for (let m = 0; m < 6; m++) {
  mods.push(() => m);
  m++;
}
console.log('let modified in body:', mods.map((f) => f()));

// for-in and for-of with let/const.
var keysFns = [];
for (const key in { a: 1, b: 2, c: 3 }) {
  keysFns.push(() => key);
}
console.log('for-in const:', keysFns.map((f) => f()).join(''));
var ofFns = [];
for (let v of ['x', 'y', 'z']) {
  ofFns.push(() => v);
}
console.log('for-of let:', ofFns.map((f) => f()).join(''));
var varOf = [];
for (var w of ['x', 'y', 'z']) {
  varOf.push(() => w);
}
console.log('for-of var:', varOf.map((f) => f()).join(''));

// Block scoping in while loops.
var whileFns = [];
var count = 0;
while (count < 3) {
  let snapshot = count;
  whileFns.push(() => snapshot);
  count++;
}
console.log('while with let:', whileFns.map((f) => f()));

// After the loops.
console.log('i after var loop:', i, '| typeof j after let loop:', typeof j);
