// JSON.parse SyntaxErrors with V8's messages (positions, context).
var cases = ['', ' ', '{', '}', '[', ']', '[1,]', '[1', '[1 2]', '{"a":1,}', '{"a" 1}', '{"a":1', '{"a":1 "b":2}',
  '{a:1}', "{'a':1}", '{,}', '{"a":}', 'abc', 'tru', 'trux', 'true x', 'nul', 'nulll', '"abc', '"a\\x"',
  '"a\\u12"', '"a\\u12g4"', '"\t"', '"\n"', '01', '-', '-a', '1.', '1.e5', '1e', '1e+', '.5', '+1', '1,',
  'NaN', 'Infinity', 'undefined', '[object Object]', '{"a":1}x', '[1,2,3,4,5,6,7,8,9,10,11,12,13,x]',
  'x234567890123456789012345', '12345678901234567890123x', '[1,2] [3]', '"\\', '"\\u', '[,1]',
  '{"a":1,,}', '{"a"', '{"a":', '[1,,2]', '"abc"x', '123abc', '-01', '1e5.5', '0x10', '\u00a01', '\ufeff1',
  '[\n1,\n]', 'fals', 'falsey', 't', '[true false]', '1 2', '{"a":1}}', '[[[]]]]', "'single'",
  '{"a": [1, 2, {"b": oops}]}', '"\\ud83d\\ude00" x', '[1e]'];
for (var i = 0; i < cases.length; i++) {
  try {
    var r = JSON.parse(cases[i]);
    console.log(JSON.stringify(cases[i]), "parsed", JSON.stringify(r));
  } catch (e) {
    console.log(JSON.stringify(cases[i]), e.name + ": " + e.message);
  }
}
try { JSON.parse(); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.name + ": " + e.message); }
