// Ends with an uncaught RangeError from a built-in.
var sizes = [3, 0, -2];
for (var i = 0; i < sizes.length; i++) {
  console.log('creating array of size', sizes[i]);
  var arr = new Array(sizes[i]);
  console.log('length:', arr.length);
}
console.log('never printed');
