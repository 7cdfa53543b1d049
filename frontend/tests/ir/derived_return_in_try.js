// A derived constructor checks its return value after the body, outside
// any try: returns inside one go through a shared return block.
class C extends Object {
  constructor(x) {
    try {
      if (x) return { custom: true };
      super();
    } catch (e) {
      super();
    }
  }
}
