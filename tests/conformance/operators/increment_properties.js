// ++/-- on object properties, array elements, getters/setters.
var obj = { count: 0, text: '9', missing: undefined };
console.log('obj.count++:', obj.count++, 'now', obj.count);
console.log('++obj.count:', ++obj.count, 'now', obj.count);
console.log("obj['count']--:", obj['count']--, 'now', obj.count);
console.log("obj.text++ ('9'):", obj.text++, 'now', obj.text, typeof obj.text);
obj.missing++;
console.log('undefined property ++:', obj.missing);
obj.absent++;
console.log('absent property ++ creates it:', obj.absent, 'absent' in obj);

var arr = [1, 2, 3];
arr[0]++;
++arr[1];
arr[2]--;
console.log('elements:', arr);
var i = 0;
arr[i++]++;
console.log('index evaluated once:', arr, 'i =', i);
arr[5]++;
console.log('beyond length:', arr, arr.length);

var nested = { a: { b: { c: 1 } } };
nested.a.b.c++;
nested['a']['b']['c'] += 1;
console.log('nested:', nested.a.b.c);

var log = [];
var acc = {
  _v: 10,
  get v() {
    log.push('get');
    return this._v;
  },
  set v(x) {
    log.push('set ' + x);
    this._v = x;
  },
};
var r1 = acc.v++;
console.log('postfix on accessor returns', r1, log);
log = [];
var r2 = --acc.v;
console.log('prefix on accessor returns', r2, log);

var proto = { inherited: 5 };
var child = Object.create(proto);
child.inherited++;
console.log('++ on inherited creates own:', child.inherited, proto.inherited, child.hasOwnProperty('inherited'));

var frozen = Object.freeze({ n: 1 });
frozen.n++;
console.log('frozen (sloppy) unchanged:', frozen.n);

var str = 'abc';
var len = str.length;
len++;
console.log('copied length incremented:', len, str.length);

var key = 'dyn';
var dynObj = { dyn: 100 };
dynObj[key]--;
console.log('computed key:', dynObj);

var counters = {};
var words = ['a', 'b', 'a', 'c', 'a', 'b'];
for (var w = 0; w < words.length; w++) {
  counters[words[w]] = (counters[words[w]] || 0) + 1;
}
console.log('word counts:', counters);
