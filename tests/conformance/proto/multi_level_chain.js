// A five-level chain built with Object.create; each level contributes
// something and reads resolve at the nearest level.
var l0 = { name: 'l0', depth0: true, describe: function () { return 'I am ' + this.name; } };
var l1 = Object.create(l0);
l1.name = 'l1';
l1.depth1 = true;
var l2 = Object.create(l1);
l2.depth2 = true;
var l3 = Object.create(l2);
l3.name = 'l3';
l3.depth3 = true;
var l4 = Object.create(l3);
l4.depth4 = true;

var levels = [l0, l1, l2, l3, l4];
for (var i = 0; i < levels.length; i++) {
  var o = levels[i];
  console.log('l' + i + ': name=' + o.name + ' describe=' + o.describe() +
    ' d0=' + o.depth0 + ' d2=' + o.depth2 + ' d4=' + o.depth4);
}

function depth(obj) {
  var d = 0;
  while ((obj = Object.getPrototypeOf(obj)) !== null) d++;
  return d;
}
console.log('depths:', levels.map(depth));

// Who owns each property as seen from l4?
function owner(obj, key) {
  var o = obj;
  while (o !== null) {
    if (Object.prototype.hasOwnProperty.call(o, key)) {
      return levels.indexOf(o) >= 0 ? 'l' + levels.indexOf(o) : 'Object.prototype';
    }
    o = Object.getPrototypeOf(o);
  }
  return 'nobody';
}
var keys = ['name', 'describe', 'depth0', 'depth1', 'depth2', 'depth3', 'depth4', 'toString', 'nothing'];
for (var j = 0; j < keys.length; j++) {
  console.log('owner of ' + keys[j] + ' from l4: ' + owner(l4, keys[j]));
}

// isPrototypeOf across levels.
console.log('l0.isPrototypeOf(l4):', l0.isPrototypeOf(l4));
console.log('l2.isPrototypeOf(l4):', l2.isPrototypeOf(l4));
console.log('l4.isPrototypeOf(l2):', l4.isPrototypeOf(l2));
console.log('l2.isPrototypeOf(l2):', l2.isPrototypeOf(l2));

// `in` sees every level.
console.log('"depth0" in l4:', 'depth0' in l4, '| "depth4" in l0:', 'depth4' in l0);
