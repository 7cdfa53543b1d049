// Checks that a loop body would repeat (a prototype's validity cell, the
// method a prototype's slot holds) are made once before the loop when
// nothing in the loop can change them, and the method then is a constant.
// Whatever changes them must still be seen: a method replaced before the
// loop is entered again, replaced inside the loop, a prototype changed by
// a call inside the loop, a property added to the prototype chain.
function Scanner(text) {
  this.text = text;
  this.pos = 0;
}
Scanner.prototype.isDigit = function (c) {
  return c >= 48 && c <= 57;
};
Scanner.prototype.digits = function () {
  var s = this.text;
  var n = s.length;
  var start = this.pos;
  while (this.pos < n && this.isDigit(s.charCodeAt(this.pos))) this.pos++;
  return this.pos - start;
};
function scan(text) {
  var sc = new Scanner(text);
  var total = 0;
  for (var k = 0; k < 4; k++) {
    total += sc.digits();
    sc.pos++;
  }
  return total;
}
var t = 0;
for (var i = 0; i < 3000; i++) t += scan("123a45b6c7890");
console.log(t);

// Replaced between calls: the check before the loop fails.
Scanner.prototype.isDigit = function (c) {
  return c >= 48 && c <= 52;
};
console.log(scan("123a45b6c7890"), scan("98765"));

// Replaced inside the loop (a store to the key the check covers).
function swapping(text) {
  var sc = new Scanner(text);
  var n = 0;
  for (var j = 0; j < text.length; j++) {
    if (sc.isDigit(text.charCodeAt(j))) n++;
    if (j === 3) {
      Scanner.prototype.isDigit = function (c) {
        return c === 97;
      };
    }
  }
  return n;
}
var saved = Scanner.prototype.isDigit;
var u = 0;
for (var m = 0; m < 2000; m++) {
  Scanner.prototype.isDigit = saved;
  u += swapping("0123aaa9");
}
console.log(u);

// A call inside the loop changes the prototype chain.
function Base() {}
Base.prototype.kind = function () {
  return 1;
};
function Derived() {}
Derived.prototype = Object.create(Base.prototype);
function sum(o, n, at) {
  var s = 0;
  for (var q = 0; q < n; q++) {
    s += o.kind();
    if (q === at) {
      Derived.prototype.kind = function () {
        return 100;
      };
    }
  }
  return s;
}
var v = 0;
for (var r = 0; r < 2000; r++) {
  delete Derived.prototype.kind;
  v += sum(new Derived(), 10, r % 50 === 0 ? 5 : -1);
}
console.log(v);
// A method added to a prototype in the chain after the loops ran hot.
Scanner.prototype.isDigit = saved;
console.log(scan("42x"), scan("1x2y3z"));
Object.getPrototypeOf(Scanner.prototype).isDigit = function () {
  return false;
};
console.log(scan("42x"));
Scanner.prototype = {
  digits: Scanner.prototype.digits,
  isDigit: function () {
    return true;
  },
};
console.log(scan("42x"), scan("abcdefgh"));
