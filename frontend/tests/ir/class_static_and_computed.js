// Static fields and blocks run in order with this = the class; computed
// field keys are evaluated once at class definition.
let n = 0;
const key = 'k';
class C {
  [key + n++] = n;
  static [key + 'static'] = 'v';
  static count = 1;
  static {
    this.count += 1;
  }
  ['m' + n]() {
    return 'computed method';
  }
  static get total() {
    return C.count;
  }
}
