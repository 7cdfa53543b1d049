// Unbounded recursion throws a catchable RangeError.
function recurse(n) {
  return recurse(n + 1) + 1;
}
try {
  recurse(0);
  console.log('not reached');
} catch (e) {
  console.log('instanceof RangeError:', e instanceof RangeError);
  console.log('name:', e.name);
  console.log('message:', e.message);
}

var depthReached = 0;
function measure(n) {
  depthReached = n;
  measure(n + 1);
}
try {
  measure(1);
} catch (e) {
  console.log('recursion got deeper than 1000 frames:', depthReached > 1000);
}

function mutualA(n) {
  return mutualB(n + 1);
}
function mutualB(n) {
  return mutualA(n + 1);
}
try {
  mutualA(0);
} catch (e) {
  console.log('mutual recursion:', e.name, e.message);
}

var obj = {
  get loop() {
    return this.loop;
  },
};
try {
  obj.loop;
} catch (e) {
  console.log('recursive getter:', e.name, e.message);
}

function Ctor() {
  return new Ctor();
}
try {
  new Ctor();
} catch (e) {
  console.log('recursive constructor:', e instanceof RangeError);
}

var finallyRan = false;
function withFinally(n) {
  try {
    return withFinally(n + 1);
  } finally {
    finallyRan = true;
  }
}
try {
  withFinally(0);
} catch (e) {
  console.log('finally blocks ran during overflow unwinding:', finallyRan, e instanceof RangeError);
}

function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
console.log('engine still works afterwards:', factorial(10));

function sumTo(n) {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log('moderate recursion (depth 1000) is fine:', sumTo(1000));
