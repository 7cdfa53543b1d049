// let and const are scoped to the nearest block; var is scoped to the function.
let a = 'outer a';
var v = 'outer v';
{
  let a = 'inner a';
  var v = 'inner v';
  console.log('in block a:', a);
  console.log('in block v:', v);
}
console.log('after block a:', a);
console.log('after block v:', v);

function scopes() {
  if (true) {
    var fv = 'function-scoped';
    let bl = 'block-scoped';
    const bc = 'const block-scoped';
    console.log('inside if:', fv, bl, bc);
  }
  console.log('fv after if:', fv);
  console.log('typeof bl after if:', typeof bl);
  console.log('typeof bc after if:', typeof bc);
}
scopes();

for (let i = 0; i < 2; i++) {
  let inner = i * 10;
  console.log('loop i', i, 'inner', inner);
}
console.log('typeof i after for-let:', typeof i);
for (var j = 0; j < 2; j++) {}
console.log('j after for-var:', j);

{
  let x = 1;
  {
    let x = 2;
    {
      let x = 3;
      console.log('depth 3 x:', x);
    }
    console.log('depth 2 x:', x);
  }
  console.log('depth 1 x:', x);
}
