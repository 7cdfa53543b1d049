// A derived constructor must call super() before using `this` and before
// returning. The program ends with the uncaught ReferenceError.
class Base {
  constructor() {
    this.base = true;
  }
}

class UsesThisFirst extends Base {
  constructor() {
    this.early = 1;
    super();
  }
}
try {
  new UsesThisFirst();
} catch (e) {
  console.log('this before super:', e instanceof ReferenceError, e.name, e.message);
}

class ReturnsObject extends Base {
  constructor() {
    return { replaced: true };
  }
}
var r = new ReturnsObject();
console.log('returning an object without super is allowed:', r.replaced, r instanceof Base);

class ReturnsPrimitive extends Base {
  constructor() {
    super();
    return 1;
  }
}
try {
  new ReturnsPrimitive();
} catch (e) {
  console.log('primitive return from derived:', e.name + ': ' + e.message);
}

class ReturnsUndefinedAfterSuper extends Base {
  constructor() {
    super();
    return undefined;
  }
}
console.log('undefined return after super:', new ReturnsUndefinedAfterSuper().base);

class ConditionalSuper extends Base {
  constructor(callIt) {
    if (callIt) super();
  }
}
console.log('conditional super called:', new ConditionalSuper(true).base);

class SuperInArrow extends Base {
  constructor() {
    var callSuper = () => super();
    callSuper();
    this.viaArrow = true;
  }
}
console.log('super() from an arrow:', new SuperInArrow().viaArrow);

console.log('next: constructor that never calls super');
new ConditionalSuper(false);
console.log('not reached');
