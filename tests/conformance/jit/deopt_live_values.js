// Hot functions with many live values (locals of several types, closed-over
// variables, `arguments`, `this`, rest parameters). A guard fails in the
// middle; every value must survive the transfer to the interpreter.
function P(x, y) { this.x = x; this.y = y; }

function many(o, a, b) {
  var i1 = a + 1, i2 = a * 2, i3 = b - a;
  var d1 = a / 4, d2 = 0.5 + b;
  var s1 = "s" + a, s2 = s1 + "/" + b;
  var bool = a > b, nul = null, und;
  var arr = [a, b], obj = { k: a };
  var captured = a + b;
  var bump = function () { captured += 100; return captured; };
  var fn = function (z) { return z + captured; };
  // The guard: o.x is an int from a P during warm-up.
  var mid = o.x + i1;
  // Change some values after the guard, including through the closure.
  i2 += mid;
  var c1 = bump();
  arr.push(mid);
  obj.m = mid;
  return [i1, i2, i3, d1, d2, s1, s2, bool, nul, und, arr, obj,
          captured, c1, fn(1), mid, typeof o];
}
function show(r) {
  return [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10].join("-"),
          r[11].k + ":" + r[11].m, r[12], r[13], r[14], r[15], r[16]].join(" ");
}
var pool = [];
for (var i = 0; i < 64; i++) pool.push(new P(i, 0));
var total = 0;
for (var i = 0; i < 3000; i++) total += many(pool[i & 63], i & 7, i & 3)[1];
console.log("warm many", total);
console.log(show(many(new P(1, 2), 3, 4)));
console.log(show(many({ y: 1, x: 2 }, 3, 4)));            // shape guard fails
console.log(show(many(new P(2.5, 0), 3, 4)));             // int guard fails
console.log(show(many(new P("str", 0), 3, 4)));           // type guard fails
console.log(show(many(new P(2147483647, 0), 3, 4)));      // overflow in o.x + i1
console.log(show(many(Object.create(new P(10, 0)), -3, 7.5)));

// `arguments`, `this` in a method and a rest parameter.
var holder = {
  base: 1000,
  method: function (o, extra) {
    var self = this, n = arguments.length, first = arguments[0];
    var local = this.base + extra;
    var v = o.x;                   // guard
    var later = arguments[2];
    if (o.quiet) return v + later;
    return [self === holder, n, first === o, local, v, later, this.base, extra,
            Array.prototype.slice.call(arguments, 1).join(",")].join(" ");
  }
};
var quietP = new P(1, 0); quietP.quiet = true;
for (var j = 0; j < 3000; j++) holder.method(j & 7 ? quietP : pool[j & 63], j & 3, j);
console.log(holder.method(new P(1, 1), 2, 3));
console.log(holder.method({ x: "dx" }, 5));
console.log(holder.method({ q: 1, x: 1.5 }, 6, 7, 8, 9));
var other = { base: -1, method: holder.method };
console.log(other.method({ x: null }, 1, "z"));

function withRest(o, first) {
  var rest = Array.prototype.slice.call(arguments, 2);
  return restInner(o, first, rest);
}
function restInner(o, first, more) {
  return restTarget.apply(null, [o, first].concat(more));
}
function restTarget(o, first, ...rest) {
  var before = rest.length, sum = 0;
  for (var i = 0; i < rest.length; i++) sum += rest[i];
  var v = o.x * 2;                  // guard
  rest.push(v);
  return [first, before, sum, v, rest.join("|"), arguments.length].join(" ");
}
for (var k = 0; k < 3000; k++) withRest(new P(k, 0), k, 1, 2, 3);
console.log(withRest(new P(5, 0), "f", 1, 2, 3));
console.log(withRest({ x: 0.25 }, "g", 10));
console.log(withRest({ a: 0, x: "s" }, "h"));
console.log(restTarget(new P(1073741824, 0), "i", 1, 2));

// Closures capturing loop state; the guard fails inside the loop.
function closures(objs) {
  var fns = [], acc = 0;
  for (let i = 0; i < objs.length; i++) {
    let mine = i * 10;
    let label = i % 2 === 0 ? "L" : "M";
    acc += objs[i].x;               // guard fails at some element
    let snap = acc;
    fns.push(function () { return label + i + ":" + mine + ":" + snap + ":" + acc; });
  }
  var out = [];
  var picks = [0, 1, 1199, 1200, 1201, 1400, 1401, 1402, fns.length - 1];
  for (var j = 0; j < picks.length; j++) out.push(fns[picks[j]]());
  return out.join(" ");
}
var pts = [];
for (var m = 0; m < 1500; m++) pts.push(new P(m % 3, 0));
console.log(closures(pts));
pts[1200] = { x: 0.5 };
pts[1401] = { y: 9, x: -7 };
console.log(closures(pts));
pts = null;

// Many values across a call that triggers a deopt of the caller.
var flipped = false;
function maybeChange(o) { if (flipped) o.x = "changed"; return 1; }
function acrossCall(o) {
  var a = 1, b = 2.5, c = "c", d = [1], e = { e: 1 }, f = true, g = -0, h = NaN;
  var before = o.x + a;
  var r = maybeChange(o);
  var after = o.x + a;              // guard on o.x being int fails after the call
  return [a, b, c, d.length, e.e, f, 1 / g, h, before, r, after].join(" ");
}
var q = new P(1, 2);
for (var n = 0; n < 3000; n++) acrossCall(q);
console.log(acrossCall(q));
flipped = true;
console.log(acrossCall(q));
console.log(acrossCall(new P(3, 3)));
