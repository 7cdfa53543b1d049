// Calling a method that is nowhere on the chain: the error message names the
// expression. The program ends with an uncaught TypeError.
function Engine() {
  this.rpm = 0;
}
Engine.prototype.start = function () {
  this.rpm = 800;
  return this;
};
Engine.prototype.rev = function (n) {
  this.rpm += n;
  return this;
};

var e1 = new Engine();
console.log('chained:', e1.start().rev(200).rpm);

try {
  e1.start().stop();
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  e1['rev'](1).turbo(5);
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  e1.rpm();
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  var key = 'gear';
  e1[key]();
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  e1.parts.wheel();
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
try {
  Object.create(null).toString();
} catch (err) {
  console.log(err.name + ': ' + err.message);
}

// Optional call avoids the error.
console.log('optional call:', e1.stop?.(), e1.parts?.wheel());

console.log('now e1.shutdown()');
e1.shutdown();
console.log('not reached');
