// A catch parameter captured by a closure; a var in a catch block assigns
// the catch parameter of the same name.
function f() {
  try {
    throw new Error('x');
  } catch (e) {
    var e = 'reassigned';
    return () => e;
  }
}
