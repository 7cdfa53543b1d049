// Object.create(null) makes an object with no prototype at all:
// no toString, no hasOwnProperty, no __proto__ accessor.
var dict = Object.create(null);
dict.apple = 3;
dict.pear = 5;

console.log('getPrototypeOf:', Object.getPrototypeOf(dict));
console.log('typeof dict.toString:', typeof dict.toString);
console.log('typeof dict.hasOwnProperty:', typeof dict.hasOwnProperty);
console.log('dict.__proto__:', dict.__proto__);
console.log('"toString" in dict:', 'toString' in dict);
console.log('"apple" in dict:', 'apple' in dict);
console.log('Object.keys(dict):', Object.keys(dict));
console.log('borrowed hasOwnProperty:', Object.prototype.hasOwnProperty.call(dict, 'pear'));
console.log('instanceof Object:', dict instanceof Object);
console.log('typeof dict:', typeof dict);
console.log(dict);

// "__proto__" is just an ordinary key here.
dict.__proto__ = 'just a string';
console.log('own __proto__ value:', dict.__proto__);
console.log('prototype still null:', Object.getPrototypeOf(dict) === null);
console.log('keys now:', Object.keys(dict));

// Converting it to a string fails because there is no toString/valueOf.
try {
  var s = '' + dict;
  console.log('converted:', s);
} catch (e) {
  console.log('conversion error:', e instanceof TypeError, e.message);
}

// It can still serve as a prototype.
var child = Object.create(dict);
console.log('child.apple:', child.apple);
console.log('child chain length 2:', Object.getPrototypeOf(Object.getPrototypeOf(child)) === null);

// Iterating with for-in sees only our keys.
var seen = [];
for (var k in dict) {
  seen.push(k);
}
console.log('for-in keys:', seen.join(','));
