// Arrow functions take this (and arguments) from the enclosing function.
var counter = {
  count: 0,
  start: function () {
    var self = this;
    [1, 2, 3].forEach(n => {
      this.count += n;
    });
    return this === self;
  },
};
console.log('same this:', counter.start(), 'count:', counter.count);

var regular = {
  value: 'obj',
  getArrow: function () {
    return () => this.value;
  },
  arrowProp: () => typeof this,
};
var arrow = regular.getArrow();
console.log('arrow captured this:', arrow());
var other = { value: 'other', arrow: arrow };
console.log('calling via other object still uses captured this:', other.arrow());
console.log('call() cannot change arrow this:', arrow.call({ value: 'call' }));
console.log('arrow as object property, this is global:', regular.arrowProp());

var topArrow = () => this;
console.log('top-level arrow this is globalThis:', topArrow() === globalThis);

function Timer() {
  this.ticks = 0;
  var tick = () => {
    this.ticks++;
  };
  tick();
  tick();
}
var t = new Timer();
console.log('ticks in constructor:', t.ticks);

function outerArgs() {
  var inner = () => arguments.length + ':' + arguments[0];
  return inner('ignored', 'also');
}
console.log('arrow sees outer arguments:', outerArgs('x', 'y', 'z'));

var bound = {
  name: 'bound',
  make: function () {
    return {
      name: 'inner object',
      arrow: () => this.name,
      method: function () {
        return this.name;
      },
    };
  },
};
var made = bound.make();
console.log('arrow:', made.arrow(), '| method:', made.method());
