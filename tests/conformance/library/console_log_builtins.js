// console.log of library values: Date, Math, JSON, match results,
// wrappers, builtin functions and prototypes.
console.log(new Date(0), [new Date(1e12)], { when: new Date(NaN) });
class Stamp extends Date {}
console.log(new Stamp(0), Object.assign(new Date(0), { tag: "t" }));
console.log(Math, JSON, Object.create(Math), [Math, JSON]);
console.log("hello world".match("o w"), "abc".match("z"));
console.log(new Number(-0), new String("s"), new Boolean(true), Object.assign(new Number(1), { x: 2 }));
console.log(Math.max, JSON.parse, Date, Date.now, parseInt, Array.prototype.push, encodeURIComponent);
console.log(Array.prototype, Object.prototype, Date.prototype, Number.prototype, String.prototype, Boolean.prototype);
console.log(Error.prototype, TypeError.prototype);
console.log(JSON.parse('{"a":[1,{"b":null}],"c":"x"}'), Object.fromEntries([["k", 1]]), Array.from("ab"));
console.log("%s|%d|%i|%f|%j|%o", "str", 42.5, 42.5, "3.5", { a: [1] }, [1]);
console.log([1, 2, 3].toSorted(), [, 1].toReversed(), Object.getOwnPropertyDescriptor(Math, "PI"));
