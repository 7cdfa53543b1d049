// for...in enumerates enumerable string keys, own first then inherited.
var obj = { b: 1, a: 2, 2: 'two', 1: 'one' };
var keys = [];
for (var k in obj) keys.push(k);
console.log('own keys in order:', keys);
console.log('keys are strings:', typeof keys[0]);

var proto = { inheritedA: 1, shadowed: 'proto' };
var child = Object.create(proto);
child.own = 1;
child.shadowed = 'child';
var seen = [];
for (var key in child) seen.push(key + '=' + child[key]);
console.log('own then inherited, shadowed once:', seen);

var ownOnly = [];
for (var key2 in child) {
  if (child.hasOwnProperty(key2)) ownOnly.push(key2);
}
console.log('filtered with hasOwnProperty:', ownOnly);

var hidden = { visible: 1 };
Object.defineProperty(hidden, 'invisible', { value: 2, enumerable: false, writable: true });
var vis = [];
for (var h in hidden) vis.push(h);
console.log('non-enumerable skipped:', vis);

var protoHidden = Object.create(hidden);
protoHidden.invisible = 'own enumerable';
var shadowKeys = [];
for (var sk in protoHidden) shadowKeys.push(sk);
console.log('own enumerable shadows inherited non-enumerable:', shadowKeys);

var base = { masked: 'enumerable on proto', plain: 1 };
var masking = Object.create(base);
Object.defineProperty(masking, 'masked', { value: 'hidden own', enumerable: false });
var mk = [];
for (var m in masking) mk.push(m);
console.log('own non-enumerable hides inherited enumerable:', mk);

var count = 0;
for (var x in null) count++;
for (var y in undefined) count++;
console.log('null/undefined iterate nothing:', count);

var strKeys = [];
for (var s in 'abc') strKeys.push(s);
console.log('string indices:', strKeys);

var numKeys = [];
for (var n in 42) numKeys.push(n);
console.log('number has none:', numKeys);

function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.describe = function () {};
var pk = [];
for (var p in new Point(1, 2)) pk.push(p);
console.log('instance with prototype method:', pk);

var nullProto = Object.create(null);
nullProto.z = 1;
nullProto.a = 2;
var np = [];
for (var q in nullProto) np.push(q);
console.log('null prototype object:', np);

var target = {};
var i = 0;
var src = { one: 1, two: 2 };
for (target['k' + i++] in src);
console.log('assignment target expression:', target, i);
