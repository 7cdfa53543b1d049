// "use strict" inside a function only affects that function (and nested ones).
function sloppyThis() {
  return this === globalThis;
}
function strictThis() {
  'use strict';
  return this;
}
console.log('sloppy this is global:', sloppyThis());
console.log('strict this is undefined:', strictThis());

function sloppyAssign() {
  leakedGlobal = 'leaked';
}
sloppyAssign();
console.log('sloppy created global:', leakedGlobal, globalThis.leakedGlobal);

function strictAssign() {
  'use strict';
  anotherLeak = 'nope';
}
try {
  strictAssign();
} catch (e) {
  console.log('strict assign undeclared:', e.name, e.message);
}
console.log('typeof anotherLeak:', typeof anotherLeak);

var ro = Object.freeze({ x: 1 });
function sloppyWrite() {
  ro.x = 99;
  return ro.x;
}
function strictWrite() {
  'use strict';
  ro.x = 99;
  return ro.x;
}
console.log('sloppy write to frozen silently ignored:', sloppyWrite());
try {
  strictWrite();
} catch (e) {
  console.log('strict write to frozen:', e.name, e.message);
}

function outerStrict() {
  'use strict';
  function nested() {
    return this;
  }
  var arrow = () => this;
  return [nested(), arrow()];
}
console.log('nested functions inherit strictness:', outerStrict());

function notDirective() {
  var x = 1;
  'use strict';
  return this === globalThis;
}
console.log('directive must come first:', notDirective());

function afterOtherDirective() {
  'some other directive';
  'use strict';
  return this;
}
console.log('directive prologue can have several strings:', afterOtherDirective());

function strictDelete() {
  'use strict';
  var arr = [1, 2, 3];
  Object.defineProperty(arr, 'fixed', { value: 1, configurable: false });
  delete arr.fixed;
}
try {
  strictDelete();
} catch (e) {
  console.log('strict delete non-configurable:', e.name, e.message);
}

function sloppyDelete() {
  var o = {};
  Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
  return delete o.fixed;
}
console.log('sloppy delete non-configurable returns:', sloppyDelete());

var strictArrow = () => {
  'use strict';
  return typeof this;
};
console.log('strict arrow still uses lexical this:', strictArrow());
