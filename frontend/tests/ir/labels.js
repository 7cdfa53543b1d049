// Labelled break and continue.
outer: for (var i = 0; i < 3; i++) {
  inner: for (var j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    if (j === 2) break inner;
  }
}
block: {
  if (i) break block;
  i = 0;
}
