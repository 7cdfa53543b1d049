// Object.create(proto) makes a new object whose [[Prototype]] is proto.
var instrument = {
  kind: 'instrument',
  play: function () {
    return this.name + ' plays a ' + this.kind;
  }
};

var guitar = Object.create(instrument);
guitar.name = 'Gibson';
guitar.kind = 'guitar';

var drum = Object.create(instrument);
drum.name = 'Ludwig';

console.log('guitar.play():', guitar.play());
console.log('drum.play():', drum.play());
console.log('proto of guitar is instrument:', Object.getPrototypeOf(guitar) === instrument);
console.log('guitar.__proto__ === instrument:', guitar.__proto__ === instrument);
console.log('guitar own keys:', Object.keys(guitar));
console.log('drum own keys:', Object.keys(drum));
console.log('drum.kind (inherited):', drum.kind);
console.log('instrument.isPrototypeOf(drum):', instrument.isPrototypeOf(drum));

// Chains of Object.create.
var electric = Object.create(guitar);
electric.amp = 'Marshall';
console.log('electric.play():', electric.play());
console.log('electric -> guitar -> instrument:', Object.getPrototypeOf(Object.getPrototypeOf(electric)) === instrument);
console.log('instrument.isPrototypeOf(electric):', instrument.isPrototypeOf(electric));

// The link is live.
instrument.tune = function () {
  return 'tuning ' + this.name;
};
console.log('electric.tune():', electric.tune());

// Object.create(Object.prototype) behaves like {}.
var o = Object.create(Object.prototype);
console.log('like {}:', Object.getPrototypeOf(o) === Object.getPrototypeOf({}), typeof o.hasOwnProperty);

// Printing objects created this way.
console.log(guitar);
console.log(electric);
