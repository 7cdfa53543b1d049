// super.method() calls the parent's version with the current `this`.
class Logger {
  constructor(prefix) {
    this.prefix = prefix;
  }
  format(msg) {
    return '[' + this.prefix + '] ' + msg;
  }
  log(msg) {
    return this.format(msg);
  }
}

class TimestampLogger extends Logger {
  format(msg) {
    return 't=0 ' + super.format(msg);
  }
}

class UpperLogger extends TimestampLogger {
  format(msg) {
    return super.format(msg.toUpperCase());
  }
  raw(msg) {
    // super.log uses this.format, which is UpperLogger's format
    return super.log(msg);
  }
}

var u = new UpperLogger('app');
console.log(u.log('hello'));
console.log(u.raw('direct'));
console.log(new TimestampLogger('ts').log('x'));
console.log(new Logger('plain').log('y'));

// super property reads (not just calls).
class Base {
  get kind() {
    return 'base-kind';
  }
}
Base.prototype.version = 1;
class Derived extends Base {
  get kind() {
    return 'derived over ' + super.kind;
  }
  info() {
    return 'parent version ' + super.version + ', missing: ' + super.missing;
  }
}
var d = new Derived();
console.log(d.kind);
console.log(d.info());

// super is bound to the method's home object, not to `this`'s class.
class A {
  who() {
    return 'A';
  }
}
class B extends A {
  who() {
    return 'B>' + super.who();
  }
}
class C extends B {
  who() {
    return 'C>' + super.who();
  }
}
console.log(new C().who());
var borrowed = B.prototype.who;
console.log('borrowed B.who on plain object:', borrowed.call({}));

// Replacing the parent prototype's method later is seen by super calls.
A.prototype.who = function () {
  return 'A2';
};
console.log('after patch:', new C().who());

// super.method() inside an arrow inside a method.
class Arrowy extends A {
  later() {
    var f = () => super.who();
    return f();
  }
}
console.log('arrow super:', new Arrowy().later());

// super.x = v writes to this.
class Writer extends A {
  write() {
    super.written = 'yes';
    return this.hasOwnProperty('written') + ' ' + A.prototype.hasOwnProperty('written');
  }
}
console.log('super.x = v writes own:', new Writer().write());
