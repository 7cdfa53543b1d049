// Arrow functions and methods are not constructors. The program ends with an
// uncaught TypeError from `new` on an arrow.
var Maker = (name) => {
  return { name: name };
};
console.log('arrow called normally:', Maker('plain').name);
console.log('typeof Maker:', typeof Maker, '| prototype:', Maker.prototype);

var tools = {
  build() {
    return 'built';
  },
  Old: function () {
    this.ok = true;
  }
};
console.log('method call:', tools.build());
console.log('function-valued property constructs:', new tools.Old().ok);
try {
  new tools.build();
} catch (e) {
  console.log('new on method:', e.name + ': ' + e.message);
}

var getterObj = {
  get g() {
    return 1;
  }
};
try {
  var getter = Object.getOwnPropertyDescriptor(getterObj, 'g').get;
  new getter();
} catch (e) {
  console.log('new on getter:', e.message);
}

try {
  new Math.max();
} catch (e) {
  console.log('new on built-in function:', e.message);
}

// Factories made with arrows are fine without new.
var made = [1, 2, 3].map((i) => Maker('m' + i));
console.log('factory results:', made.map((m) => m.name).join(','));

console.log('now: new Maker()');
var broken = new Maker('boom');
console.log('not reached', broken);
