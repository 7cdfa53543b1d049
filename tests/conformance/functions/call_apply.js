// call and apply: choosing `this` and passing arguments.
function introduce(greeting, punctuation) {
  return greeting + ', I am ' + this.name + (punctuation || '');
}
var ann = { name: 'Ann' };
var bob = { name: 'Bob' };

console.log(introduce.call(ann, 'Hi', '!'));
console.log(introduce.apply(bob, ['Hello', '.']));
console.log(introduce.call(bob, 'Hey'));
console.log(introduce.apply(ann));
console.log(introduce.apply(ann, undefined));

// Array-like objects work with apply.
console.log(introduce.apply(ann, { length: 2, 0: 'Yo', 1: '?' }));

// Sloppy functions box primitive `this` and map null/undefined to globalThis.
function sloppyThis() {
  return typeof this + (this === globalThis ? ' (global)' : '');
}
console.log('sloppy call(5):', sloppyThis.call(5));
console.log('sloppy call(null):', sloppyThis.call(null));
console.log('sloppy call(undefined):', sloppyThis.call(undefined));
console.log('sloppy call("s"):', sloppyThis.call('s'));

// Strict functions receive `this` unchanged.
function strictThis() {
  'use strict';
  return this === null ? 'null' : typeof this;
}
console.log('strict call(5):', strictThis.call(5));
console.log('strict call(null):', strictThis.call(null));
console.log('strict call(undefined):', strictThis.call(undefined));

// call and apply are themselves inherited from Function.prototype.
console.log('call inherited:', introduce.hasOwnProperty('call'), introduce.call === Function.prototype.call);

// Using call to borrow methods.
var arrayLike = { 0: 'x', 1: 'y', length: 2 };
console.log('slice:', Array.prototype.slice.call(arrayLike));
console.log('indexOf:', Array.prototype.indexOf.call(arrayLike, 'y'));
console.log('toString:', Object.prototype.toString.call([]), Object.prototype.toString.call(null));

// Spread in calls is an alternative to apply.
var nums = [5, 1, 9, 3];
console.log('Math.max(...nums):', Math.max(...nums), '| apply:', Math.max.apply(null, nums));
console.log('spread with extra args:', Math.min(0, ...nums, -1));

// call on a non-function fails.
try {
  Function.prototype.call.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// apply with a non-object second argument fails.
try {
  introduce.apply(ann, 5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
