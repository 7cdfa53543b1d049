// Array literals: elements, holes, trailing commas, nesting.
var simple = [1, 'two', true, null, undefined];
console.log(simple, simple.length);

var trailing = [1, 2, 3,];
console.log('one trailing comma:', trailing, trailing.length);

var holes = [1, , 3];
console.log('hole:', holes, holes.length, 1 in holes, holes[1]);

var twoTrailing = [1, 2, , ];
console.log('hole then trailing comma:', twoTrailing, twoTrailing.length);

var onlyHoles = [, , ,];
console.log('only holes:', onlyHoles, onlyHoles.length);

var leading = [, 'a'];
console.log('leading hole:', leading, 0 in leading);

var empty = [];
console.log('empty:', empty, empty.length);

var nested = [[1, 2], [3, [4, [5]]]];
console.log('nested:', nested[1][1][1][0], nested.length, nested[1].length);

var matrix = [
  [1, 2, 3],
  [4, 5, 6],
];
console.log('matrix[1][2]:', matrix[1][2]);

var exprs = [1 + 1, 'a' + 'b', [0][0], typeof 1];
console.log('expressions:', exprs);

var fns = [function () { return 'f0'; }, () => 'f1'];
console.log('functions:', fns[0](), fns[1]());

console.log('undefined element vs hole:', Object.keys([undefined, , 3]));

var counted = 0;
holes.forEach(function () {
  counted++;
});
console.log('forEach skips holes:', counted);
console.log('map keeps holes:', holes.map(x => x * 10));
console.log('join treats holes as empty:', holes.join('-'));

var objects = [{ a: 1 }, { b: 2 }];
console.log('objects:', objects[1].b);
console.log('isArray:', Array.isArray(nested), Array.isArray({ length: 0 }));
console.log('proto:', Object.getPrototypeOf(simple) === Array.prototype);

var big = [];
big[10] = 'x';
console.log('sparse via index:', big.length, big);
