'use strict';
// A strict script: functions are strict; assignments to undeclared
// variables are left to the runtime (ReferenceError in strict code).
function f() {
  undeclared = 1;
  return this;
}
