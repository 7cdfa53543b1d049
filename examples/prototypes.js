// Constructor functions, prototypes, classes and super: the object model
// protojit is built for.
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};

function Dog(name) {
  Animal.call(this, name);
}
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () {
  return this.name + ' barks';
};

const rex = new Dog('Rex');
console.log(rex.speak());
console.log(Object.getPrototypeOf(rex) === Dog.prototype, rex instanceof Animal);
console.log(rex.__proto__.__proto__ === Animal.prototype);

class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return `${this.name} with area ${this.area()}`;
  }
}
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return Math.round(Math.PI * this.r * this.r);
  }
}
const c = new Circle(2);
console.log(c.describe());
console.log(typeof Circle, Circle.__proto__ === Shape);
console.log(c);

let total = 0;
for (let i = 0; i < 1000000; i++) {
  total += new Circle(i % 10).area();
}
console.log('total area', total);
