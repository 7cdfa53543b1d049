// Runs a JS file under Node the way protojit runs it: as a classic script
// (top-level `this` is the global object, top-level `var` makes global
// properties), with `print` and `alert` printing like console.log.
// An uncaught exception is reported as protojit reports it:
// `Uncaught <String(error)>` for Error objects, `Uncaught <inspect(value)>`
// otherwise, on stderr, with exit status 1.
'use strict';
const fs = require('fs');
const vm = require('vm');
const util = require('util');

const file = process.argv[2];
const source = fs.readFileSync(file, 'utf8');
vm.runInThisContext(
  'globalThis.print = function print(...a) { console.log(...a); };' +
  'globalThis.alert = function alert(...a) { console.log(...a); };',
);
try {
  vm.runInThisContext(source, { filename: file });
} catch (e) {
  let text;
  if (e instanceof Error) {
    text = String(e);
  } else {
    text = util.inspect(e);
  }
  process.stderr.write('Uncaught ' + text + '\n');
  process.exitCode = 1;
}
