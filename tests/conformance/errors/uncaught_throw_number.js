// Ends with an uncaught thrown number.
var codes = [0, 0, 42];
codes.forEach(function (code, index) {
  console.log('checking index', index, 'code', code);
  if (code !== 0) throw code;
});
console.log('never printed');
