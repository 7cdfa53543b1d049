// Class expressions: anonymous, named, inline, and their names.
var Anon = class {
  hi() {
    return 'anon hi';
  }
};
var Outer = class Inner {
  who() {
    return typeof Inner + ' ' + (Inner === Outer);
  }
};

console.log('Anon.name:', Anon.name);
console.log('Outer.name:', Outer.name);
console.log('new Anon().hi():', new Anon().hi());
console.log('inner binding:', new Outer().who());
console.log('typeof Inner outside:', typeof Inner);

// The inner name is read-only inside the class.
var Fixed = class Me {
  rename() {
    try {
      Me = null;
    } catch (e) {
      return e.name + ': ' + e.message;
    }
    return 'no error';
  }
};
console.log(new Fixed().rename());

// Immediately-instantiated class expression.
var singleton = new (class {
  constructor() {
    this.created = 'once';
  }
})();
console.log(singleton.created, '| ctor name:', quote(singleton.constructor.name));
function quote(s) {
  return '"' + s + '"';
}

// Classes as values: in arrays, returned from functions.
function makeClass(greeting) {
  return class {
    greet(name) {
      return greeting + ', ' + name;
    }
  };
}
var Hello = makeClass('Hello');
var Hola = makeClass('Hola');
console.log(new Hello().greet('Ann'), '|', new Hola().greet('Ana'));
console.log('distinct classes:', Hello !== Hola, Hello.prototype !== Hola.prototype);
console.log('Hello.name:', quote(Hello.name));

var list = [class A {}, class B {}];
console.log('names in array:', list.map(function (c) { return c.name; }));

// Property assignment name inference.
var holder = {};
holder.K = class {};
console.log('holder.K.name:', quote(holder.K.name));
var obj = { Prop: class {} };
console.log('obj.Prop.name:', obj.Prop.name);

console.log(Anon);
console.log(Outer);
console.log(new Outer());
