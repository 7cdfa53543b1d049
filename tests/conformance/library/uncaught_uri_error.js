// An uncaught URIError ends the program.
console.log(decodeURIComponent("%41"));
decodeURIComponent("%E0%A4%A");
console.log("not reached");
