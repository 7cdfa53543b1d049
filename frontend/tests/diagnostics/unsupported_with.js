with (Math) {
  cos(0);
}
