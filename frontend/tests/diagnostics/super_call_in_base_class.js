class A {
  constructor() {
    super();
  }
}
