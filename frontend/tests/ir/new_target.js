// new.target in functions and arrows.
function F() {
  const arrow = () => new.target;
  return [new.target === F, arrow()];
}
new F();
