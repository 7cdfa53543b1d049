// this.x assignments in a constructor function size its instances.
function Point(x, y) {
  this.x = x;
  this.y = y;
  this.x = x + 1;
}
Point.prototype.norm = function () {
  return Math.sqrt(this.x * this.x + this.y * this.y);
};
var p = new Point(3, 4);
