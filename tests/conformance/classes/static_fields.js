// Static fields are own properties of the class, initialised once.
class Registry {
  static count = 0;
  static items = [];
  static label = 'registry:' + Registry.count;
  static register(x) {
    Registry.count++;
    this.items.push(x);
    return this.count;
  }
}

Registry.register('a');
Registry.register('b');
console.log('count:', Registry.count, '| items:', Registry.items, '| label:', Registry.label);
console.log('own names:', Object.getOwnPropertyNames(Registry).join(' '));
console.log('static field enumerable:', Object.keys(Registry));
console.log('instances do not see them:', new Registry().count);

// `this` in a static initialiser is the class.
class SelfRef {
  static me = this;
  static myName = this.name;
}
console.log('static this is the class:', SelfRef.me === SelfRef, SelfRef.myName);

// Subclasses inherit static fields through the constructor chain; writing
// creates an own property on the subclass.
class Base {
  static shared = 'from base';
  static counter = 10;
}
class Child extends Base {
  static extra = 'child only';
}
console.log('Child.shared:', Child.shared, '| own:', Child.hasOwnProperty('shared'));
Child.counter++;
console.log('Child.counter:', Child.counter, '| Base.counter:', Base.counter, '| Child own now:', Child.hasOwnProperty('counter'));
console.log('Base.extra:', Base.extra);

// Static fields initialised in order; later ones can use earlier ones.
class Seq {
  static a = 1;
  static b = Seq.a + 1;
  static c = this.b * 10;
}
console.log('Seq:', Seq.a, Seq.b, Seq.c);

console.log(Registry);
console.log(Child);
console.log(Base);
