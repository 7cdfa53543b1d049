// A loop reads inherited properties while the chain is modified underneath;
// every iteration must see the current state.
var base = { value: 1 };
var mid = Object.create(base);
var obj = Object.create(mid);

var seen = [];
for (var i = 0; i < 12; i++) {
  if (i === 3) mid.value = 2;          // shadow at mid
  if (i === 5) obj.value = 3;          // shadow on the object itself
  if (i === 7) delete obj.value;       // back to mid
  if (i === 8) delete mid.value;       // back to base
  if (i === 9) base.value = 4;         // change at base
  if (i === 10) Object.setPrototypeOf(mid, { value: 5 }); // swap base
  if (i === 11) Object.setPrototypeOf(obj, null);          // detach
  seen.push(String(obj.value));
}
console.log(seen.join(' '));

// Same with methods.
function T() {}
T.prototype.m = function () {
  return 'a';
};
var t = new T();
var out = '';
for (var j = 0; j < 10; j++) {
  if (j === 4) {
    T.prototype.m = function () {
      return 'b';
    };
  }
  if (j === 6) {
    t.m = function () {
      return 'c';
    };
  }
  if (j === 8) delete t.m;
  out += t.m();
}
console.log(out);

// Getter installed on the prototype mid-loop.
var p = { n: 0 };
var q = Object.create(p);
var reads = [];
for (var k = 0; k < 6; k++) {
  if (k === 3) {
    Object.defineProperty(p, 'n', {
      get: function () {
        return 'getter';
      },
      configurable: true
    });
  }
  reads.push(q.n);
}
console.log(reads.join(' '));

// Store to a name that becomes read-only on the prototype mid-loop.
var ro = {};
var w = Object.create(ro);
var stored = [];
for (var m = 0; m < 4; m++) {
  if (m === 2) Object.defineProperty(ro, 'slot', { value: 'locked', writable: false });
  var fresh = Object.create(ro);
  fresh.slot = m;
  stored.push(fresh.slot);
}
console.log(stored.join(' '), '| w untouched:', w.slot);
