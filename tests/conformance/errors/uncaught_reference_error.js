// Ends with an uncaught ReferenceError.
var total = 0;
for (var i = 1; i <= 3; i++) {
  total += i;
  console.log('running total:', total);
}
function report() {
  console.log('reporting...');
  return totl;
}
report();
console.log('never printed');
