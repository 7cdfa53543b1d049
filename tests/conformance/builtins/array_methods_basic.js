// Basic Array methods.
var a = [3, 1, 2];
console.log('push returns length:', a.push(5, 4), a);
console.log('pop returns element:', a.pop(), a);
console.log('shift:', a.shift(), '| unshift returns length:', a.unshift(9, 8), a);
console.log('join default:', a.join(), '| join "-":', a.join('-'), '| join "":', a.join(''));
console.log('indexOf 2:', a.indexOf(2), '| indexOf 7:', a.indexOf(7), '| indexOf from index:', [1, 2, 1].indexOf(1, 1));
console.log('includes:', a.includes(8), a.includes('8'));
console.log('slice(1, 3):', a.slice(1, 3), '| slice(-2):', a.slice(-2), '| slice():', a.slice());
console.log('concat:', [1].concat([2, 3], 4, [[5]]));
console.log('original after concat:', a);
console.log('reverse:', [1, 2, 3].reverse());
console.log('length:', a.length);

// splice.
var s = ['a', 'b', 'c', 'd', 'e'];
console.log('splice(1, 2) removed:', s.splice(1, 2), '| left:', s);
console.log('splice insert:', s.splice(1, 0, 'X', 'Y'), s);
console.log('splice negative:', s.splice(-1), s);

// fill, sort.
console.log('fill:', new Array(3).fill(0), [1, 2, 3, 4].fill(9, 1, 3));
console.log('default sort is string order:', [10, 9, 1, 100].sort());
console.log('numeric sort:', [10, 9, 1, 100].sort(function (x, y) { return x - y; }));
console.log('sort strings:', ['pear', 'Apple', 'banana'].sort());

// join with null/undefined/nested.
console.log('join holes and nullish:', [1, null, undefined, 2].join(','));
console.log('nested join:', [[1, 2], [3]].join(';'));
console.log('String([1,[2,3]]):', String([1, [2, 3]]));

// Array constructor and isArray.
console.log('Array(3):', Array(3).length, '| Array(1, 2):', Array(1, 2), '| new Array("3"):', new Array('3'));
console.log('isArray:', Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'));
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

// Methods are inherited from Array.prototype.
console.log('push is inherited:', a.hasOwnProperty('push'), a.push === Array.prototype.push);

// Chaining.
console.log('chain:', [5, 3, 8].concat([1]).slice(1).reverse().join('<'));
