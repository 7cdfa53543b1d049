// A derived class with fields, super() and super.method().
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name + ' makes a sound';
  }
  static create(n) {
    return new Animal(n);
  }
  get upper() {
    return this.name.toUpperCase();
  }
}
class Dog extends Animal {
  legs = 4;
  static kind = 'dog';
  constructor(name) {
    super(name);
    this.good = true;
  }
  speak() {
    return super.speak() + ' (woof)';
  }
}
