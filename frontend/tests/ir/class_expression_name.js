// An anonymous class takes the binding's name; a named class sees its own
// name inside the body.
var A = class {};
var B = class Inner {
  static make() {
    return new Inner();
  }
  who() {
    return Inner.name;
  }
};
