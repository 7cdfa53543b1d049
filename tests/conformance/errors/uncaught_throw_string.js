// Ends with an uncaught thrown string.
function step(n) {
  console.log('step', n);
  if (n === 3) throw 'step 3 failed';
}
for (var i = 1; i <= 5; i++) step(i);
console.log('never printed');
