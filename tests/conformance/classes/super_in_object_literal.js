// super works in object-literal methods: it looks up the literal's prototype.
var base = {
  hello() {
    return 'base hello from ' + this.name;
  },
  get title() {
    return 'base title';
  },
  version: 1
};

var mid = {
  __proto__: base,
  name: 'mid',
  hello() {
    return 'mid > ' + super.hello();
  }
};

var topObj = {
  __proto__: mid,
  name: 'topObj',
  hello() {
    return 'top > ' + super.hello();
  },
  title2() {
    return super.title + ' / v' + super.version;
  }
};

console.log(topObj.hello());
console.log(mid.hello());
console.log(topObj.title2());

// The home object is fixed: borrowing the method keeps its super binding.
var stranger = { name: 'stranger', hello: topObj.hello };
console.log(stranger.hello());

// Changing the prototype of the home object changes what super finds.
var alt = {
  hello() {
    return 'alt hello from ' + this.name;
  }
};
Object.setPrototypeOf(topObj, alt);
console.log('after setPrototypeOf(topObj, alt):', topObj.hello());

// Object.setPrototypeOf also works for an object created without __proto__.
var plain = {
  name: 'plain',
  toString() {
    return 'plain(' + super.toString() + ')';
  }
};
console.log(String(plain));
Object.setPrototypeOf(plain, {
  toString() {
    return 'custom parent';
  }
});
console.log(String(plain));

// Methods (concise) have no prototype and cannot be constructed.
console.log('typeof topObj.hello.prototype:', typeof topObj.hello.prototype);
try {
  new topObj.hello();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
