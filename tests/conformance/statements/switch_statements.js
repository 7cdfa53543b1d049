// switch: fall-through, default placement, strict matching, break.
function describe(n) {
  var out = [];
  switch (n) {
    case 1:
      out.push('one');
    case 2:
      out.push('two');
      break;
    case 3:
      out.push('three');
    default:
      out.push('default');
    case 4:
      out.push('four');
  }
  return out.join(',');
}
console.log('1 ->', describe(1));
console.log('2 ->', describe(2));
console.log('3 ->', describe(3));
console.log('4 ->', describe(4));
console.log('9 (default in middle falls through) ->', describe(9));

function kind(v) {
  switch (v) {
    case 0:
      return 'number zero';
    case '0':
      return 'string zero';
    case false:
      return 'false';
    case null:
      return 'null';
    case undefined:
      return 'undefined';
    case NaN:
      return 'NaN matched?';
    default:
      return 'no match';
  }
}
console.log('strict matching:', kind(0), '|', kind('0'), '|', kind(false), '|', kind(null), '|', kind(undefined), '|', kind(NaN), '|', kind(-0));

var log = [];
function val(v) {
  log.push('case ' + v);
  return v;
}
switch (3) {
  case val(1):
    log.push('body 1');
    break;
  case val(3):
    log.push('body 3');
    break;
  case val(5):
    log.push('body 5');
    break;
}
console.log('case expressions evaluated lazily in order:', log);

function noDefault(x) {
  var r = 'untouched';
  switch (x) {
    case 'a':
      r = 'A';
  }
  return r;
}
console.log('no match no default:', noDefault('z'), noDefault('a'));

function grouped(ch) {
  switch (ch) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return 'vowel';
    default:
      return 'consonant';
  }
}
console.log('grouped cases:', 'hello'.split('').map(grouped));

function rangeSwitch(score) {
  switch (true) {
    case score >= 90:
      return 'A';
    case score >= 50:
      return 'pass';
    default:
      return 'fail';
  }
}
console.log('switch (true):', rangeSwitch(95), rangeSwitch(60), rangeSwitch(10));

var obj = {};
function sameObject(o) {
  switch (o) {
    case {}:
      return 'fresh literal';
    case obj:
      return 'same object';
    default:
      return 'other object';
  }
}
console.log('objects by identity:', sameObject(obj), sameObject({}));

var loopLog = [];
for (var i = 0; i < 4; i++) {
  switch (i) {
    case 1:
      continue;
    case 2:
      break;
    default:
      loopLog.push('default ' + i);
  }
  loopLog.push('after switch ' + i);
}
console.log('break exits switch, continue goes to loop:', loopLog);

var onlyDefault = '';
switch ('anything') {
  default:
    onlyDefault = 'only default ran';
}
console.log(onlyDefault);
