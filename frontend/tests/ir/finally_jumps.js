// break and continue through nested finally blocks.
function f() {
  var log = [];
  outer: for (var a = 0; a < 3; a++) {
    for (var b = 0; b < 3; b++) {
      try {
        try {
          if (b === 1) continue outer;
          if (a === 2) break outer;
        } finally {
          log.push('inner');
        }
      } finally {
        log.push('outer');
      }
    }
  }
  return log;
}
