// for-in visits own enumerable keys first (integer keys ascending, then
// strings in insertion order), then each prototype level in turn; names that
// were already seen (or shadowed) are skipped.
var grand = { g1: 'g', shared: 'grand', 5: 'five', z: 'z' };
var parent = Object.create(grand);
parent.p1 = 'p';
parent.shared = 'parent';
parent[1] = 'one';
parent.a = 'a';
var child = Object.create(parent);
child.c2 = 'c';
child[3] = 'three';
child.c1 = 'c';
child[0] = 'zero';

var keys = [];
for (var k in child) keys.push(k);
console.log('for-in child:', keys.join(' '));
console.log('Object.keys child:', Object.keys(child).join(' '));

// A non-enumerable own property shadows an enumerable inherited one.
Object.defineProperty(child, 'g1', { value: 'hidden', enumerable: false });
keys = [];
for (var k2 in child) keys.push(k2);
console.log('with non-enumerable shadow of g1:', keys.join(' '));

// Non-enumerable properties anywhere are skipped.
Object.defineProperty(grand, 'quiet', { value: 1, enumerable: false });
keys = [];
for (var k3 in child) keys.push(k3);
console.log('quiet is skipped:', keys.indexOf('quiet') === -1);

// Constructor instances: own fields, then prototype methods.
function Item(name) {
  this.name = name;
  this.qty = 1;
}
Item.prototype.total = function () {};
Item.prototype.label = 'item';
var it = new Item('pen');
it.extra = true;
keys = [];
for (var k4 in it) keys.push(k4 + (it.hasOwnProperty(k4) ? '(own)' : '(inherited)'));
console.log('Item instance:', keys.join(' '));

// Class methods are non-enumerable, so for-in sees only fields.
class Gadget {
  constructor() {
    this.id = 7;
  }
  method() {}
}
keys = [];
for (var k5 in new Gadget()) keys.push(k5);
console.log('class instance:', keys.join(' '));

// Arrays: indices then extra string keys, then enumerable inherited ones.
var arr = ['a', 'b'];
arr.extra = 'x';
keys = [];
for (var k6 in arr) keys.push(k6);
console.log('array:', keys.join(' '));

// Strings: indices.
keys = [];
for (var k7 in 'hey') keys.push(k7);
console.log('string:', keys.join(' '));

// null/undefined: no iterations.
var count = 0;
for (var k8 in null) count++;
for (var k9 in undefined) count++;
console.log('null/undefined iterations:', count);
