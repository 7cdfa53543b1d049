// Array literals: holes and trailing commas.
var a = [1, , 3];
var b = [, 'a'];
var c = [1, 2, 3, ];
var d = [];
var e = [[1], [2, [3]]];
