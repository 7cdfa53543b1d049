// Throwing a custom Error subclass that nobody catches: the program ends
// with "Uncaught InsufficientFunds: ..." on stderr.
class BankError extends Error {
  constructor(message) {
    super(message);
    this.name = this.constructor.name;
  }
}
class InsufficientFunds extends BankError {
  constructor(needed, available) {
    super('need ' + needed + ' but only ' + available + ' available');
    this.needed = needed;
    this.available = available;
  }
}

function withdraw(balance, amount) {
  if (amount > balance) throw new InsufficientFunds(amount, balance);
  return balance - amount;
}

var balance = 100;
balance = withdraw(balance, 30);
console.log('balance after first withdrawal:', balance);
try {
  withdraw(balance, 500);
} catch (e) {
  console.log('caught:', e.name, '|', e.message);
  console.log('instanceof BankError:', e instanceof BankError, '| needed:', e.needed);
}

// finally runs even when the error escapes.
function audited() {
  try {
    return withdraw(10, 20);
  } finally {
    console.log('audit: withdraw attempted');
  }
}
try {
  audited();
} catch (e) {
  console.log('after audit:', String(e));
}

console.log('about to throw uncaught');
withdraw(balance, 1000);
console.log('not reached');
