// A catch block that logs and rethrows leaves the exception uncaught.
function load(name) {
  if (name === 'bad') throw new TypeError('cannot load ' + name);
  return 'loaded ' + name;
}
var names = ['a', 'b', 'bad', 'c'];
for (var i = 0; i < names.length; i++) {
  try {
    console.log(load(names[i]));
  } catch (e) {
    console.log('logging before rethrow:', e.name, e.message);
    throw e;
  }
}
console.log('never printed');
