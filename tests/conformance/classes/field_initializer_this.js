// Field initialisers run with `this` bound to the new instance and can use
// earlier fields, methods, and constructor-independent data.
var created = 0;
class Card {
  id = ++created;
  suit = 'hearts';
  rank = 10;
  label = this.rank + ' of ' + this.suit;
  selfRef = this;
  describe = () => 'card #' + this.id + ': ' + this.label;
  upper = this.shout(this.suit);
  shout(s) {
    return s.toUpperCase();
  }
}

var c1 = new Card();
var c2 = new Card();
console.log(c1.label, '|', c1.upper);
console.log('ids:', c1.id, c2.id);
console.log('selfRef is instance:', c1.selfRef === c1);
console.log(c1.describe());

// Arrow-function fields capture the instance: detached calls still work.
var detached = c2.describe;
console.log('detached arrow field:', detached());
console.log('arrow fields are per-instance:', c1.describe !== c2.describe);
console.log('describe is own:', c1.hasOwnProperty('describe'), '| shout is own:', c1.hasOwnProperty('shout'));

// In a derived class, field initialisers see what the base constructor set.
class Base {
  constructor(n) {
    this.n = n;
  }
}
class Doubler extends Base {
  doubled = this.n * 2;
  targetInField = String(new.target);
}
var d = new Doubler(21);
console.log('doubled:', d.doubled);
console.log('new.target in field initialiser:', d.targetInField);

// Initialisers that throw abort construction.
class Fragile {
  ok = 'fine';
  bad = (function () {
    throw new Error('field init failed');
  })();
}
try {
  new Fragile();
} catch (e) {
  console.log('construction failed:', e.message);
}

// Field initialisers run again for each construction, in order.
var log = [];
class Trace {
  a = log.push('a');
  b = log.push('b');
  constructor() {
    log.push('ctor');
  }
}
new Trace();
new Trace();
console.log('trace:', log.join(','));
