// A function placed directly on a constructor is "static": only reachable
// through the constructor. A function on .prototype is per-instance.
function Temperature(celsius) {
  this.celsius = celsius;
}
Temperature.fromFahrenheit = function (f) {
  return new Temperature(Math.round((f - 32) * 5 / 9));
};
Temperature.prototype.toFahrenheit = function () {
  return this.celsius * 9 / 5 + 32;
};
Temperature.count = 0;

var t1 = new Temperature(100);
var t2 = Temperature.fromFahrenheit(212);

console.log('t1.toFahrenheit():', t1.toFahrenheit());
console.log('t2.celsius:', t2.celsius);
console.log('typeof t1.fromFahrenheit:', typeof t1.fromFahrenheit);
console.log('typeof Temperature.toFahrenheit:', typeof Temperature.toFahrenheit);
console.log('t1.count:', t1.count, '| Temperature.count:', Temperature.count);
console.log('t1.constructor.fromFahrenheit exists:', typeof t1.constructor.fromFahrenheit);

// Static members are own properties of the function.
console.log('own names of Temperature include statics:',
  Object.keys(Temperature));

// Counting instances with a static property.
function Ticket() {
  Ticket.issued++;
  this.number = Ticket.issued;
}
Ticket.issued = 0;
var tickets = [];
for (var i = 0; i < 5; i++) tickets.push(new Ticket());
console.log('issued:', Ticket.issued, '| last number:', tickets[4].number);

// A plain object with a method: callable only on that object.
var single = new Object();
single.test = function () {
  return 'single ' + (this === single);
};
console.log('single.test():', single.test());
var copy = Object.create(single);
console.log('copy.test() (inherited, this is copy):', copy.test());

// Functions print with their static properties.
console.log(Temperature);
console.log(Ticket);
