// RegExp is outside the subset: the constructor exists on the global
// object, as in V8 (calling it throws EvalError "unsupported: RegExp" in
// this engine, so this program does not call it). The name itself is
// rejected at compile time; the program reaches it through globalThis.
var R = globalThis["RegExp"];
console.log(typeof R, R.name, R.length, typeof R.prototype, R.prototype.constructor === R);
console.log(Object.prototype.hasOwnProperty.call(globalThis, "RegExp"), Object.getOwnPropertyDescriptor(globalThis, "RegExp").enumerable);
console.log(Object.getPrototypeOf(R) === Function.prototype, R instanceof Function);
