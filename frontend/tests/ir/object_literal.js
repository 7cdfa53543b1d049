// Object literal: data, shorthand, methods, accessors, computed keys, __proto__.
var base = { hello() { return 'hi'; } };
var k = 'dyn';
var x = 1;
var o = {
  __proto__: base,
  x,
  y: 2,
  1: 'one',
  'quoted key': 3,
  [k + '1']: 4,
  m() { return super.hello(); },
  get g() { return this.y; },
  set g(v) { this.y = v; },
  f: function () {},
};
