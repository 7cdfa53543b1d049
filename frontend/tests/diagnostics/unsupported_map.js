var m = new Map();
