// Ends with an uncaught `throw null`.
var attempts = 0;
function tryOnce() {
  attempts++;
  console.log('attempt', attempts);
  if (attempts === 2) throw null;
}
tryOnce();
tryOnce();
console.log('never printed');
