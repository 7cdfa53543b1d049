// switch: strict equality, fall-through, default in the middle, a let in the cases.
function f(x) {
  let r = '';
  switch (x) {
    case 1:
      r += 'one';
    case 2:
      r += 'two';
      break;
    default:
      r += 'other';
    case 3: {
      let y = 3;
      r += y;
    }
  }
  return r;
}
