// Closures over a loop `let`: a per-iteration environment copy.
function make() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
  }
  return fns;
}
make();
