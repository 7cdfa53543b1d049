// Template literals: substitutions, nesting, multiple lines, escapes.
var name = 'World';
var n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`no substitutions`);
console.log(`${''}empty substitution${''}`);

var types = `${null} ${undefined} ${true} ${1.5} ${-0} ${[1, 2]} ${{}}`;
console.log(types);

var obj = {
  toString() {
    return 'custom toString';
  },
};
console.log(`object: ${obj}`);

var nested = `outer ${`inner ${`innermost ${n}`}`}`;
console.log(nested);

var items = ['a', 'b'];
console.log(`items: ${items.map(x => `<${x}>`).join('')}`);

var multi = `line one
line two
  indented line three`;
console.log(multi);
console.log('lines:', multi.split('\n').length);

console.log(`escapes: \` \$ \${not} \\ \t|`);
console.log(`dollar alone: $ and brace alone: { }`);
console.log(`unicode: \u0041 \x42`);

function label(x) {
  return `[${typeof x}: ${x}]`;
}
console.log(label(42), label('s'), label(null));

var cond = `${n > 2 ? 'big' : 'small'} number`;
console.log(cond);

var call = `${Math.max(1, 5, 3)} is max`;
console.log(call);

console.log(typeof `x`, `abc`.length, `a${1}b`.length);
console.log(`${1}${2}` === '12');
