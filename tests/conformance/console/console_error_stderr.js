// console.error writes to stderr, so only console.log lines appear in the .out file.
console.log('line 1 to stdout');
console.error('this goes to stderr');
console.log('line 2 to stdout');
console.error({ not: 'in the out file' });
console.error('%s', 'formatted stderr');
console.log('line 3 to stdout');
for (var i = 0; i < 3; i++) {
  console.error('stderr', i);
  console.log('stdout', i);
}
console.log('done');
