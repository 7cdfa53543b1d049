// Long loops in functions called once, so they enter compiled code through
// on-stack replacement at a loop header. After a few thousand iterations the
// types in the loop body change and the compiled loop has to bail out.
function P(x) { this.x = x; }
function Q(x) { this.tag = 1; this.x = x; }

// ints become doubles, then strings, then ints again.
function numbers() {
  var sum = 0, prod = 1, steps = [];
  for (var i = 0; i < 12000; i++) {
    var v = i < 5000 ? i : i < 8000 ? i + 0.5 : i < 9000 ? "" + i : i;
    sum = typeof v === "string" ? sum + v.length : sum + v;
    prod = (prod * 3 + (i & 7)) % 1000003;
    if (i % 2000 === 1999) steps.push(sum);
  }
  return sum + " " + prod + " " + steps.join(",");
}
console.log("numbers", numbers());

// Objects change shape after 5000 iterations.
function shapes() {
  var objs = [];
  for (var i = 0; i < 10; i++) objs.push(new P(i));
  var t = 0, trace = [];
  for (var j = 0; j < 10000; j++) {
    if (j === 5000) { for (var k = 0; k < 10; k += 2) objs[k] = new Q(k * 10); }
    if (j === 7000) { objs[3] = Object.create(objs[3]); objs[5].extra = 1; }
    if (j === 8000) { delete objs[1].x; objs[1].x = 0.5; }
    if (j === 9000) { objs[9] = { get x() { return 100; } }; }
    t += objs[j % 10].x;
    if (j % 1000 === 999) trace.push(t);
  }
  return trace.join(",");
}
console.log("shapes", shapes());

// Array holes, strings and out-of-bounds reads appear in an element loop.
function elements() {
  var a = [];
  for (var i = 0; i < 100; i++) a.push(i);
  var total = 0, nan = 0, strs = 0, log = [];
  for (var r = 0; r < 100; r++) {
    if (r === 50) { delete a[10]; a[20] = undefined; }
    if (r === 60) { a[30] = "30"; a[31] = "x"; }
    if (r === 70) { a.length = 90; }
    if (r === 80) { a[150] = 1; }
    if (r === 90) { a[40] = 2.5; a[0] = null; }
    for (var i2 = 0; i2 < 100; i2++) {
      var e = a[i2];
      if (typeof e === "number") total += e;
      else if (typeof e === "string") { strs++; total += e.length; }
      else nan++;
    }
    if (r % 10 === 9) log.push(total + "/" + nan + "/" + strs + "/" + a.length);
  }
  return log.join(" ");
}
console.log("elements", elements());

// Nested loops: the inner loop is hot first, then the outer; a change in
// the inner loop body halfway through the outer loop.
function nested() {
  var grid = [];
  for (var y = 0; y < 80; y++) {
    var row = [];
    for (var x = 0; x < 80; x++) row.push(x * y);
    grid.push(row);
  }
  var sum = 0, rowSums = [];
  for (var y2 = 0; y2 < 80; y2++) {
    var rs = 0;
    if (y2 === 40) grid[41][7] = 0.25;
    if (y2 === 60) grid[61] = grid[61].map(function (v) { return { x: v }; });
    for (var x2 = 0; x2 < 80; x2++) {
      var c = grid[y2][x2];
      rs += typeof c === "object" ? c.x : c;
    }
    sum += rs;
    if (y2 % 10 === 1) rowSums.push(rs);
  }
  return sum + " " + rowSums.join(",");
}
console.log("nested", nested());

// A do-while and a while loop whose counter becomes a double.
function counters() {
  var i = 0, n = 0, out = [];
  do { i += i < 6000 ? 1 : 0.75; n++; } while (i < 9000);
  out.push(i, n);
  var j = 2147480000, m = 0;
  while (j < 2147490000) { j += 1; m++; }     // crosses the int32 limit
  out.push(j, m);
  var k = 0, fl = 0;
  for (; k < 6000; k++) { fl = fl * 0.5 + k; }
  out.push(Math.floor(fl));
  return out.join(" ");
}
console.log("counters", counters());

// Loop-carried values of many types survive deopts at several iterations.
function carried() {
  var s = "", o = { n: 0 }, arr = [], b = false, last = null;
  for (var i = 0; i < 9000; i++) {
    if (i === 4000) o = { m: 1, n: o.n };          // shape change
    if (i === 6000) o.n = o.n + 0.5;               // double
    o.n += 1;
    b = !b;
    if (i % 1500 === 0) { s += i + ";"; arr.push(o.n); last = o; }
  }
  return [s, o.n, arr.join(","), b, Object.keys(last).join("")].join(" ");
}
console.log("carried", carried());

// for-in and for-of loops with changing element types.
function iter() {
  var src = [];
  for (var i = 0; i < 6000; i++) src.push(i < 4000 ? i : i < 5000 ? "" + (i % 10) : { v: i });
  var t = 0, cnt = 0;
  for (var v of src) {
    if (typeof v === "number") t += v;
    else if (typeof v === "string") t += v.length;
    else t += v.v;
    cnt++;
  }
  var obj = {};
  for (var k = 0; k < 50; k++) obj["p" + k] = k;
  var ks = 0;
  for (var r = 0; r < 100; r++) {
    if (r === 70) { delete obj.p3; obj.q = 1000; }
    for (var key in obj) ks += obj[key];
  }
  return t + " " + cnt + " " + ks;
}
console.log("iter", iter());
