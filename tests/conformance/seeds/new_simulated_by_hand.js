// What `new` does, done by hand with Object.create + apply.
function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance;
}
Account.prototype.deposit = function (n) {
  this.balance += n;
  return this.balance;
};

function construct(Ctor, args) {
  // 1. make an object linked to Ctor.prototype (Object.prototype if not an object)
  var proto = Ctor.prototype;
  if (proto === null || (typeof proto !== 'object' && typeof proto !== 'function')) {
    proto = Object.prototype;
  }
  var obj = Object.create(proto);
  // 2. run the constructor with this = obj
  var result = Ctor.apply(obj, args);
  // 3. an object result wins, otherwise return obj
  if (result !== null && (typeof result === 'object' || typeof result === 'function')) {
    return result;
  }
  return obj;
}

var real = new Account('Ann', 10);
var fake = construct(Account, ['Ann', 10]);

console.log('real:', real);
console.log('fake:', fake);
console.log('same prototype:', Object.getPrototypeOf(real) === Object.getPrototypeOf(fake));
console.log('fake instanceof Account:', fake instanceof Account);
console.log('fake.deposit(5):', fake.deposit(5));
console.log('fake.constructor === Account:', fake.constructor === Account);
console.log('same own keys:', Object.keys(real).join() === Object.keys(fake).join());

// Step by step with call instead of apply.
var step = Object.create(Account.prototype);
console.log('before constructor runs:', Object.keys(step), step.owner);
Account.call(step, 'Bob', 0);
console.log('after constructor runs:', Object.keys(step), step.owner);

// Copying prototype members instead of linking: works, but not live.
var copied = {};
for (var key in Account.prototype) {
  copied[key] = Account.prototype[key];
}
Account.call(copied, 'Cy', 1);
Account.prototype.withdraw = function (n) {
  this.balance -= n;
  return this.balance;
};
console.log('linked gets late method:', typeof fake.withdraw);
console.log('copied misses late method:', typeof copied.withdraw);
console.log('copied has own deposit:', copied.hasOwnProperty('deposit'));

// Constructors returning objects, and non-object prototypes.
function Weird() {
  return [1, 2, 3];
}
console.log('new Weird:', new Weird(), '| construct:', construct(Weird, []));
function NoProto() {
  this.ok = true;
}
NoProto.prototype = 7;
var np1 = new NoProto();
var np2 = construct(NoProto, []);
console.log('non-object prototype:', Object.getPrototypeOf(np1) === Object.prototype, Object.getPrototypeOf(np2) === Object.prototype);
