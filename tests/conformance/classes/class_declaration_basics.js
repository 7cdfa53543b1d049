// A class declaration: constructor, prototype methods, and what they become.
class Account {
  constructor(owner, balance) {
    this.owner = owner;
    this.balance = balance;
  }
  deposit(amount) {
    this.balance += amount;
    return this;
  }
  withdraw(amount) {
    if (amount > this.balance) {
      throw new RangeError('insufficient funds: ' + this.balance + ' < ' + amount);
    }
    this.balance -= amount;
    return this;
  }
  report() {
    return this.owner + ' has ' + this.balance;
  }
}

var acct = new Account('Zoe', 100);
console.log(acct.deposit(50).withdraw(30).report());
try {
  acct.withdraw(1000);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

console.log('typeof Account:', typeof Account);
console.log('Account.name:', Account.name);
console.log('Account.length:', Account.length);
console.log('methods on prototype:', Object.getOwnPropertyNames(Account.prototype));
console.log('instance own keys:', Object.keys(acct));
console.log('deposit is shared:', acct.deposit === new Account('x', 0).deposit);
console.log('acct.constructor === Account:', acct.constructor === Account);
console.log(acct);

// Class bodies are strict: a plain call of a method has this === undefined.
class Probe {
  whatIsThis() {
    return this;
  }
}
var loose = new Probe().whatIsThis;
console.log('extracted method this:', loose());

// A class without a constructor gets an empty default one.
class Empty {}
var e = new Empty();
console.log('Empty.length:', Empty.length, '| e instanceof Empty:', e instanceof Empty);
console.log(e);

// Computed method names and methods with string names.
var suffix = 'Tail';
class Named {
  ['with' + suffix]() {
    return 'computed';
  }
  'quoted name'() {
    return 'quoted';
  }
  42() {
    return 'numeric';
  }
}
var n = new Named();
console.log(n.withTail(), n['quoted name'](), n[42]());
console.log('names:', Object.getOwnPropertyNames(Named.prototype));
