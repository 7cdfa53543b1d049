// finally always runs; a return/throw in finally overrides the try/catch outcome.
function normal() {
  var log = [];
  try {
    log.push('try');
  } finally {
    log.push('finally');
  }
  return log;
}
console.log('normal:', normal());

function returnInTry() {
  try {
    return 'try value';
  } finally {
    console.log('  finally runs before the return completes');
  }
}
console.log('returnInTry:', returnInTry());

function overrideReturn() {
  try {
    return 'try value';
  } finally {
    return 'finally value';
  }
}
console.log('finally overrides return:', overrideReturn());

function overrideThrow() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally swallowed the error';
  }
}
console.log(overrideThrow());

function catchReturnOverridden() {
  try {
    throw new Error('x');
  } catch (e) {
    return 'catch value';
  } finally {
    return 'finally value wins';
  }
}
console.log(catchReturnOverridden());

function throwInFinally() {
  try {
    return 'try value';
  } finally {
    throw new Error('from finally');
  }
}
try {
  throwInFinally();
} catch (e) {
  console.log('finally throw replaces return:', e.message);
}

function returnValueCaptured() {
  var x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log('return value evaluated before finally:', returnValueCaptured());

function objectReturn() {
  var o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;
  }
}
console.log('but objects are shared:', objectReturn());

function tryFinallyNoCatch() {
  var log = [];
  try {
    try {
      throw new Error('propagates');
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push('outer catch: ' + e.message);
  }
  return log;
}
console.log(tryFinallyNoCatch());

var order = [];
function nestedFinally() {
  try {
    try {
      return 'inner';
    } finally {
      order.push('inner finally');
    }
  } finally {
    order.push('outer finally');
  }
}
console.log(nestedFinally(), order);
