// Rest parameters collect remaining arguments into a real array.
function collect(first, ...others) {
  return 'first=' + first + ' others=' + bracketed(others) + ' isArray=' + Array.isArray(others);
}
function bracketed(a) {
  return '[' + a.join(',') + ']';
}
console.log(collect());
console.log(collect(1));
console.log(collect(1, 2, 3));

function sumAll(...nums) {
  return nums.reduce((a, b) => a + b, 0);
}
console.log('sumAll():', sumAll(), '| sumAll(1..5):', sumAll(1, 2, 3, 4, 5));

// Rest arrays have array methods (unlike arguments).
function tags(...t) {
  return t.map((s) => '#' + s).join(' ');
}
console.log(tags('js', 'proto', 'chain'));

// Rest with spread at the call site.
var parts = ['b', 'c'];
console.log(collect('a', ...parts, 'd'));
console.log(collect(...[]));

// Rest in arrows and methods.
var last = (...xs) => xs[xs.length - 1];
console.log('last:', last(1, 2, 3));
var obj = {
  log(level, ...msgs) {
    return level.toUpperCase() + ': ' + msgs.join(' ');
  }
};
console.log(obj.log('info', 'server', 'started', 'on', 8080));

// Rest and arguments coexist.
function both(a, ...rest) {
  return arguments.length + ' vs ' + rest.length;
}
console.log('arguments vs rest:', both(1, 2, 3));

// Rest parameter arrays are fresh each call.
function keep(...xs) {
  return xs;
}
var r1 = keep(1);
var r2 = keep(1);
console.log('fresh arrays:', r1 !== r2);
r1.push('mutated');
console.log('mutation is local:', r1, r2);

// Forwarding arguments with rest + spread, a common wrapper pattern.
function logged(fn) {
  return function (...args) {
    var out = fn(...args);
    console.log('called ' + fn.name + '(' + args.join(', ') + ') -> ' + out);
    return out;
  };
}
var loggedMax = logged(Math.max);
loggedMax(3, 9, 4);
