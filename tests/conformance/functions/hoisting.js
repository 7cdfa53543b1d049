// Hoisting: function declarations are usable before their position; var
// bindings exist but are undefined; function expressions are not callable yet.
console.log('declared early:', declaredLater(2));
function declaredLater(x) {
  return x * 21;
}

console.log('var before assignment:', typeof laterVar, laterVar);
var laterVar = 'assigned';
console.log('var after assignment:', laterVar);

console.log('function-expression var before assignment:', typeof exprLater);
try {
  exprLater();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var exprLater = function () {
  return 'now callable';
};
console.log(exprLater());

// Hoisting inside functions.
function scope() {
  var log = [];
  log.push(typeof inner);
  log.push(typeof localVar);
  var localVar = 1;
  function inner() {}
  log.push(typeof localVar);
  return log.join(',');
}
console.log('inside function:', scope());

// A later function declaration with the same name wins.
function dup() {
  return 'first';
}
console.log('duplicate declarations:', dup());
function dup() {
  return 'second';
}

// var and function with the same name: the function is the initial value,
// assignment replaces it.
console.log('typeof clash before:', typeof clash);
var clash = 'string now';
function clash() {}
console.log('typeof clash after:', typeof clash);

// let/const are hoisted into a TDZ.
function tdz() {
  try {
    return value;
  } catch (e) {
    return e.name + ': ' + e.message;
  } finally {
    // nothing
  }
  let value = 1;
}
console.log('let TDZ:', tdz());

// Function declarations inside functions are local.
function outer() {
  function helper() {
    return 'helper';
  }
  return helper();
}
console.log(outer(), '| typeof helper outside:', typeof helper);

// Declarations become global properties; expressions assigned to var too.
console.log('globalThis.declaredLater:', typeof globalThis.declaredLater, '| globalThis.exprLater:', typeof globalThis.exprLater);
var desc = Object.getOwnPropertyDescriptor(globalThis, 'laterVar');
console.log('global var descriptor: configurable', desc.configurable, 'enumerable', desc.enumerable);
