// encodeURI, encodeURIComponent, decodeURI, decodeURIComponent, escape,
// unescape: reserved sets, UTF-8, malformed input (URIError).
var s = "http://ex.com/a b?q=1&r=é#frag;,/?:@&=+$!~*'()-_.\ud83d\ude00\u0000\u007f\u0080\u07ff\u0800\uffff";
console.log(encodeURI(s));
console.log(encodeURIComponent(s));
console.log(decodeURI(encodeURI(s)) === s, decodeURIComponent(encodeURIComponent(s)) === s);
console.log(decodeURI("%3B%2F%3F%3A%40%26%3D%2B%24%2C%23"), decodeURIComponent("%3B%2F%3F%3A%40%26%3D%2B%24%2C%23"));
console.log(decodeURI("%41%42%c3%a9%E2%82%AC%f0%9f%98%80"), decodeURIComponent("%7e%7E"), decodeURI("plain"), decodeURI(""));
console.log(encodeURIComponent(123), encodeURI(null), encodeURIComponent(undefined), decodeURIComponent(true));
var malformed = ["\ud800", "\udc00", "a\ud800b"];
for (var i = 0; i < malformed.length; i++) {
  try { encodeURIComponent(malformed[i]); } catch (e) { console.log("encode", i, e.name + ": " + e.message, e instanceof URIError); }
}
var bad = ["%", "%4", "%zz", "%C3", "%C3%", "%C3%41", "%80", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%F8%80%80%80%80", "%E2%82", "%e2%82%ac%"];
for (var j = 0; j < bad.length; j++) {
  try { console.log(decodeURIComponent(bad[j])); } catch (e) { console.log("decode", bad[j], e.name + ": " + e.message); }
}
console.log(decodeURI("%E2%82%AC%23"), decodeURIComponent("%E2%82%AC%23"));
console.log(escape("a b+c/é\u20ac@*_-."), unescape("%u20AC%e9%20%zz%u12"), unescape(escape(s)) === s);
console.log(encodeURI.length, decodeURIComponent.length, escape.name, URIError.prototype.name);
