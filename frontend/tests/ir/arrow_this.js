// Arrows see the enclosing function's this and arguments through its environment.
function Timer() {
  this.ticks = 0;
  var tick = () => {
    this.ticks++;
    return arguments.length;
  };
  tick();
}
var top = () => this;
