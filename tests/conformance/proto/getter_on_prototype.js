// Getters on a prototype run with `this` set to the object the property
// was read from, not the prototype.
function Rect(w, h) {
  this.w = w;
  this.h = h;
}
Object.defineProperty(Rect.prototype, 'area', {
  get: function () {
    return this.w * this.h;
  },
  enumerable: false,
  configurable: true
});

var r1 = new Rect(2, 3);
var r2 = new Rect(10, 10);
console.log('r1.area:', r1.area, '| r2.area:', r2.area);
r1.w = 5;
console.log('recomputed:', r1.area);
console.log('area own?', r1.hasOwnProperty('area'), '| in?', 'area' in r1);
console.log('Rect.prototype.area (this is the prototype):', Rect.prototype.area);

// A getter in an object literal used as a prototype.
var named = {
  first: 'Ada',
  last: 'Lovelace',
  get full() {
    return this.first + ' ' + this.last;
  }
};
var copy = Object.create(named);
copy.first = 'Augusta';
console.log('named.full:', named.full, '| copy.full:', copy.full);

// Counting getter calls.
var calls = 0;
var counted = Object.create({
  get hit() {
    calls++;
    return calls;
  }
});
counted.hit;
counted.hit;
console.log('getter ran', calls, 'times; next value', counted.hit);

// Descriptor of an accessor.
var d = Object.getOwnPropertyDescriptor(Rect.prototype, 'area');
console.log('descriptor keys:', Object.keys(d).join(','));
console.log('has get, no value:', typeof d.get, d.value, d.set);

// A getter that throws.
Object.defineProperty(Rect.prototype, 'broken', {
  get: function () {
    throw new RangeError('no area for ' + this.w);
  }
});
try {
  r2.broken;
} catch (e) {
  console.log('getter threw:', e.name, e.message);
}

// Instances print without inherited accessors.
console.log(r1);
