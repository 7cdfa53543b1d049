// A store built with per-instance methods: every instance gets its own
// copies of the functions (they close over nothing but `this`).
var storeModule = (function () {
  var created = 0;
  var Store = function () {
    created++;
    this.data = {};
    this.get = function (key) {
      return this.data[key];
    };
    this.set = function (key, value) {
      this.data[key] = value;
    };
    this.remove = function (key) {
      delete this.data[key];
    };
    this.size = function () {
      var n = 0;
      for (var p in this.data) n++;
      return n;
    };
  };
  return {
    create: function () {
      return new Store();
    },
    count: function () {
      return created;
    }
  };
})();

var a = storeModule.create();
var b = storeModule.create();

a.set('x', 1);
a.set('y', 2);
b.set('x', 'other');

console.log('a.get("x"):', a.get('x'));
console.log('b.get("x"):', b.get('x'));
console.log('a.size():', a.size(), '| b.size():', b.size());
a.remove('x');
console.log('after remove, a.size():', a.size(), '| a.get("x"):', a.get('x'));
console.log('instances created:', storeModule.count());

// Each instance has its own function objects.
console.log('a.get === b.get:', a.get === b.get);
console.log('get is own property:', a.hasOwnProperty('get'));
console.log('own keys of a:', Object.keys(a));

var many = [];
for (var i = 0; i < 100; i++) {
  many.push(storeModule.create());
}
var distinct = 0;
for (var j = 1; j < many.length; j++) {
  if (many[j].set !== many[j - 1].set) distinct++;
}
console.log('distinct neighbouring set functions among 100:', distinct);
console.log('instances created now:', storeModule.count());

// The constructor itself is hidden; only create/count are public.
console.log('module keys:', Object.keys(storeModule));
console.log('typeof Store outside:', typeof Store);
console.log(a);
