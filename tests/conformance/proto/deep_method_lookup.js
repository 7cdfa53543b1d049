// Methods found 3-5 levels up, called in loops, with `this` always the receiver.
function L1() {}
L1.prototype.base = function () {
  return 'base(' + this.tag + ')';
};
L1.prototype.tag = 'L1-tag';

function L2() {}
L2.prototype = Object.create(L1.prototype);
L2.prototype.two = function () {
  return 'two>' + this.base();
};

function L3() {}
L3.prototype = Object.create(L2.prototype);
L3.prototype.three = function () {
  return 'three>' + this.two();
};

function L4() {}
L4.prototype = Object.create(L3.prototype);
L4.prototype.four = function () {
  return 'four>' + this.three();
};

function L5(tag) {
  if (tag) this.tag = tag;
}
L5.prototype = Object.create(L4.prototype);

var deep = new L5('own-tag');
var plain = new L5();
console.log(deep.four());
console.log(plain.four());
console.log('base from 4 levels up:', deep.base === L1.prototype.base);

var acc = 0;
for (var i = 0; i < 500; i++) {
  acc += deep.four().length;
}
console.log('accumulated length:', acc);

// Change the tag at the top level midway and observe from the bottom.
var results = [];
for (var j = 0; j < 4; j++) {
  if (j === 2) L1.prototype.tag = 'changed';
  results.push(plain.base());
}
console.log(results.join(' '));

// Override at level 3 after warm-up.
L3.prototype.base = function () {
  return 'L3-base';
};
console.log('after override at L3:', plain.four());
console.log('L2 instance unaffected:', new L2().two());

// A missing method deep down.
try {
  plain.five();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

console.log('instanceof chain:', [L1, L2, L3, L4, L5].map(function (C) {
  return plain instanceof C;
}).join(','));
