// Reading or writing let/const before their declaration is evaluated throws.
try {
  console.log(early);
  let early = 1;
} catch (e) {
  console.log('1', e.name, e.message);
}

try {
  late = 5;
  let late;
} catch (e) {
  console.log('2', e.name, e.message);
}

try {
  console.log(k);
  const k = 3;
} catch (e) {
  console.log('3', e.name, e.message);
}

function readBeforeDecl() {
  return value;
}
try {
  readBeforeDecl();
} catch (e) {
  console.log('4', e.name, e.message);
}
let value = 'now initialised';
console.log('5', readBeforeDecl());

let x = 'outer';
{
  try {
    console.log(x);
  } catch (e) {
    console.log('6 inner x shadows outer:', e.message);
  }
  let x = 'inner';
  console.log('7', x);
}

try {
  console.log(typeof undeclaredThing);
  console.log(typeof tdzThing);
  let tdzThing = 1;
} catch (e) {
  console.log('8 typeof is not safe in TDZ:', e.name, e.message);
}

try {
  let selfRef = selfRef + 1;
} catch (e) {
  console.log('9', e.message);
}

function usesLaterConst() {
  return LIMIT * 2;
}
const LIMIT = 21;
console.log('10', usesLaterConst());

try {
  (function () {
    inner();
    let captured = 'c';
    function inner() {
      return captured;
    }
  })();
} catch (e) {
  console.log('11', e.name, e.message);
}
