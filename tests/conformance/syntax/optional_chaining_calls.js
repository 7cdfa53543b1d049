// Optional calls and short-circuiting of a whole chain.
var obj = {
  name: 'obj',
  greet() {
    return 'hello from ' + this.name;
  },
  child: null,
  notFn: 42,
};
console.log('method exists:', obj.greet?.());
console.log('method missing:', obj.missing?.());
console.log('this is preserved:', obj?.greet());
console.log('bracket call:', obj['greet']?.());

var fn = null;
console.log('null function:', fn?.());
var f2;
console.log('undefined function:', f2?.('arg'));
var real = function (x) {
  return 'called with ' + x;
};
console.log('real function:', real?.('arg'));

var log = [];
function side(v) {
  log.push(v);
  return v;
}
var none = null;
var result = none?.a.b.c(side('not evaluated')).d;
console.log('whole chain short-circuits:', result, log);
none?.method(side('argument'));
console.log('arguments not evaluated:', log);
obj.missing?.(side('arg2'));
console.log('optional call args not evaluated:', log);
obj.greet?.(side('arg3'));
console.log('evaluated when callable:', log);

try {
  obj.notFn?.();
} catch (e) {
  console.log('?.() on non-nullish non-function:', e.name, e.message);
}

try {
  obj.child.greet?.();
} catch (e) {
  console.log('base must exist:', e.message);
}

console.log('chain on result:', obj.child?.greet().toUpperCase());

var api = {
  v1: {
    users: {
      list() {
        return ['ann', 'bo'];
      },
    },
  },
};
console.log('deep call:', api?.v1?.users?.list?.()?.[1]);
console.log('deep missing:', api?.v2?.users?.list?.()?.[1]);

try {
  var parenthesized = (none?.a).b;
  console.log('unreachable', parenthesized);
} catch (e) {
  console.log('parentheses end the chain:', e.name, e.message);
}
