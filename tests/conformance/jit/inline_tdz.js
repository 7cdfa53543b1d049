// Hot code calls a function that reads a class binding still in its
// temporal dead zone: the ReferenceError reaches the call and a caller's
// catch in every mode, and once the class is declared the same code
// goes on.
function make(flag) {
  if (flag) return Later === null ? 0 : 2;
  return 1;
}
function hot(n, flag) {
  var s = 0;
  for (var i = 0; i < n; i++) s += make(flag) === 1 ? 1 : 2;
  return s;
}
function guarded(n, flag) {
  try {
    return hot(n, flag);
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
var total = 0;
for (var j = 0; j < 3000; j++) total += hot(3, false);
console.log(total);
console.log(guarded(3, true));
for (var k = 0; k < 3; k++) console.log(guarded(2000, k === 1));
try {
  hot(1, true);
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}

class Later {
  constructor(v) {
    this.v = v;
  }
}
console.log(hot(5000, false), hot(10, true), guarded(2000, true));
console.log(make(true), new Later(7).v);
