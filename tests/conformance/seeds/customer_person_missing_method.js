// Old-style inheritance: Customer.prototype = new Person().
// Methods added to Customer do not reach plain Persons, so calling one on a
// Person fails (this program ends with that uncaught TypeError).
var Person = function (name) {
  this.name = name;
};
Person.prototype.getName = function () {
  return this.name;
};

var ann = new Person('Ann');
console.log('ann.getName():', ann.getName());

// Added after ann exists: ann still sees it.
Person.prototype.introduce = function () {
  return 'I am ' + this.getName();
};
console.log('ann.introduce():', ann.introduce());

var Customer = function (name) {
  this.name = name;
};
Customer.prototype = new Person();

var shop = new Customer('Corner Shop');
console.log('shop.introduce():', shop.introduce());
console.log('shop instanceof Customer:', shop instanceof Customer);
console.log('shop instanceof Person:', shop instanceof Person);
console.log('shop.constructor === Person:', shop.constructor === Person);
console.log('Customer.prototype has own name:', Customer.prototype.hasOwnProperty('name'), Customer.prototype.name);

Customer.prototype.setBalance = function (amount) {
  this.balance = amount;
};
Customer.prototype.getBalance = function () {
  return this.balance;
};
shop.setBalance(250);
console.log('shop.getBalance():', shop.getBalance());

// New Person methods reach customers too.
Person.prototype.farewell = function () {
  return this.name + ' says bye';
};
console.log('shop.farewell():', shop.farewell());

console.log('typeof ann.setBalance:', typeof ann.setBalance);
console.log('calling setBalance on a Person next...');
ann.setBalance(10);
console.log('not reached');
