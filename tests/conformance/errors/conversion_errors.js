// Errors while converting objects to primitives, and errors thrown by user hooks.
function show(label, f) {
  try {
    var r = f();
    console.log(label, '-> no error:', r);
  } catch (e) {
    console.log(label, '->', e.name + ':', e.message);
  }
}
var bare = Object.create(null);
show('null-prototype object + string', function () {
  return bare + '';
});
show('String(null-prototype object)', function () {
  return String(bare);
});
show('null-prototype object * 2', function () {
  return bare * 2;
});
show('template literal with null-prototype object', function () {
  return `${bare}`;
});
show('both methods return objects', function () {
  var o = {
    valueOf() {
      return {};
    },
    toString() {
      return {};
    },
  };
  return o + 1;
});
show('toString throws', function () {
  var o = {
    toString() {
      throw new Error('toString failed');
    },
  };
  return 'x' + o;
});
show('valueOf throws in comparison', function () {
  var o = {
    valueOf() {
      throw new RangeError('valueOf failed');
    },
  };
  return o < 1;
});
show('valueOf throws in ==', function () {
  var o = {
    valueOf() {
      throw new TypeError('== conversion failed');
    },
  };
  return o == 1;
});
show('getter throws on read', function () {
  var o = {
    get boom() {
      throw new Error('getter failed');
    },
  };
  return o.boom;
});
show('setter throws on write', function () {
  var o = {
    set boom(v) {
      throw new Error('setter refused ' + v);
    },
  };
  o.boom = 42;
});
show('property key conversion throws', function () {
  var key = {
    toString() {
      throw new Error('bad key');
    },
  };
  var o = {};
  return o[key];
});
show('computed key in literal throws', function () {
  var key = {
    toString() {
      throw new Error('bad literal key');
    },
  };
  return { [key]: 1 };
});
show('array join with throwing element', function () {
  return [1, { toString: function () { throw new Error('element failed'); } }].join('-');
});
show('valueOf fallback to toString works', function () {
  var o = {
    valueOf() {
      return {};
    },
    toString() {
      return '7';
    },
  };
  return o * 2;
});
