// == between objects and primitives goes through valueOf/toString.
var a = {};
var b = {};
console.log('same object:', a == a, 'different objects:', a == b);
console.log('[] == []:', [] == []);
console.log("[] == '':", [] == '');
console.log('[] == 0:', [] == 0);
console.log('[] == false:', [] == false);
console.log('![] == false:', ![] == false);
console.log('[0] == false:', [0] == false);
console.log("[1] == '1':", [1] == '1');
console.log("[1, 2] == '1,2':", [1, 2] == '1,2');
console.log('[[]] == 0:', [[]] == 0);
console.log("[null] == '':", [null] == '');
console.log("({}) == '[object Object]':", {} == '[object Object]');
console.log('({}) == null:', {} == null, '({}) == undefined:', {} == undefined);
console.log('[] == null:', [] == null);

var log = [];
var withValueOf = {
  valueOf() {
    log.push('valueOf');
    return 42;
  },
  toString() {
    log.push('toString');
    return 'forty-two';
  },
};
console.log('withValueOf == 42:', withValueOf == 42, log);
log = [];
console.log("withValueOf == '42':", withValueOf == '42', log);
log = [];
console.log("withValueOf == 'forty-two':", withValueOf == 'forty-two', log);

var onlyToString = {
  toString() {
    return '7';
  },
};
console.log('onlyToString == 7:', onlyToString == 7);
console.log("onlyToString == '7':", onlyToString == '7');
console.log('onlyToString == true:', onlyToString == true);

var objValueOf = {
  valueOf() {
    return {};
  },
  toString() {
    return '9';
  },
};
console.log('valueOf returning object falls back to toString:', objValueOf == 9);

var one = {
  valueOf() {
    return 1;
  },
};
console.log('object == true via number:', one == true);
console.log('object != 2:', one != 2);

var s1 = new String('x');
var s2 = new String('x');
console.log("new String('x') == 'x':", s1 == 'x', 'two wrappers:', s1 == s2);
console.log('new Number(3) == 3:', new Number(3) == 3);
console.log('new Boolean(false) == false:', new Boolean(false) == false, 'but truthy:', !!new Boolean(false));

function F() {}
F.prototype.valueOf = function () {
  return 'proto value';
};
console.log('inherited valueOf used:', new F() == 'proto value');
