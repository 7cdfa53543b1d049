function f() {
  var y;
  let y;
}
