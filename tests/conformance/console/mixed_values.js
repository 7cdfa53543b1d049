// Objects mixing many kinds of values.
function show() {
  console.log(Array.prototype.slice.call(arguments), arguments.length);
}
show(1, 'two', { three: 3 });
show();

function Account(owner) {
  this.owner = owner;
  this.balance = 0;
  this.history = [];
}
var acct = new Account('Dana');
acct.history.push({ type: 'deposit', amount: 100 }, { type: 'withdraw', amount: 30 });
console.log(acct);

var everything = {
  str: 'text',
  num: -0,
  big: 1e21,
  bool: false,
  nil: null,
  undef: undefined,
  arr: [1, , 'x'],
  fn: function helper() {},
  arrow: () => 1,
  inst: new Account('Eve'),
  nested: { deeper: { deepest: { gone: true } } },
  boxed: new Number(5),
};
console.log(everything);
console.log([everything.arr, everything.fn, everything.boxed]);
console.log('%s and %o', 'text', { a: 'b' });
