// The same store with methods moved to a shared prototype: one copy of
// each function for all instances.
var storeModule = (function () {
  var created = 0;
  var Store = function () {
    created++;
    this.data = {};
  };
  Store.prototype = {
    get: function (key) {
      return this.data[key];
    },
    set: function (key, value) {
      this.data[key] = value;
    },
    remove: function (key) {
      delete this.data[key];
    },
    size: function () {
      var n = 0;
      for (var p in this.data) n++;
      return n;
    }
  };
  return {
    create: function () {
      return new Store();
    },
    count: function () {
      return created;
    },
    proto: Store.prototype
  };
})();

var a = storeModule.create();
var b = storeModule.create();
a.set('k1', 'v1');
a.set('k2', 'v2');
b.set('k1', 'b1');

console.log('a.get("k2"):', a.get('k2'), '| b.get("k1"):', b.get('k1'));
console.log('a.size():', a.size(), '| b.size():', b.size());
a.remove('k1');
console.log('a.size() after remove:', a.size());

console.log('a.get === b.get:', a.get === b.get);
console.log('get is own:', a.hasOwnProperty('get'), '| in:', 'get' in a);
console.log('own keys of a:', Object.keys(a));

var many = [];
for (var i = 0; i < 100; i++) {
  many.push(storeModule.create());
}
var same = 0;
for (var j = 0; j < many.length; j++) {
  if (many[j].set === storeModule.proto.set) same++;
}
console.log('instances sharing the proto set:', same);
console.log('count:', storeModule.count());

// Patch the shared prototype once, everyone gets it.
storeModule.proto.has = function (key) {
  return Object.prototype.hasOwnProperty.call(this.data, key);
};
console.log('a.has("k2"):', a.has('k2'), '| many[50].has("k2"):', many[50].has('k2'));

// Because the prototype was replaced by a literal, constructor is Object.
console.log('a.constructor === Object:', a.constructor === Object);
console.log(a);
