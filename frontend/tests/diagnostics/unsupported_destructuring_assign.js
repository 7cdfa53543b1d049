[a, b] = [b, a];
