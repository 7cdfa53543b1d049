// for-in and for-of, with var, let, const and member targets.
function keys(o) {
  var ks = [];
  for (var k in o) ks.push(k);
  for (const v of ks) ks.push(v);
  var t = {};
  for (t.last in o);
  return ks;
}
