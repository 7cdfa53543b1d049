// A variable assigned inside a try block and read in the handler lives in
// the environment, so the handler sees the latest value.
function f() {
  let step = 0;
  let local = 0;
  try {
    step = 1;
    risky();
    step = 2;
  } catch (e) {
    return step + local;
  }
  return step;
}
