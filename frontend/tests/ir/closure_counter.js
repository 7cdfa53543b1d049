// A closure over a function's local: the local is in the environment.
function counter() {
  var count = 0;
  return {
    inc: function () {
      return ++count;
    },
    get value() {
      return count;
    },
  };
}
