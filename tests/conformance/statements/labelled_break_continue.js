// break/continue with and without labels in nested loops.
var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = [i, j];
      break outer;
    }
  }
}
console.log('break outer at:', found, 'i =', i, 'j =', j);

var pairs = [];
rows: for (var r = 0; r < 3; r++) {
  for (var c = 0; c < 3; c++) {
    if (c > r) continue rows;
    pairs.push('' + r + c);
  }
}
console.log('continue outer (lower triangle):', pairs);

var inner = [];
for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    if (b === 1) break;
    inner.push('' + a + b);
  }
}
console.log('unlabelled break only exits inner:', inner);

var log = [];
loop1: for (var x = 0; x < 3; x++) {
  loop2: for (var y = 0; y < 3; y++) {
    loop3: for (var z = 0; z < 3; z++) {
      if (z === 1) continue loop2;
      if (y === 2) continue loop1;
      if (x === 2) break loop1;
      log.push('' + x + y + z);
    }
  }
}
console.log('three levels:', log);

var w = 0;
var whileLog = [];
outerWhile: while (w < 3) {
  w++;
  var v = 0;
  while (true) {
    v++;
    if (v > w) continue outerWhile;
    whileLog.push(w + '.' + v);
  }
}
console.log('labelled while:', whileLog);

var doLog = [];
var d = 0;
outerDo: do {
  d++;
  for (var e of ['a', 'b', 'c']) {
    if (e === 'b' && d === 2) continue outerDo;
    if (e === 'c' && d === 3) break outerDo;
    doLog.push(d + e);
  }
} while (d < 5);
console.log('labelled do-while with for-of:', doLog, 'd =', d);

var forInLog = [];
objects: for (var key in { p: 1, q: 2, r: 3 }) {
  for (var ch of 'xyz') {
    if (ch === 'y') continue objects;
    forInLog.push(key + ch);
  }
}
console.log('labelled for-in:', forInLog);

sameLabel: for (var s1 = 0; s1 < 1; s1++) {}
sameLabel: for (var s2 = 0; s2 < 1; s2++) {}
console.log('labels may be reused for sibling statements');
