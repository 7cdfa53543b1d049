// An uncaught SyntaxError from JSON.parse ends the program with V8's message.
console.log("before");
var config = JSON.parse('{"name": "app", "version": 1,}');
console.log("not reached", config);
