// Reads walk the chain; writes always go to the object itself.
var model = { x: 2, list: [1] };
var product = Object.create(model);

console.log('product.x (read):', product.x);
model.y = 5;
console.log('product.y (added to model later):', product.y);

product.x = 100;
console.log('product.x after write:', product.x);
console.log('model.x untouched:', model.x);
console.log('product own keys:', Object.keys(product));

// Compound assignment reads from the chain and writes an own property.
product.y += 1;
console.log('product.y += 1 ->', product.y, '| model.y:', model.y);

var second = Object.create(model);
second.counter = (second.counter || 0) + 1;
console.log('second.counter:', second.counter, '| model has counter:', 'counter' in model);

// Increment on an inherited property.
var third = Object.create(model);
third.x++;
console.log('third.x++ ->', third.x, '| model.x:', model.x, '| own:', third.hasOwnProperty('x'));

// Mutating an inherited object (not assigning) does affect the shared value.
product.list.push(2);
console.log('model.list after product.list.push:', model.list);
console.log('product has own list:', product.hasOwnProperty('list'));

// Assigning replaces it only for the writer.
product.list = ['own'];
console.log('product.list:', product.list, '| model.list:', model.list, '| second.list:', second.list);

// Deleting through the child never deletes from the parent.
delete second.x;
console.log('second.x after delete:', second.x);

// Writes with bracket syntax follow the same rule.
var k = 'z';
product[k] = 'zed';
console.log('model.z:', model.z, '| product.z:', product.z);
console.log(product);
console.log(model);
