// Own data properties can shadow inherited accessors (via defineProperty),
// and own accessors can shadow inherited data.
var proto = {
  get size() {
    return 'proto getter';
  },
  color: 'proto color'
};

var obj = Object.create(proto);
console.log('start:', obj.size, '|', obj.color);

Object.defineProperty(obj, 'size', { value: 'own data', writable: true, enumerable: true, configurable: true });
console.log('own data over inherited getter:', obj.size);

Object.defineProperty(obj, 'color', {
  get: function () {
    return 'own getter over inherited data';
  },
  configurable: true,
  enumerable: true
});
console.log(obj.color);
console.log('proto untouched:', proto.size, '|', proto.color);

// Assigning to an own accessor without setter fails silently (sloppy).
obj.color = 'assigned';
console.log('after assign:', obj.color);

// Converting accessor -> data with defineProperty on the same object.
Object.defineProperty(obj, 'color', { value: 'data again', writable: true });
var d = Object.getOwnPropertyDescriptor(obj, 'color');
console.log('converted:', d.value, d.writable, d.enumerable, d.configurable, typeof d.get);

// Deleting own properties reveals the inherited accessor/data again.
delete obj.size;
delete obj.color;
console.log('after deletes:', obj.size, '|', obj.color);

// Inherited setter in the middle, data at the top.
var topObj = { v: 'top data' };
var middle = Object.create(topObj, {
  v: {
    set: function (x) {
      this._v = 'via middle setter: ' + x;
    },
    get: function () {
      return this._v || 'middle getter';
    }
  }
});
var bottom = Object.create(middle);
console.log('bottom.v:', bottom.v);
bottom.v = 'hello';
console.log('bottom.v after set:', bottom.v, '| own keys:', Object.keys(bottom));
console.log('top.v untouched:', topObj.v);
