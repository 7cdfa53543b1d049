// A sloppy-mode function called plainly gets the global object as `this`,
// so writing this.x creates a global variable.
function setName(name) {
  this.gname = name;
}
function getName() {
  return this.gname;
}

console.log('typeof gname before:', typeof gname);
setName('George');
console.log('global gname after plain call:', gname);
console.log('globalThis.gname:', globalThis.gname);
console.log('getName() plain:', getName());
console.log('top-level this === globalThis:', this === globalThis);

// Top-level var and function declarations become global properties.
var topVar = 'tv';
console.log('globalThis.topVar:', globalThis.topVar);
console.log('globalThis.setName === setName:', globalThis.setName === setName);
console.log('this.topVar:', this.topVar);

// let/const at top level do not.
let topLet = 'tl';
const topConst = 'tc';
console.log('globalThis.topLet:', globalThis.topLet);
console.log('globalThis.topConst:', globalThis.topConst);

// Extracting a method loses its object.
var holder = {
  gname: 'holder',
  get: getName
};
console.log('holder.get():', holder.get());
var loose = holder.get;
console.log('loose():', loose());

// In strict functions a plain call gets undefined.
function strictThis() {
  'use strict';
  return this;
}
console.log('strict plain this:', strictThis());
console.log('strict method this is holder:', strictThis.call(holder) === holder);

// Constructors called without new in sloppy mode write to the global.
function Legacy(v) {
  this.legacyValue = v;
}
var result = Legacy(99);
console.log('result of plain call:', result);
console.log('leaked global:', globalThis.legacyValue);
