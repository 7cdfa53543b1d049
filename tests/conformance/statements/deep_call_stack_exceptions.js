// Exceptions unwind through many frames to the nearest handler.
var unwound = [];
function level(n) {
  try {
    if (n === 0) throw new Error('bottom reached');
    return level(n - 1);
  } finally {
    if (n % 25 === 0) unwound.push(n);
  }
}
try {
  level(100);
} catch (e) {
  console.log('caught at top:', e.message);
}
console.log('finally blocks ran while unwinding:', unwound);

function a() {
  return b() + 1;
}
function b() {
  return c() + 1;
}
function c() {
  throw new RangeError('from c');
}
try {
  a();
} catch (e) {
  console.log('through a -> b -> c:', e.name, e.message);
}

function middleCatches(n) {
  if (n === 0) throw new Error('deep');
  if (n === 5) {
    try {
      return middleCatches(n - 1);
    } catch (e) {
      return 'handled at level 5: ' + e.message;
    }
  }
  return middleCatches(n - 1);
}
console.log(middleCatches(10));

var obj = {
  method() {
    return [1, 2, 3].map(function (x) {
      if (x === 2) throw new Error('in map callback at ' + x);
      return x;
    });
  },
};
try {
  obj.method();
} catch (e) {
  console.log('through Array.prototype.map:', e.message);
}

function Ctor() {
  helper();
}
function helper() {
  throw new TypeError('thrown during construction');
}
try {
  new Ctor();
} catch (e) {
  console.log('from constructor:', e.name, e.message);
}

var getterObj = {
  get bad() {
    return deeper();
  },
};
function deeper() {
  throw new Error('from getter');
}
try {
  getterObj.bad;
} catch (e) {
  console.log('through a getter:', e.message);
}

var state = 'initial';
function mutateThenThrow(depth) {
  if (depth === 0) {
    state = 'mutated before throw';
    throw 'string from depth 0';
  }
  mutateThenThrow(depth - 1);
  state = 'never';
}
try {
  mutateThenThrow(20);
} catch (e) {
  console.log('caught:', e, '| state:', state);
}

function recurseSum(n) {
  if (n < 0) throw new Error('negative at ' + n);
  return n === 0 ? 0 : n + recurseSum(n - 2);
}
console.log('even ok:', recurseSum(10));
try {
  recurseSum(9);
} catch (e) {
  console.log('odd fails:', e.message);
}
