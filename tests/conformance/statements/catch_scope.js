// Scoping of the catch parameter and of declarations inside try/catch/finally.
var e = 'global e';
try {
  throw 'thrown';
} catch (e) {
  var e = 'var in catch assigns the catch parameter';
  console.log('inside catch:', e);
}
console.log('outside, var e untouched by that assignment:', e);

try {
  throw 'x';
} catch (err) {
  let insideLet = 'let in catch';
  console.log(insideLet, err);
}
console.log('typeof insideLet:', typeof insideLet, 'typeof err:', typeof err);

var closures = [];
for (var i = 0; i < 3; i++) {
  try {
    throw i;
  } catch (caught) {
    closures.push(function () {
      return caught;
    });
  }
}
console.log('each catch has its own binding:', closures.map(function (f) {
  return f();
}));

try {
  throw { code: 404 };
} catch (problem) {
  problem.code++;
  console.log('caught object can be mutated:', problem.code);
}

function f() {
  try {
    throw new Error('in f');
  } catch (x) {
    function helper() {
      return 'helper sees ' + x.message;
    }
    return helper();
  }
}
console.log(f());

try {
  let blockLocal = 'try block';
  throw blockLocal;
} catch (v) {
  console.log('caught try-local value:', v);
} finally {
  console.log('typeof blockLocal in finally:', typeof blockLocal);
}

try {
} finally {
  var fromFinally2 = 'var in finally';
}
console.log(fromFinally2);

try {
  throw 'shadow check';
} catch (undefinedName) {
  var arrow = () => undefinedName;
}
console.log('arrow closes over catch param:', arrow());

try {
  throw 'outer';
} catch (x) {
  try {
    throw 'inner';
  } catch (x) {
    console.log('inner x:', x);
  }
  console.log('outer x restored:', x);
}
