// An own property shadows a property of the same name further up the chain.
function Cat(name) {
  this.name = name;
}
Cat.prototype.sound = 'meow';
Cat.prototype.speak = function () {
  return this.name + ' says ' + this.sound;
};

var tom = new Cat('Tom');
var kitty = new Cat('Kitty');

console.log(tom.speak(), '|', kitty.speak());

kitty.sound = 'purr';
console.log('after shadowing on kitty:', tom.speak(), '|', kitty.speak());
console.log('prototype value unchanged:', Cat.prototype.sound);

// Shadowing a method.
tom.speak = function () {
  return 'Tom refuses to speak';
};
console.log('tom own speak:', tom.speak());
console.log('prototype speak via call:', Cat.prototype.speak.call(tom));

// Changing the prototype only affects objects that do not shadow.
Cat.prototype.sound = 'MEOW';
console.log('proto changed:', kitty.speak(), '|', new Cat('Newbie').speak());

// Deleting the shadow reveals the inherited value again.
delete kitty.sound;
console.log('after delete:', kitty.speak());
delete tom.speak;
console.log('tom speaks again:', tom.speak());

// Deleting through the instance never touches the prototype.
delete tom.sound;
console.log('delete of inherited name is a no-op:', tom.sound, Cat.prototype.hasOwnProperty('sound'));

// Shadowing a built-in method.
var item = {
  toString: function () {
    return 'custom item';
  }
};
console.log('String(item):', String(item));
console.log('template:', `${item}`);
console.log('concat:', 'item: ' + item);
console.log('real toString:', Object.prototype.toString.call(item));

// Shadow with a value of a different type.
var s = Object.create({ size: function () { return 3; } });
s.size = 10;
console.log('shadowed with number:', s.size, typeof s.size);
