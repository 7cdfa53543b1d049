// Rethrowing, selective handling and nested try statements.
function parse(input) {
  if (typeof input !== 'string') throw new TypeError('input must be a string');
  if (input === '') throw new RangeError('input is empty');
  return input.toUpperCase();
}

function safeParse(input) {
  try {
    return parse(input);
  } catch (e) {
    if (e instanceof RangeError) return '(empty)';
    throw e;
  }
}
console.log(safeParse('ok'));
console.log(safeParse(''));
try {
  safeParse(42);
} catch (e) {
  console.log('rethrown:', e.name, e.message);
}

var original = new Error('original');
try {
  try {
    throw original;
  } catch (e) {
    throw e;
  }
} catch (again) {
  console.log('same object after rethrow:', again === original);
}

function wrap() {
  try {
    parse(null);
  } catch (e) {
    var wrapped = new Error('wrapped: ' + e.message);
    wrapped.cause = e;
    throw wrapped;
  }
}
try {
  wrap();
} catch (e) {
  console.log(e.message, '| cause is TypeError:', e.cause instanceof TypeError);
}

var log = [];
try {
  log.push('level 1 try');
  try {
    log.push('level 2 try');
    try {
      log.push('level 3 try');
      throw 'deep';
    } finally {
      log.push('level 3 finally');
    }
  } catch (e) {
    log.push('level 2 catch ' + e);
    throw e + '!';
  } finally {
    log.push('level 2 finally');
  }
} catch (e) {
  log.push('level 1 catch ' + e);
} finally {
  log.push('level 1 finally');
}
console.log(log);

function errorInCatch() {
  try {
    throw new Error('first');
  } catch (e) {
    undefinedFunctionCall();
  }
}
try {
  errorInCatch();
} catch (e) {
  console.log('error inside catch propagates:', e.name, e.message);
}

var attempts = 0;
function flaky() {
  attempts++;
  if (attempts < 3) throw new Error('attempt ' + attempts + ' failed');
  return 'success on attempt ' + attempts;
}
var result;
var failures = [];
while (true) {
  try {
    result = flaky();
    break;
  } catch (e) {
    failures.push(e.message);
  }
}
console.log('retry loop:', result, failures);
