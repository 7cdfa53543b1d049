class A {}
var A;
