lbl: {
  while (true) continue lbl;
}
