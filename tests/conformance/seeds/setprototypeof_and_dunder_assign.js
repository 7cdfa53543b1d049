// Setting the prototype of an existing object: child.__proto__ = parent
// and Object.setPrototypeOf(child, parent) have the same effect.
var parent = {
  speak: function () {
    return 'parent speaking to ' + this.who;
  },
  kind: 'parent-kind'
};

var c1 = { who: 'c1' };
c1.__proto__ = parent;
var c2 = { who: 'c2' };
var ret = Object.setPrototypeOf(c2, parent);

console.log('c1.speak():', c1.speak());
console.log('c2.speak():', c2.speak());
console.log('setPrototypeOf returns its first argument:', ret === c2);
console.log('same prototype:', Object.getPrototypeOf(c1) === Object.getPrototypeOf(c2));
console.log('c1.kind:', c1.kind, '| own:', c1.hasOwnProperty('kind'));

// Assigning a non-object to __proto__ is silently ignored.
var c3 = { who: 'c3' };
c3.__proto__ = 42;
console.log('after __proto__ = 42, still Object.prototype:', Object.getPrototypeOf(c3) === Object.prototype);
c3.__proto__ = 'str';
console.log('after __proto__ = "str":', Object.getPrototypeOf(c3) === Object.prototype);

// Assigning null through __proto__ detaches the object.
c3.__proto__ = null;
console.log('after __proto__ = null:', Object.getPrototypeOf(c3));
console.log('c3.__proto__ now reads:', c3.__proto__);
// Now __proto__ is not special any more on c3: this creates an own property.
c3.__proto__ = parent;
console.log('own __proto__ key:', Object.keys(c3));
console.log('prototype unchanged:', Object.getPrototypeOf(c3));
console.log('c3.speak:', c3.speak);

// Object.setPrototypeOf works on null-prototype objects too.
Object.setPrototypeOf(c3, parent);
console.log('after setPrototypeOf:', c3.speak());

// Changing the prototype later switches behaviour.
var otherParent = {
  speak: function () {
    return 'other parent for ' + this.who;
  }
};
c1.__proto__ = otherParent;
console.log('c1 switched:', c1.speak());
console.log('c2 unaffected:', c2.speak());

// Setting the prototype of a primitive does nothing and returns it.
console.log('setPrototypeOf(5, parent):', Object.setPrototypeOf(5, parent));
try {
  Object.setPrototypeOf(undefined, parent);
} catch (e) {
  console.log('setPrototypeOf(undefined):', e.name + ': ' + e.message);
}
