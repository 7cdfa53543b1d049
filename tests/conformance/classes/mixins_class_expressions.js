// Mixins: functions that take a class and return a class extending it.
var Serializable = function (Base) {
  return class extends Base {
    serialize() {
      var parts = [];
      var keys = Object.keys(this);
      for (var i = 0; i < keys.length; i++) parts.push(keys[i] + '=' + this[keys[i]]);
      return parts.join('&');
    }
  };
};
var Comparable = function (Base) {
  return class extends Base {
    compareTo(other) {
      return this.value - other.value;
    }
  };
};

class Item {
  constructor(name, value) {
    this.name = name;
    this.value = value;
  }
}

class SmartItem extends Serializable(Comparable(Item)) {
  describe() {
    return this.name + ' worth ' + this.value;
  }
}

var a = new SmartItem('apple', 3);
var b = new SmartItem('berry', 5);
console.log(a.serialize());
console.log('compare:', a.compareTo(b), b.compareTo(a));
console.log(a.describe());
console.log('instanceof Item:', a instanceof Item, '| instanceof SmartItem:', a instanceof SmartItem);

// The chain has anonymous classes in the middle.
var names = [];
var p = Object.getPrototypeOf(a);
while (p !== Object.prototype) {
  names.push(p.constructor.name || '(anonymous)');
  p = Object.getPrototypeOf(p);
}
console.log('prototype chain:', names.join(' -> '));

// Each mixin application creates a new class.
var S1 = Serializable(Item);
var S2 = Serializable(Item);
console.log('distinct mixin classes:', S1 !== S2, S1.prototype.serialize !== S2.prototype.serialize);

// Sorting with the mixin method.
var items = [new SmartItem('c', 9), new SmartItem('a', 1), new SmartItem('b', 4)];
items.sort(function (x, y) {
  return x.compareTo(y);
});
console.log('sorted:', items.map(function (i) { return i.name; }).join(','));
console.log(items[0]);
