// Optional chaining on properties and elements.
var user = { name: 'Ann', address: { city: 'Oslo', zip: null }, tags: ['a', 'b'] };
var nobody = null;
var missing;

console.log('present:', user?.name);
console.log('null base:', nobody?.name);
console.log('undefined base:', missing?.name);
console.log('nested present:', user?.address?.city);
console.log('nested missing:', user?.contact?.email);
console.log('null value is returned as is:', user.address?.zip);
console.log('element present:', user.tags?.[1]);
console.log('element on missing:', user.list?.[0]);
var key = 'city';
console.log('computed key:', user.address?.[key]);
console.log('element on null:', nobody?.[0]);

console.log('falsy non-nullish bases are not short-circuited:');
console.log('  empty string length:', ''?.length);
console.log('  zero toFixed:', (0)?.toFixed(1));
console.log('  false toString:', false?.toString());

var arr = null;
console.log('array element on null:', arr?.[0]?.x);

var deep = { a: { b: { c: { d: 'deep value' } } } };
console.log('deep:', deep?.a?.b?.c?.d, deep.a?.x?.c?.d);

var withZero = { count: 0 };
console.log('zero kept:', withZero?.count);

var str = 'hello';
console.log('string index:', str?.[1], str?.length);

try {
  console.log(user.contact.email);
} catch (e) {
  console.log('without ?. :', e.message);
}
try {
  console.log(user?.contact.email);
} catch (e) {
  console.log('?. only guards its own base:', e.message);
}

var counter = 0;
var obj = null;
console.log('index expression not evaluated when short-circuited:', obj?.[counter++], counter);
var real = ['r'];
console.log('evaluated when base present:', real?.[counter++], counter);

console.log('typeof on chain:', typeof nobody?.x);
console.log('delete via chain:', delete nobody?.x, delete user?.tags);
console.log('after delete:', user);
