// let/const scoping in switch bodies, loop bodies and nested functions.
function classify(n) {
  switch (n) {
    case 1:
      let label = 'one';
      return label;
    case 2:
      label = 'two';
      return label;
    default:
      return 'other';
  }
}
console.log(classify(1));
try {
  classify(2);
} catch (e) {
  console.log('switch shares one scope (TDZ):', e.name, e.message);
}
console.log(classify(3));

function withBraces(n) {
  switch (n) {
    case 1: {
      let label = 'braced one';
      return label;
    }
    case 2: {
      let label = 'braced two';
      return label;
    }
  }
}
console.log(withBraces(1), '|', withBraces(2));

var results = [];
for (let i = 0; i < 3; i++) {
  let i = 'shadow ' + results.length;
  results.push(i);
}
console.log('body may shadow loop variable:', results);

let total = 0;
for (let i = 0, j = 10; i < j; i += 3, j -= 3) {
  total += i * j;
}
console.log('two let bindings in head:', total);

const list = [];
let n = 0;
while (n < 3) {
  const doubled = n * 2;
  list.push(doubled);
  n++;
}
console.log('const in while body is fresh each iteration:', list);

let outer = 'outer';
function readOuter() {
  return outer;
}
outer = 'changed';
console.log('functions see the current value:', readOuter());

{
  let blockFn = function () {
    return 'block function expression';
  };
  console.log(blockFn());
}
console.log('typeof blockFn outside:', typeof blockFn);

if (true) {
  const message = 'inside if';
  console.log(message);
}
console.log('typeof message outside:', typeof message);
