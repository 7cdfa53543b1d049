// return exits the function from inside loops, switches, blocks and try.
function findIndex(arr, target) {
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] === target) return i;
  }
  return -1;
}
console.log('found:', findIndex([5, 6, 7], 6), 'missing:', findIndex([5, 6, 7], 9));

function findPair(matrix, target) {
  for (var r = 0; r < matrix.length; r++) {
    for (var c = 0; c < matrix[r].length; c++) {
      while (true) {
        if (matrix[r][c] === target) return [r, c];
        break;
      }
    }
  }
  return null;
}
console.log('nested loops:', findPair([[1, 2], [3, 4]], 4), findPair([[1]], 9));

function fromSwitch(x) {
  switch (x) {
    case 'a':
      for (var i = 0; i < 10; i++) {
        if (i === 2) return 'a at ' + i;
      }
      break;
    case 'b': {
      return 'b from block';
    }
  }
  return 'fell out';
}
console.log(fromSwitch('a'), '|', fromSwitch('b'), '|', fromSwitch('c'));

function fromForIn(obj) {
  for (var k in obj) {
    if (obj[k] > 1) return k;
  }
}
console.log('from for-in:', fromForIn({ a: 1, b: 2, c: 3 }), fromForIn({}));

function fromForOf(str) {
  for (var ch of str) {
    if (ch === ch.toUpperCase()) return 'first upper: ' + ch;
  }
  return 'none';
}
console.log(fromForOf('abCd'), '|', fromForOf('abc'));

function fromTry() {
  try {
    return 'from try';
  } catch (e) {
    return 'from catch';
  }
}
console.log(fromTry());

function fromCatch() {
  try {
    throw new Error('boom');
  } catch (e) {
    return 'from catch: ' + e.message;
  }
}
console.log(fromCatch());

function nestedFunctions() {
  [1, 2, 3].forEach(function (n) {
    if (n === 2) return 'ignored by forEach';
  });
  return 'outer continues';
}
console.log(nestedFunctions());

function returnInLabelled() {
  lbl: {
    return 'from labelled block';
  }
}
console.log(returnInLabelled());

function noValue() {
  do {
    return;
  } while (true);
}
console.log('bare return in do-while:', noValue());

var arrow = x => {
  if (x) {
    {
      return 'deep ' + x;
    }
  }
};
console.log(arrow('arrow'), arrow(0));
