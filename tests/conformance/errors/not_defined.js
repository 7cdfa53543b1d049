// ReferenceError: "x is not defined" for unresolvable identifiers.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message, '| ReferenceError?', e instanceof ReferenceError);
  }
}
show('read undeclared', function () {
  return missingVariable;
});
show('typeof undeclared is safe', function () {
  return typeof missingVariable;
});
show('call undeclared', function () {
  return missingFunction();
});
show('member of undeclared', function () {
  return missingObject.prop;
});
show('undeclared in expression', function () {
  return 1 + notThere * 2;
});
show('misspelled local', function () {
  var counter = 1;
  return countr + 1;
});
show('sloppy assignment creates global', function () {
  createdBySloppyAssignment = 'global now';
  return globalThis.createdBySloppyAssignment;
});
show('strict assignment to undeclared', function () {
  'use strict';
  strictUndeclared = 1;
});
show('compound assignment to undeclared', function () {
  neverDeclared += 1;
});
show('increment undeclared', function () {
  neverDeclaredEither++;
});
show('delete undeclared is fine (sloppy)', function () {
  return delete alsoNeverDeclared;
});
show('variable from another function', function () {
  function a() {
    var privateToA = 1;
  }
  a();
  return privateToA;
});
show('block-scoped let outside its block', function () {
  {
    let blockOnly = 1;
  }
  return blockOnly;
});
show('catch parameter outside catch', function () {
  try {
    throw 1;
  } catch (caughtValue) {}
  return caughtValue;
});
show('in operator on undeclared', function () {
  return 'x' in notAnObject;
});
show('property exists on globalThis', function () {
  globalThis.definedOnGlobal = 'via globalThis';
  return definedOnGlobal;
});
show('unicode name', function () {
  return café;
});
show('argument default referencing undeclared', function () {
  function f(a = nope) {
    return a;
  }
  return f();
});
