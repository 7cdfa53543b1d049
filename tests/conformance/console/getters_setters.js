// Accessor properties print as [Getter], [Setter] or [Getter/Setter].
var o = {
  plain: 1,
  get onlyGet() {
    return 'value not shown';
  },
  set onlySet(v) {},
  get both() {
    return 2;
  },
  set both(v) {},
};
console.log(o);
console.log([o]);
console.log({ nested: o });

var defined = {};
Object.defineProperty(defined, 'visible', {
  get: function () {
    return 1;
  },
  enumerable: true,
});
Object.defineProperty(defined, 'hidden', {
  get: function () {
    return 2;
  },
  enumerable: false,
});
console.log(defined);

class Temp {
  constructor() {
    this.celsius = 20;
  }
  get fahrenheit() {
    return this.celsius * 1.8 + 32;
  }
}
console.log('class getters live on the prototype:', new Temp());

var counter = 0;
var side = {
  get tick() {
    counter++;
    return counter;
  },
};
console.log(side);
console.log('getter was not invoked by console.log:', counter);

var withProtoGetter = Object.create({
  get inherited() {
    return 'x';
  },
});
withProtoGetter.own = 1;
console.log(withProtoGetter);

var arr = [1, 2];
Object.defineProperty(arr, 'computed', {
  get: function () {
    return 3;
  },
  enumerable: true,
});
console.log(arr);
