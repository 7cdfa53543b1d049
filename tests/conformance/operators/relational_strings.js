// < <= > >= on two strings compare UTF-16 code units lexicographically.
console.log("'a' < 'b':", 'a' < 'b');
console.log("'b' < 'a':", 'b' < 'a');
console.log("'apple' < 'banana':", 'apple' < 'banana');
console.log("'apple' < 'apples':", 'apple' < 'apples');
console.log("'Zebra' < 'apple' (uppercase first):", 'Zebra' < 'apple');
console.log("'a' < 'B':", 'a' < 'B');
console.log("'10' < '9' (string compare):", '10' < '9');
console.log("'10' < 9 (numeric compare):", '10' < 9);
console.log("'abc' <= 'abc':", 'abc' <= 'abc');
console.log("'abc' >= 'abd':", 'abc' >= 'abd');
console.log("'' < 'a':", '' < 'a');
console.log("'' < '':", '' < '', "'' <= '':", '' <= '');
console.log("' ' < 'a':", ' ' < 'a');
console.log("'a' > 'A':", 'a' > 'A');
console.log("'2' > '12':", '2' > '12');
console.log("'1.5' < '1.25':", '1.5' < '1.25');
console.log("'é' > 'z':", 'é' > 'z');
console.log("'Z' < '[':", 'Z' < '[');

var words = ['pear', 'Apple', 'banana', 'apple', '10', '9', 'Banana'];
var sorted = words.slice().sort(function (a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
});
console.log('sorted with < and >:', sorted);

var arrA = [1, 10];
var arrB = [1, 9];
console.log('arrays compare as strings [1,10] < [1,9]:', arrA < arrB);
console.log("[2] > 1:", [2] > 1, "[2] > '10':", [2] > '10');

var objA = {
  toString() {
    return 'b';
  },
};
console.log("object with toString 'b' > 'a':", objA > 'a');
