// Member access with . and [], computed names, primitives, chaining.
var obj = { a: 1, 'b c': 2, 3: 'three', nested: { deep: { value: 'v' } } };
console.log('dot:', obj.a);
console.log('bracket string:', obj['a']);
console.log('bracket with space:', obj['b c']);
console.log('numeric bracket:', obj[3], obj['3'], obj[1 + 2]);
var key = 'nested';
console.log('variable key:', obj[key].deep.value);
console.log('mixed chain:', obj['nested']['deep'].value);
console.log('missing:', obj.missing, obj['missing']);

var keyObj = {
  toString() {
    return 'a';
  },
};
console.log('key converted with toString:', obj[keyObj]);
console.log('boolean key:', { true: 'yes' }[true]);
console.log('null key:', { null: 'n' }[null]);

var arr = ['x', 'y', 'z'];
console.log('array index:', arr[0], arr['1'], arr[2.0], arr[-1], arr[3]);
console.log('array length:', arr.length, arr['length']);

var s = 'hello';
console.log('string index:', s[0], s[4], s[5], s.length, s['length']);
console.log('string method via bracket:', s['toUpperCase']());
console.log('number method:', (255).toString(16), 1.5.toFixed(2), 5..toString());
console.log('boolean method:', true.toString());

obj.newProp = 'added';
obj['another prop'] = 'added with bracket';
console.log('after adding:', obj.newProp, obj['another prop']);

var counter = 0;
var target = { k0: 'first', k1: 'second' };
console.log('key expression evaluated once:', target['k' + counter++], counter);

var fns = {
  list: [
    function () {
      return 'called from array in object';
    },
  ],
};
console.log(fns.list[0]());
console.log('number key on object:', { 0.5: 'half' }[0.5], { 1e3: 'thousand' }[1000]);

var proto = { inherited: 'from proto' };
var child = Object.create(proto);
console.log('inherited via dot and bracket:', child.inherited, child['inherited']);
