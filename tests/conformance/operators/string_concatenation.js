// + concatenates as soon as either operand (after ToPrimitive) is a string.
console.log("'a' + 1 =", 'a' + 1);
console.log("1 + 'a' =", 1 + 'a');
console.log("1 + 2 + '3' =", 1 + 2 + '3');
console.log("'1' + 2 + 3 =", '1' + 2 + 3);
console.log("'1' + (2 + 3) =", '1' + (2 + 3));
console.log("'x' + true =", 'x' + true);
console.log("'x' + null =", 'x' + null);
console.log("'x' + undefined =", 'x' + undefined);
console.log("'x' + NaN =", 'x' + NaN);
console.log("'x' + -0 =", 'x' + -0);
console.log("'x' + 1e21 =", 'x' + 1e21);
console.log("'x' + 0.000001 =", 'x' + 0.000001);
console.log("'x' + 1e-7 =", 'x' + 1e-7);
console.log("'x' + {} =", 'x' + {});
console.log("'x' + [] =", 'x' + []);
console.log("'x' + [1, 2, 3] =", 'x' + [1, 2, 3]);
console.log("'x' + [[1, 2], [3]] =", 'x' + [[1, 2], [3]]);
console.log("'x' + [null, undefined] =", 'x' + [null, undefined]);
console.log("'x' + function f() {} is a string:", typeof ('x' + function f() {}));
console.log('[] + [] =', JSON_quote([] + []));
console.log('[] + {} =', [] + {});
console.log('[1] + [2] =', [1] + [2]);
console.log('true + null =', true + null);
console.log('null + undefined =', null + undefined);
console.log('true + "1" =', true + '1');
console.log("'' + 0 =", '' + 0, typeof ('' + 0));

function JSON_quote(s) {
  return "'" + s + "'";
}

var custom = {
  toString() {
    return 'custom-str';
  },
};
var valued = {
  valueOf() {
    return 7;
  },
  toString() {
    return 'seven';
  },
};
console.log("'<' + custom + '>' =", '<' + custom + '>');
console.log('valueOf wins for + :', 'v=' + valued);
console.log('template uses toString:', `t=${valued}`);
console.log('String() uses toString:', String(valued));
console.log('number + valued =', 1 + valued);

var s = 'start';
s += 1;
s += true;
s += null;
console.log('+= builds:', s);

var n = 5;
n += '5';
console.log("5 += '5' ->", n, typeof n);

var parts = ['a', 'b', 'c'];
var joined = '';
for (var i = 0; i < parts.length; i++) joined += parts[i] + (i < parts.length - 1 ? '-' : '');
console.log('loop join:', joined);
console.log('multi-line concat:', 'line1\n' + 'line2');
