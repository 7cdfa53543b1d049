// finally blocks run while an uncaught exception propagates to the top.
function inner() {
  try {
    console.log('inner try');
    throw new RangeError('out of range in inner');
  } finally {
    console.log('inner finally');
  }
}
function outer() {
  try {
    inner();
  } finally {
    console.log('outer finally');
  }
}
try {
  outer();
} finally {
  console.log('top-level finally');
}
console.log('never printed');
