// Ends with an uncaught thrown plain object.
function request(path) {
  console.log('requesting', path);
  if (path !== '/ok') throw { code: 1 };
  return 'response for ' + path;
}
console.log(request('/ok'));
request('/missing');
console.log('never printed');
