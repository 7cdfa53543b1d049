// Many objects built the same way, then a few diverge; the results must not
// depend on how the engine groups them internally.
function Particle(x, y, i) {
  this.x = x;
  this.y = y;
  this.id = i;
}
Particle.prototype.energy = function () {
  return this.x * this.x + this.y * this.y;
};

var ps = [];
for (var i = 0; i < 1000; i++) {
  ps.push(new Particle(i % 7, i % 11, i));
}

var total = 0;
for (var j = 0; j < ps.length; j++) total += ps[j].energy();
console.log('total energy:', total);

// Make some diverge: extra property, different order, deleted property.
for (var k = 0; k < ps.length; k += 3) ps[k].charge = k % 2 === 0 ? 1 : -1;
for (var m = 1; m < ps.length; m += 50) delete ps[m].y;
for (var n = 2; n < ps.length; n += 100) {
  ps[n].energy = function () {
    return -1;
  };
}

var sum = 0;
var charged = 0;
var missingY = 0;
var overridden = 0;
for (var q = 0; q < ps.length; q++) {
  var p = ps[q];
  var e = p.energy();
  if (e === -1) overridden++;
  else if (e === e) sum += e; // NaN for particles without y
  else missingY++;
  if (p.charge !== undefined) charged += p.charge;
}
console.log('sum:', sum, '| overridden:', overridden, '| missing y (NaN):', missingY, '| net charge:', charged);

// Shapes by key list.
var shapes = {};
for (var r = 0; r < ps.length; r++) {
  var key = Object.keys(ps[r]).join(',');
  shapes[key] = (shapes[key] || 0) + 1;
}
var names = Object.keys(shapes).sort();
for (var s = 0; s < names.length; s++) console.log(names[s] + ' => ' + shapes[names[s]]);

// Objects built by literals in the same order vs different order.
var a = [];
for (var t = 0; t < 200; t++) a.push(t % 2 ? { p: t, q: -t } : { q: -t, p: t });
var pq = 0;
for (var u = 0; u < a.length; u++) pq += a[u].p + a[u].q * 2;
console.log('pq:', pq);
console.log(a[0], a[1]);
console.log(ps[3], ps[1]);
