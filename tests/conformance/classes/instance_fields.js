// Public instance fields: defined on each instance, in declaration order,
// before the constructor body runs (base class) or right after super() (derived).
class Point {
  x = 0;
  y = 0;
  label;
  constructor(x, y) {
    this.seenXInCtor = this.x;
    if (x !== undefined) this.x = x;
    if (y !== undefined) this.y = y;
  }
}

var p = new Point(3);
console.log('p.x, p.y, p.label:', p.x, p.y, p.label);
console.log('x before ctor body assignment:', p.seenXInCtor);
console.log('own keys in order:', Object.keys(p));
console.log('label is own even if undefined:', p.hasOwnProperty('label'));
console.log('fields not on prototype:', Object.getOwnPropertyNames(Point.prototype));
console.log(p);

// Each instance gets a fresh value (the initialiser runs per instance).
class Bag {
  items = [];
  add(i) {
    this.items.push(i);
    return this;
  }
}
var b1 = new Bag().add(1);
var b2 = new Bag().add(2).add(3);
console.log('separate arrays:', b1.items, b2.items, b1.items !== b2.items);

// Derived fields are initialised after super() returns.
class Base {
  constructor() {
    this.order = ['base ctor'];
    this.peek = this.derivedField;
  }
}
class Derived extends Base {
  derivedField = 'set';
  constructor() {
    super();
    this.order.push('derived ctor, field=' + this.derivedField);
  }
}
var d = new Derived();
console.log('order:', d.order.join(' | '));
console.log('base saw derived field:', d.peek);

// Fields shadow prototype accessors: no setter call.
class WithAccessor {
  set value(v) {
    console.log('setter called (should not happen)');
  }
}
class FieldOver extends WithAccessor {
  value = 'field';
}
var f = new FieldOver();
console.log('field defined, not assigned:', f.value, f.hasOwnProperty('value'));

// Computed field names and string names.
var key = 'dyn' + 'amic';
class Names {
  [key] = 1;
  'with space' = 2;
  3 = 'three';
}
console.log(new Names());
