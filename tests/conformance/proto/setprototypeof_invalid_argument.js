// Invalid prototypes are rejected with V8's messages. The program ends with
// an uncaught TypeError from Object.create(1).
var o = {};
var bad = [1, 'str', true, undefined];
for (var i = 0; i < bad.length; i++) {
  try {
    Object.setPrototypeOf(o, bad[i]);
    console.log('accepted?!', bad[i]);
  } catch (e) {
    console.log('setPrototypeOf(o, ' + String(bad[i]) + '):', e instanceof TypeError, e.message);
  }
}

var badCreate = [42, 'text', false];
for (var j = 0; j < badCreate.length; j++) {
  try {
    Object.create(badCreate[j]);
  } catch (e) {
    console.log('Object.create(' + String(badCreate[j]) + '):', e.name, e.message);
  }
}
try {
  Object.create();
} catch (e) {
  console.log('Object.create():', e.message);
}

// Functions and arrays are fine as prototypes.
var fnChild = Object.create(function named() {});
console.log('function proto:', typeof fnChild, Object.getPrototypeOf(fnChild).name);
var arrChild = Object.create([7, 8]);
console.log('array proto:', arrChild[1], arrChild.length);

// Object.setPrototypeOf(o, null) is fine too.
console.log('null ok:', Object.getPrototypeOf(Object.setPrototypeOf({}, null)));

console.log('now Object.create(1) without catch');
var never = Object.create(1);
console.log('not reached', never);
