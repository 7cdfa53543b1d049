// Rest parameters collect the remaining arguments into a real array.
function collect(...items) {
  return items;
}
console.log('none:', collect());
console.log('some:', collect(1, 'two', null));
console.log('is array:', Array.isArray(collect(1)));

function headTail(head, ...tail) {
  return 'head=' + head + ' tail=' + tail.join(',') + ' (' + tail.length + ')';
}
console.log(headTail(1, 2, 3, 4));
console.log(headTail(1));
console.log(headTail());

function sum(...nums) {
  var total = 0;
  for (var i = 0; i < nums.length; i++) total += nums[i];
  return total;
}
console.log('sum:', sum(1, 2, 3, 4, 5));

console.log('length excludes rest:', collect.length, headTail.length);

function restVsArguments(a, ...rest) {
  return [arguments.length, rest.length];
}
console.log('arguments vs rest:', restVsArguments(1, 2, 3));

var arrowRest = (...args) => args.map(x => x * 2);
console.log('arrow rest:', arrowRest(1, 2, 3));

function withDefault(a = 10, ...rest) {
  return [a, rest];
}
console.log('default plus rest:', withDefault(), withDefault(undefined, 1, 2));

function forward(...args) {
  return sum(...args);
}
console.log('forwarded:', forward(10, 20, 30));

function mutate(...r) {
  r.push('added');
  return r;
}
console.log('rest array is mutable:', mutate('x'));

function holey(...r) {
  return r;
}
console.log('undefined args preserved:', holey(undefined, undefined));
