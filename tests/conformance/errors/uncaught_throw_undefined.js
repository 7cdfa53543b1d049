// Ends with an uncaught `throw undefined`.
console.log('before');
try {
  throw undefined;
} catch (e) {
  console.log('caught the first one:', e);
}
console.log('throwing again without a handler');
throw undefined;
