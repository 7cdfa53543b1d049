// for-of/for-in with let: a fresh binding (environment) per iteration.
function f(xs) {
  const fns = [];
  for (const x of xs) {
    fns.push(() => x);
  }
  for (let k in xs) {
    fns.push(() => k);
  }
  return fns;
}
