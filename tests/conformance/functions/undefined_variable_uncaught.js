// Reading an undeclared variable throws a ReferenceError; typeof does not.
// The program ends with an uncaught ReferenceError.
console.log('typeof neverDeclared:', typeof neverDeclared);
console.log('"neverDeclared" in globalThis:', 'neverDeclared' in globalThis);

try {
  neverDeclared;
} catch (e) {
  console.log('read:', e instanceof ReferenceError, e.name, e.message);
}
try {
  neverDeclared();
} catch (e) {
  console.log('call:', e.message);
}
try {
  neverDeclared.prop;
} catch (e) {
  console.log('member:', e.message);
}

// Misspelled variable inside a function.
function total(items) {
  var sum = 0;
  for (var i = 0; i < items.length; i++) sum += items[i];
  return summ;
}
try {
  total([1, 2]);
} catch (e) {
  console.log('misspelled:', e.name + ': ' + e.message);
}

// Properties of globalThis are variables.
globalThis.madeViaGlobal = 'yes';
console.log('property-turned-variable:', madeViaGlobal);
delete globalThis.madeViaGlobal;
console.log('after delete, typeof:', typeof madeViaGlobal);

// let in an inner block is not visible outside.
{
  let blockOnly = 1;
  console.log('inside block:', blockOnly);
}
console.log('next: reading blockOnly outside its block');
console.log(blockOnly);
console.log('not reached');
