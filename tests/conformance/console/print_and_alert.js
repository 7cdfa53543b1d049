// print(...) and alert(...) format their arguments like console.log.
print('print works');
alert('alert works');
print('multiple', 'args', 1, true, null);
alert({ a: 1, b: [1, 2] });
print([1, 'two', { three: 3 }]);
print('%s is %d', 'answer', 42);
alert('%s', 'formatted by alert');
print();
print('after empty print');
function Thing() {
  this.x = 1;
}
print(new Thing());
alert(function f() {});
print(-0, NaN);
var c = { self: null };
c.self = c;
alert(c);
console.log('console.log interleaves in order');
print('done');
