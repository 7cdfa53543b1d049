// push/pop/shift/unshift/splice/reverse/fill/copyWithin on arrays, holes
// and array-likes; return values and lengths.
var a = [1, 2];
console.log(a.push(), a.push(3, 4), a, a.pop(), a, [].pop(), [].shift());
console.log(a.unshift(0), a, a.unshift(), a.shift(), a);
var holes = [1, , 3, , 5];
console.log(holes.shift(), holes, 0 in holes, holes.length);
holes.unshift("a", "b");
console.log(holes, Object.keys(holes).join(","));
holes.reverse();
console.log(holes, Object.keys(holes).join(","));

var s = [0, 1, 2, 3, 4, 5];
console.log(s.splice(2, 2), s);
console.log(s.splice(-2), s);
console.log(s.splice(1, 0, "x", "y"), s);
console.log(s.splice(), s.splice(undefined), s);
var t = [0, 1, 2, 3];
console.log(t.splice(1, Infinity), t, [1, 2, 3].splice(-Infinity, 1), [1, 2, 3].splice(1, -5), [1, 2, 3].splice("1", "1"));
var sp = [1, , 3, 4];
var removed = sp.splice(0, 2, "z");
console.log(removed, 1 in removed, removed.length, sp);

console.log([1, 2, 3, 4, 5].fill(0, 1, 3), [1, 2, 3].fill(9, -2), [1, 2, 3].fill(7, 5), Array(3).fill("x"), [1, 2, 3].fill(0, NaN, NaN));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, -4, -3), [1, , 3].copyWithin(0, 1));

// Generic: array-likes.
var like = { length: 2, 0: "a", 1: "b" };
Array.prototype.push.call(like, "c");
console.log(JSON.stringify(like));
console.log(Array.prototype.pop.call(like), JSON.stringify(like));
console.log(Array.prototype.shift.call(like), JSON.stringify(like));
Array.prototype.unshift.call(like, 1, 2);
console.log(JSON.stringify(like));
console.log(JSON.stringify(Array.prototype.splice.call(like, 1, 1)), JSON.stringify(like));
Array.prototype.reverse.call(like);
console.log(JSON.stringify(like));
var noLen = {};
Array.prototype.push.call(noLen, "x");
console.log(JSON.stringify(noLen));
var strLen = { length: "2.7", 0: 0, 1: 1, 2: 2 };
console.log(Array.prototype.pop.call(strLen), JSON.stringify(strLen));
var neg = { length: -5 };
console.log(Array.prototype.push.call(neg), JSON.stringify(neg));
try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array.prototype.unshift.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array.prototype.push.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
var str = new String("ab");
try { Array.prototype.push.call(str, "c"); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array.prototype.reverse.call("ab"); } catch (e) { console.log(e.name + ": " + e.message); }

// Inherited elements are read through holes.
Array.prototype[1] = "proto";
var withHole = [0, , 2];
console.log(withHole[1], withHole.join(), withHole.indexOf("proto"), withHole.includes("proto"));
var shifted = [0, , 2];
shifted.shift();
console.log(JSON.stringify(shifted), shifted.hasOwnProperty(0));
delete Array.prototype[1];
console.log(withHole.join());
