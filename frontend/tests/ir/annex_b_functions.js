// Function declarations in blocks: block-scoped and hoisted to the block,
// and in sloppy code also copied to a var when evaluated (Annex B.3.3).
function outer(flag) {
  var before = typeof inner;
  if (flag) {
    function inner() {
      return 'inner';
    }
  }
  {
    let shadow = 1;
    function blocked() {
      return shadow;
    }
  }
  return [before, typeof inner, typeof blocked];
}
