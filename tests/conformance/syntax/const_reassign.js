// const bindings cannot be reassigned, but the objects they hold can change.
const n = 1;
try {
  n = 2;
} catch (e) {
  console.log('assign:', e.name, e.message);
}
console.log('n still', n);

try {
  n += 1;
} catch (e) {
  console.log('compound:', e.name, e.message);
}
try {
  n++;
} catch (e) {
  console.log('increment:', e.name, e.message);
}
console.log('n after all', n);

const obj = { count: 0 };
obj.count = 5;
obj.extra = 'ok';
console.log('mutated const object:', obj);

const arr = [1, 2];
arr.push(3);
console.log('mutated const array:', arr);

try {
  for (const i = 0; i < 3; i++) {
    console.log('first iteration runs with i =', i);
  }
} catch (e) {
  console.log('for-const update:', e.name, e.message);
}

for (const k of ['a', 'b']) {
  console.log('for-of const gets a fresh binding:', k);
}

function tryAssign() {
  const local = 'x';
  local = 'y';
}
try {
  tryAssign();
} catch (e) {
  console.log('in function:', e.name, e.message);
}

const f = function () {
  return 'f';
};
try {
  f = null;
} catch (e) {
  console.log('const function:', e.message, typeof f);
}
