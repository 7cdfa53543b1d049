// Ends with an uncaught TypeError from assigning to a const.
const MAX_ITEMS = 3;
var items = [];
while (items.length < MAX_ITEMS) items.push(items.length);
console.log('items:', items);
console.log('raising the limit');
MAX_ITEMS = 5;
console.log('never printed');
