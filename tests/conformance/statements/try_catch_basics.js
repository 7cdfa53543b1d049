// throw / try / catch basics: any value can be thrown.
try {
  throw new Error('plain error');
} catch (e) {
  console.log('caught:', e.name, '-', e.message);
}

var thrownValues = ['a string', 42, null, undefined, true, { code: 7 }, [1, 2]];
for (var i = 0; i < thrownValues.length; i++) {
  try {
    throw thrownValues[i];
  } catch (caught) {
    console.log('threw', typeof caught, caught);
  }
}

try {
  console.log('before throw');
  throw new TypeError('type problem');
  console.log('never printed');
} catch (err) {
  console.log('caught TypeError:', err instanceof TypeError, err instanceof Error, err.message);
}

var e = 'outer e';
try {
  throw 'inner';
} catch (e) {
  console.log('catch parameter shadows:', e);
  e = 'reassigned in catch';
}
console.log('outer variable untouched:', e);

try {
  throw 1;
} catch {
  console.log('catch without a binding');
}

try {
  try {
    throw new RangeError('inner range');
  } catch (inner) {
    console.log('inner caught:', inner.name);
    throw new Error('from inner catch');
  }
} catch (outer) {
  console.log('outer caught:', outer.message);
}

function thrower() {
  throw new ReferenceError('thrown by function');
}
try {
  thrower();
} catch (ex) {
  console.log('from function call:', ex.name, ex.message);
}

var flow = [];
try {
  flow.push('try');
} catch (x) {
  flow.push('catch');
}
flow.push('after');
console.log('no exception skips catch:', flow);

try {
  throw new Error('with var in catch');
} catch (err2) {
  var declaredInCatch = 'visible outside';
}
console.log(declaredInCatch, typeof err2);

var custom = { name: 'CustomThing', message: 'not a real Error' };
try {
  throw custom;
} catch (c) {
  console.log('thrown plain object is the same object:', c === custom, c.name);
}
