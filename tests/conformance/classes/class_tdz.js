// Class declarations are hoisted but uninitialised (TDZ) until evaluated,
// unlike function declarations.
console.log('function used before declaration:', early());
function early() {
  return 'hoisted function works';
}

try {
  new Later();
} catch (e) {
  console.log('class before declaration:', e.name + ': ' + e.message);
}
class Later {
  constructor() {
    this.ok = true;
  }
}
console.log('after declaration:', new Later().ok);

// typeof of a TDZ binding throws too.
try {
  typeof NotYet;
} catch (e) {
  console.log('typeof in TDZ:', e.name + ': ' + e.message);
}
class NotYet {}

// A class referring to itself in a method is fine (runs later).
class SelfUser {
  clone() {
    return new SelfUser();
  }
}
console.log('self reference:', new SelfUser().clone() instanceof SelfUser);

// extends evaluates the heritage expression immediately.
try {
  class Child extends ParentLater {}
} catch (e) {
  console.log('extends before parent exists:', e.name + ': ' + e.message);
}
class ParentLater {}

// Class bindings are block scoped.
{
  class Inner {}
  console.log('inside block:', typeof Inner);
}
console.log('outside block:', typeof Inner);

// Class declarations are not global object properties.
console.log('globalThis.Later:', globalThis.Later);
console.log('globalThis.early is function:', typeof globalThis.early);

// A class name binding can be reassigned from outside (let-like) but not inside.
class Mutable {}
var saved = Mutable;
Mutable = 'reassigned';
console.log('outer binding reassigned:', Mutable, '| saved still class:', typeof saved);
