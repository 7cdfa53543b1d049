var x = 1;
console.log("hello", x, this.x, typeof globalThis.x);
print([1, 'a', { b: null }]);
