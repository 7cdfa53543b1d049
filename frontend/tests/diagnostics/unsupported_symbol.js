var s = Symbol("x");
