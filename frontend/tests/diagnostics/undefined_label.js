while (true) {
  break nowhere;
}
