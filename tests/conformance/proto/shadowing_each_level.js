// The same property name defined at every level of a constructor chain.
function A() {}
A.prototype.who = 'A.prototype';
A.prototype.whoAmI = function () {
  return 'whoAmI says ' + this.who;
};

function B() {}
B.prototype = Object.create(A.prototype);
B.prototype.who = 'B.prototype';

function C() {}
C.prototype = Object.create(B.prototype);
C.prototype.who = 'C.prototype';

var c = new C();
console.log('1:', c.who, '|', c.whoAmI());
c.who = 'own';
console.log('2:', c.who, '|', c.whoAmI());

// Peel the levels off one at a time.
delete c.who;
console.log('3:', c.who);
delete C.prototype.who;
console.log('4:', c.who);
delete B.prototype.who;
console.log('5:', c.who);
delete A.prototype.who;
console.log('6:', c.who, '|', c.whoAmI());

// Put them back in a different order: the nearest one always wins.
A.prototype.who = 'A again';
console.log('7:', c.who);
C.prototype.who = 'C again';
console.log('8:', c.who);
B.prototype.who = 'B again';
console.log('9:', c.who);

// Shadowing a method at the middle level, calling up with call().
B.prototype.whoAmI = function () {
  return 'B wraps (' + A.prototype.whoAmI.call(this) + ')';
};
console.log('10:', c.whoAmI());
C.prototype.whoAmI = function () {
  return 'C wraps (' + B.prototype.whoAmI.call(this) + ')';
};
console.log('11:', c.whoAmI());
console.log('12:', new B().whoAmI());
console.log('13:', new A().whoAmI());

// An own value that is undefined still shadows.
c.who = undefined;
console.log('14:', c.who, 'who' in c);
