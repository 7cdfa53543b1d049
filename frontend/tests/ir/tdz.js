// TDZ checks: only where initialisation is not provable.
function f() {
  g();
  let a = 1;
  a = a + 1;
  function g() {
    return a;
  }
  const c = 2;
  c = 3;
  return a + c;
}
