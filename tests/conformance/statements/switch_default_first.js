// default may appear anywhere; it is only taken after all cases fail.
function check(x) {
  var log = [];
  switch (x) {
    default:
      log.push('default');
    case 'a':
      log.push('a');
      break;
    case 'b':
      log.push('b');
  }
  return log.join(' > ');
}
console.log("'a':", check('a'));
console.log("'b':", check('b'));
console.log("'z':", check('z'));

var evaluated = [];
function c(v) {
  evaluated.push(v);
  return v;
}
function withDefaultFirst(x) {
  evaluated = [];
  switch (x) {
    default:
      return 'default after checking ' + evaluated.join(',');
    case c(1):
      return 'one';
    case c(2):
      return 'two';
  }
}
console.log(withDefaultFirst(2));
console.log(withDefaultFirst(7));

function empty(x) {
  switch (x) {
  }
  return 'empty switch is fine';
}
console.log(empty(1));

function discriminantOnce() {
  var count = 0;
  function get() {
    count++;
    return 'k';
  }
  switch (get()) {
    case 'x':
    case 'y':
    case 'k':
  }
  return count;
}
console.log('discriminant evaluated once:', discriminantOnce());

function nestedSwitch(a, b) {
  switch (a) {
    case 1:
      switch (b) {
        case 1:
          return '1-1';
        default:
          break;
      }
      return '1-other';
    default:
      return 'other';
  }
}
console.log(nestedSwitch(1, 1), nestedSwitch(1, 2), nestedSwitch(2, 2));

var str = '';
for (var i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0:
      str += 'fizz';
      break;
    default:
      str += i;
  }
}
console.log('in loop:', str);
