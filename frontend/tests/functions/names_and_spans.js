function decl(a, b) {}
var f = function () {};
let g = () => 1;
var named = function inner(x, y = 1, z) {};
var o = {
  h: function () {},
  m(a) {},
  get x() { return 1; },
  set x(v) {},
  ['comp' + 'uted']() {},
  1: function () {},
  arrow: (...rest) => rest,
};
function dflt(p = function () {}) {}
var assigned;
assigned = function () {};
class Point extends Object {
  z = 0;
  static origin = () => 'o';
  constructor(x, y) {
    super();
    this.x = x;
    this.y = y;
  }
  norm() {}
  static  create() {}
  get len() { return 0; }
  static set s(v) {}
}
var C = class {
  m() {}
};
function Ctor() {
  this.a = 1;
  this.b = 2;
  this.a = 3;
  if (this) this.c = 4;
}
