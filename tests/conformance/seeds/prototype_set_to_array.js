// A prototype can be any object, including an array: instances then inherit
// array methods and `constructor` resolves to Array.
function Collection() {}
var firstBorn = new Collection();
Collection.prototype.tag = 'original';

var arrayProto = ['x', 'y'];
arrayProto.property1 = 'Property1';
Collection.prototype = arrayProto;

var second = new Collection();

console.log('firstBorn.tag:', firstBorn.tag);
console.log('firstBorn.constructor === Collection:', firstBorn.constructor === Collection);
console.log('Object.getPrototypeOf(firstBorn) === Collection.prototype:', Object.getPrototypeOf(firstBorn) === Collection.prototype);

console.log('second.constructor === Array:', second.constructor === Array);
console.log('second.property1:', second.property1);
console.log('second[0], second.length:', second[0], second.length);
console.log('Array.isArray(second):', Array.isArray(second));
console.log('second instanceof Array:', second instanceof Array);
console.log('second instanceof Collection:', second instanceof Collection);
console.log('second.join("+"):', second.join('+'));

// Properties added to the array later show up through the instance.
arrayProto.property2 = 'Property2';
console.log('second.property2:', second.property2);
console.log('Collection.prototype.property2:', Collection.prototype.property2);

// Writing an index on the instance makes an own property, not an array element.
second[2] = 'z';
console.log('arrayProto.length still:', arrayProto.length, '| second.length:', second.length);
console.log('second own keys:', Object.keys(second));

// push on the instance writes own index and length.
second.push('pushed');
console.log('after push, own keys:', Object.keys(second));
console.log('arrayProto unchanged:', arrayProto.join(','));
