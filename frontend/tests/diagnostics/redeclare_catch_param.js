try {} catch (e) {
  let e;
}
