// let creates a new binding per iteration; var shares one binding.
var withVar = [];
for (var i = 0; i < 3; i++) {
  withVar.push(function () {
    return i;
  });
}
console.log('var:', withVar[0](), withVar[1](), withVar[2]());

var withLet = [];
for (let j = 0; j < 3; j++) {
  withLet.push(function () {
    return j;
  });
}
console.log('let:', withLet[0](), withLet[1](), withLet[2]());

var iife = [];
for (var k = 0; k < 3; k++) {
  (function (k2) {
    iife.push(function () {
      return k2;
    });
  })(k);
}
console.log('var + IIFE:', iife[0](), iife[1](), iife[2]());

var mutated = [];
for (let m = 0; m < 6; m++) {
  mutated.push(() => m);
  m++;
}
console.log('let mutated in body:', mutated.map(f => f()));

var forIn = [];
for (let key in { a: 1, b: 2, c: 3 }) {
  forIn.push(() => key);
}
console.log('for-in let:', forIn.map(f => f()));

var forOf = [];
for (const ch of 'xyz') {
  forOf.push(() => ch);
}
console.log('for-of const:', forOf.map(f => f()));

var forInVar = [];
for (var key2 in { a: 1, b: 2 }) {
  forInVar.push(() => key2);
}
console.log('for-in var:', forInVar.map(f => f()));

var whileFns = [];
var w = 0;
while (w < 3) {
  let captured = w;
  whileFns.push(() => captured);
  w++;
}
console.log('let in while body:', whileFns.map(f => f()));

var closures = [];
for (let n = 0; n < 3; n++) {
  closures.push({
    get: () => n,
    set: v => {
      n = v;
    },
  });
}
closures[1].set(99);
console.log('each iteration binding independent:', closures.map(c => c.get()));
