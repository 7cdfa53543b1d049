// A counting loop: the counter and the sum are block parameters of the header.
function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += i;
  }
  return s;
}
sum(10);
