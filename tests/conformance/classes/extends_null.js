// `class X extends null`: instances' prototype chain skips Object.prototype,
// but the default constructor cannot call super().
class Bare extends null {
  constructor() {
    return Object.create(Bare.prototype);
  }
  hello() {
    return 'hello from Bare';
  }
}

console.log('Bare.prototype.__proto__ is null:', Object.getPrototypeOf(Bare.prototype) === null);
console.log('Bare.__proto__ is Function.prototype:', Object.getPrototypeOf(Bare) === Function.prototype);

var b = new Bare();
console.log('b.hello():', b.hello());
console.log('b instanceof Bare:', b instanceof Bare);
console.log('b instanceof Object:', b instanceof Object);
console.log('typeof b.toString:', typeof b.toString);
console.log('typeof b.hasOwnProperty:', typeof b.hasOwnProperty);
console.log('own names of Bare.prototype:', Object.getOwnPropertyNames(Bare.prototype));

// Without an explicit constructor, `new` fails: super constructor is null.
class NoCtor extends null {}
try {
  new NoCtor();
} catch (e) {
  console.log('default ctor:', e instanceof TypeError, e.message);
}

// Calling super() explicitly also fails.
class ExplicitSuper extends null {
  constructor() {
    super();
  }
}
try {
  new ExplicitSuper();
} catch (e) {
  console.log('explicit super():', e.name + ': ' + e.message);
}

// Static methods still work (the class is an ordinary function).
class Utils extends null {
  static twice(x) {
    return x * 2;
  }
}
console.log('static on extends-null class:', Utils.twice(21));
console.log('typeof Utils.call:', typeof Utils.call);

// extends with a non-constructor value is an error at class definition time.
try {
  var notCtor = 42;
  (class extends notCtor {});
} catch (e) {
  console.log('extends 42:', e.name + ': ' + e.message);
}
try {
  var arrow = () => {};
  (class extends arrow {});
} catch (e) {
  console.log('extends arrow:', e.name + ': ' + e.message);
}
try {
  var BadProto = function () {};
  BadProto.prototype = 3;
  (class extends BadProto {});
} catch (e) {
  console.log('extends fn with bad prototype:', e.name + ': ' + e.message);
}
