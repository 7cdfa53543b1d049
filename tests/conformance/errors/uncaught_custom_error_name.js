// Ends with an uncaught Error whose name was changed.
function fail(reason) {
  var err = new Error(reason);
  err.name = 'DatabaseError';
  throw err;
}
console.log('connecting');
try {
  fail('first failure is handled');
} catch (e) {
  console.log('handled:', String(e));
}
console.log('connecting again');
fail('connection refused');
