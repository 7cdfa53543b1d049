// Labelled blocks and labelled statements: break out of a non-loop block.
var log = [];
block: {
  log.push('start');
  if (true) break block;
  log.push('not reached');
}
log.push('after block');
console.log(log);

function validate(user) {
  var result = 'valid';
  checks: {
    if (!user) {
      result = 'missing user';
      break checks;
    }
    if (!user.name) {
      result = 'missing name';
      break checks;
    }
    if (user.age < 0) {
      result = 'bad age';
      break checks;
    }
  }
  return result;
}
console.log(validate(null), '|', validate({}), '|', validate({ name: 'a', age: -1 }), '|', validate({ name: 'a', age: 3 }));

var nested = [];
outer: {
  inner: {
    nested.push('in inner');
    break outer;
  }
  nested.push('skipped: after inner');
}
console.log('break outer from inner block:', nested);

var onlyInner = [];
outer2: {
  inner2: {
    onlyInner.push('in inner2');
    break inner2;
  }
  onlyInner.push('after inner2, still in outer2');
}
console.log('break inner only:', onlyInner);

var loopInBlock = [];
wrap: {
  for (var i = 0; i < 10; i++) {
    if (i === 3) break wrap;
    loopInBlock.push(i);
  }
  loopInBlock.push('loop finished normally');
}
console.log('break block from inside loop:', loopInBlock);

var ifLabel = [];
cond: if (true) {
  ifLabel.push('in labelled if');
  break cond;
}
ifLabel.push('after if');
console.log(ifLabel);

var tryLog = [];
guarded: try {
  tryLog.push('try');
  break guarded;
} finally {
  tryLog.push('finally still runs');
}
tryLog.push('after');
console.log(tryLog);

var count = 0;
a: b: c: for (var k = 0; k < 5; k++) {
  if (k === 2) continue b;
  if (k === 4) break a;
  count++;
}
console.log('multiple labels on one loop:', count, 'k =', k);
