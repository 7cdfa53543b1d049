// Exceptions thrown inside Array method callbacks propagate to the caller.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> result:', r);
  } catch (e) {
    if (e instanceof Object) console.log(label, '->', e.name + ':', e.message);
    else console.log(label, '-> threw primitive:', e);
  }
}
var seen = [];
show('forEach stops at the throw', function () {
  [1, 2, 3, 4].forEach(function (x) {
    seen.push(x);
    if (x === 2) throw new Error('stop at ' + x);
  });
});
console.log('visited before throw:', seen);

show('map callback TypeError', function () {
  return [{ v: 1 }, null, { v: 3 }].map(function (o) {
    return o.v;
  });
});
show('filter callback ReferenceError', function () {
  return [1, 2].filter(function (x) {
    return x > threshold;
  });
});
var acc = [];
show('reduce throws mid-way', function () {
  return [1, 2, 3, 4].reduce(function (sum, x) {
    acc.push(sum);
    if (sum > 2) throw new RangeError('sum too big: ' + sum);
    return sum + x;
  }, 0);
});
console.log('accumulator values seen:', acc);
show('reduce empty array without initial', function () {
  return [].reduce(function (a, b) {
    return a + b;
  });
});
show('sort comparator throws', function () {
  return [3, 1, 2].sort(function (a, b) {
    if (a === 2 || b === 2) throw new Error('cannot compare 2');
    return a - b;
  });
});
show('find callback calls non-function', function () {
  return [1, 2].find(function (x) {
    return x.nope();
  });
});
show('some with thrown string', function () {
  return [1, 2, 3].some(function (x) {
    if (x === 3) throw 'string thrown from some';
    return false;
  });
});
show('every with custom error', function () {
  function ValidationError(msg) {
    this.name = 'ValidationError';
    this.message = msg;
  }
  return [1, -1].every(function (x) {
    if (x < 0) throw new ValidationError('negative value ' + x);
    return true;
  });
});
show('findIndex arrow throws', function () {
  return ['a', 'b'].findIndex(s => s.missing.deeper);
});
var partial = [1, 2, 3];
show('array mutated before the throw keeps its changes', function () {
  partial.forEach(function (x, i, arr) {
    arr[i] = x * 10;
    if (i === 1) throw new Error('half done');
  });
});
console.log('partially mutated:', partial);
show('nested callbacks', function () {
  return [[1], [2, 'x']].map(function (inner) {
    return inner.map(function (v) {
      if (typeof v !== 'number') throw new TypeError('not a number: ' + v);
      return v;
    });
  });
});
show('caught inside callback, continues', function () {
  return [1, 0, 2].map(function (x) {
    try {
      if (x === 0) throw new Error('zero');
      return 10 / x;
    } catch (e) {
      return 'recovered from ' + e.message;
    }
  });
});
