// finally runs when break or continue leaves the try block.
var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    log.push('body ' + i);
  } finally {
    log.push('finally ' + i);
  }
}
console.log('continue:', log);

log = [];
for (var j = 0; j < 5; j++) {
  try {
    if (j === 2) break;
    log.push('body ' + j);
  } finally {
    log.push('finally ' + j);
  }
}
console.log('break:', log, 'j =', j);

log = [];
outer: for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    try {
      try {
        if (b === 1) continue outer;
        log.push(a + '' + b);
      } finally {
        log.push('inner f' + a + b);
      }
    } finally {
      log.push('outer f' + a + b);
    }
  }
}
console.log('labelled continue through two finallys:', log);

log = [];
var k = 0;
while (true) {
  try {
    k++;
    if (k === 3) break;
  } finally {
    log.push('while finally ' + k);
  }
}
console.log('while break:', log);

function breakOverridesReturn() {
  for (var n = 0; n < 3; n++) {
    try {
      return 'returned at ' + n;
    } finally {
      if (n === 0) break;
    }
  }
  return 'break in finally cancelled the return';
}
console.log(breakOverridesReturn());

function continueOverridesThrow() {
  var seen = [];
  for (var n = 0; n < 3; n++) {
    try {
      throw new Error('err ' + n);
    } finally {
      seen.push(n);
      continue;
    }
  }
  return seen;
}
console.log('continue in finally discards throws:', continueOverridesThrow());

log = [];
block: {
  try {
    log.push('in try');
    break block;
  } finally {
    log.push('finally on break out of block');
  }
}
console.log(log);

log = [];
for (var s of 'abc') {
  try {
    if (s === 'b') continue;
    if (s === 'c') break;
    log.push('got ' + s);
  } catch (e) {
    log.push('never');
  } finally {
    log.push('f ' + s);
  }
}
console.log('for-of with catch and finally:', log);

log = [];
switch (1) {
  case 1:
    try {
      break;
    } finally {
      log.push('finally on switch break');
    }
}
console.log(log);
