class A {
  #secret = 1;
}
