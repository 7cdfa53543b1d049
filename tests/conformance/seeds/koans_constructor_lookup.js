// f.constructor is found on F.prototype through the ordinary lookup, and
// `new F(1)` created only three objects: F, F.prototype and f.
var F = function (i) {
  this.i = i;
};
var f = new F(1);

console.log('f.i:', f.i);
console.log('f.constructor === F:', f.constructor === F);
console.log('Object.getPrototypeOf(f) === F.prototype:', Object.getPrototypeOf(f) === F.prototype);
console.log('F.prototype.constructor === f.constructor:', F.prototype.constructor === f.constructor);
console.log('f own names:', Object.getOwnPropertyNames(f));
console.log('F.prototype own names:', Object.getOwnPropertyNames(F.prototype));

// The objects in the diagram.
console.log('F.__proto__ === Function.prototype:', Object.getPrototypeOf(F) === Function.prototype);
console.log('F.constructor === Function:', F.constructor === Function);
console.log('Function.prototype.constructor === Function:', Function.prototype.constructor === Function);
console.log('Function.__proto__ === Function.prototype:', Object.getPrototypeOf(Function) === Function.prototype);
console.log('Object.prototype.constructor === Object:', Object.prototype.constructor === Object);
console.log('Object.__proto__ === Function.prototype:', Object.getPrototypeOf(Object) === Function.prototype);
console.log('(1).__proto__ === Number.prototype:', (1).__proto__ === Number.prototype);
console.log('f.i.constructor === Number:', f.i.constructor === Number);

// The two ways to set __proto__: new and Object.create.
var viaNew = new F(2);
var viaCreate = Object.create(F.prototype);
console.log('viaNew.__proto__ === F.prototype:', viaNew.__proto__ === F.prototype);
console.log('viaCreate.__proto__ === F.prototype:', viaCreate.__proto__ === F.prototype);
console.log('viaCreate.i (constructor never ran):', viaCreate.i);
console.log('viaCreate instanceof F:', viaCreate instanceof F);
console.log('viaCreate.constructor === F:', viaCreate.constructor === F);

// When a method is called as X.Y(), `this` is X, wherever Y was found.
F.prototype.show = function () {
  return 'i=' + this.i;
};
console.log('f.show():', f.show(), '| viaNew.show():', viaNew.show(), '| viaCreate.show():', viaCreate.show());
console.log('F.prototype.show():', F.prototype.show());

// Objects created by the two ways print the same way.
console.log(viaNew);
console.log(viaCreate);
