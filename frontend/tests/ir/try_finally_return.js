// return inside try with finally: the completion goes through the finally block.
function f(x) {
  try {
    if (x) return 'early';
    g();
  } catch (e) {
    return 'caught ' + e;
  } finally {
    log('finally');
  }
  return 'late';
}
