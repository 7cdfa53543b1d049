function Map() {}
var m = new Map();
console.log(m);
