// Reading properties of undefined/null throws TypeErrors with V8's wording.
// The program ends with one of them uncaught.
var config = { server: { port: 8080 } };
console.log('port:', config.server.port);
console.log('missing section is undefined:', config.database);

try {
  config.database.host;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  var nothing = null;
  nothing.length;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  undefined[0];
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  config.database.host = 'x';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  null.y = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  var k = 'dynamic';
  config.missing[k];
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Optional chaining and ?? avoid the error.
console.log('optional:', config.database?.host, config.server?.port);
console.log('nullish default:', config.database?.host ?? 'localhost');

// A function returning undefined.
function lookup(name) {
  if (name === 'server') return config.server;
}
console.log('found:', lookup('server').port);
console.log('next: lookup("cache").size');
console.log(lookup('cache').size);
console.log('not reached');
