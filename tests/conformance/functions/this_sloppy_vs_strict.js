// `this` in plain calls: the global object in sloppy functions, undefined in
// strict ones. Method calls, detached methods, callbacks.
function sloppy() {
  return this === globalThis ? 'globalThis' : typeof this;
}
function strict() {
  'use strict';
  return this === undefined ? 'undefined' : typeof this;
}

console.log('sloppy plain:', sloppy());
console.log('strict plain:', strict());

var obj = { sloppy: sloppy, strict: strict };
console.log('sloppy as method:', obj.sloppy() === 'object' ? 'obj' : obj.sloppy());
console.log('strict as method:', obj.strict());
console.log('bracket call keeps this:', obj['strict']());

// Detached methods lose their object.
var detachedStrict = obj.strict;
console.log('detached strict:', detachedStrict());
var detachedSloppy = obj.sloppy;
console.log('detached sloppy:', detachedSloppy());

// Parenthesised member expression is still a method call; comma is not.
console.log('(obj.strict)():', (obj.strict)());
console.log('(0, obj.strict)():', (0, obj.strict)());

// Callbacks passed to array methods are called plainly unless thisArg is given.
var results = [];
[1].forEach(function () {
  'use strict';
  results.push(this === undefined ? 'undefined' : 'defined');
});
[1].forEach(function () {
  'use strict';
  results.push(this.tag);
}, { tag: 'thisArg' });
[1].forEach(function () {
  results.push(this === globalThis ? 'global' : 'other');
});
console.log('callbacks:', results.join(', '));

// A strict outer function does not make an inner sloppy... it does: strictness is lexical.
function outerStrict() {
  'use strict';
  function inner() {
    return this;
  }
  return inner();
}
console.log('inner of strict function:', outerStrict());

// Writing to undeclared variables: sloppy creates a global, strict throws.
function sloppyLeak() {
  leakedGlobal = 'leaked';
}
sloppyLeak();
console.log('sloppy leak:', globalThis.leakedGlobal);
function strictLeak() {
  'use strict';
  notDeclaredAnywhere = 1;
}
try {
  strictLeak();
} catch (e) {
  console.log('strict leak:', e.name + ': ' + e.message);
}

// Nested method calls: this is the nearest object.
var outer = {
  name: 'outer',
  inner: {
    name: 'inner',
    who: function () {
      return this.name;
    }
  }
};
console.log('nested:', outer.inner.who());
