async function f() {}
