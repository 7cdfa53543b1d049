// super() and super.x inside arrows of a derived constructor: this,
// new.target, the home object and the callee live in the environment.
class Base {
  greet() {
    return 'base';
  }
}
class Derived extends Base {
  field = 1;
  constructor() {
    const init = () => super();
    init();
    const g = () => super.greet() + this.field;
    this.g = g();
  }
}
class Empty extends Base {}
class Nothing extends null {}
