// Immediately-invoked function expressions: private scope, module pattern.
var result = (function () {
  var hidden = 'secret';
  return hidden.length;
})();
console.log('iife result:', result);
console.log('hidden is not global:', typeof hidden);

// Different syntactic forms.
var a = (function () {
  return 'parens around';
}());
var b = !function () {
  console.log('bang form runs');
}();
var c = (() => 'arrow iife')();
var d = void function () {
  console.log('void form runs');
}();
console.log(a, '|', b, '|', c, '|', d);

// IIFE with arguments and this.
var sum = (function (x, y) {
  return x + y;
})(3, 4);
console.log('with args:', sum);
var self = (function () {
  return this === globalThis;
})();
console.log('this in sloppy iife is global:', self);
var strictSelf = (function () {
  'use strict';
  return this;
})();
console.log('this in strict iife:', strictSelf);

// Module pattern with private state and a public API.
var bank = (function () {
  var accounts = {};
  function ensure(name) {
    if (!(name in accounts)) accounts[name] = 0;
  }
  return {
    deposit: function (name, amt) {
      ensure(name);
      accounts[name] += amt;
      return accounts[name];
    },
    balance: function (name) {
      ensure(name);
      return accounts[name];
    },
    names: function () {
      return Object.keys(accounts);
    }
  };
})();
bank.deposit('ann', 10);
bank.deposit('bob', 5);
bank.deposit('ann', 7);
console.log('balances:', bank.balance('ann'), bank.balance('bob'), bank.names());
console.log('no access to accounts:', bank.accounts);

// Named IIFE can recurse.
var fact5 = (function f(n) {
  return n <= 1 ? 1 : n * f(n - 1);
})(5);
console.log('named iife recursion:', fact5);
console.log('typeof f outside:', typeof f);

// IIFE returning a constructor with private shared state.
var Thing = (function () {
  var made = 0;
  function Thing() {
    made++;
    this.n = made;
  }
  Thing.made = function () {
    return made;
  };
  return Thing;
})();
new Thing();
new Thing();
console.log('made:', Thing.made(), '| last:', new Thing().n);
