// Callees that throw are inlined: a `throw` in an inlined body pushes the
// records of the inlined frames and unwinds to the caller's handler (or
// out of the compiled function); the block that builds the error ends in
// the throw, so it is cold and its construction goes to the generic
// helper. A construction in an inlined body whose constructor cannot be
// inlined (a string is built after its first store) is abandoned alone:
// it becomes a call out of the inlined body, which stays inlined.
function ParseError(message, pos) {
  this.message = message + " at " + pos;
  this.pos = pos;
}
ParseError.prototype = Object.create(Error.prototype);
ParseError.prototype.name = "ParseError";
ParseError.prototype.constructor = ParseError;

function Token(kind, text) {
  this.kind = kind;
  this.text = text;
}
function describe(t) {
  return t.kind + ":" + t.text;
}
function Labelled(v) {
  this.v = v;
  this.label = "L" + v;
}
function Reader(tokens) {
  this.tokens = tokens;
  this.i = 0;
}
Reader.prototype.advance = function () {
  return this.tokens[this.i++];
};
Reader.prototype.expect = function (text) {
  var t = this.advance();
  if (t.kind !== 3 || t.text !== text) {
    throw new ParseError("expected '" + text + "' but found " + describe(t), this.i - 1);
  }
  return t;
};
Reader.prototype.plain = function (text) {
  var t = this.advance();
  if (t.text !== text) throw "bad " + t.text;
  return t;
};
Reader.prototype.label = function () {
  return new Labelled(this.advance().text);
};
Reader.prototype.pair = function () {
  this.expect("(");
  var l = this.label();
  this.expect(")");
  return l.label;
};

function tokens(n, bad) {
  var out = [];
  for (var i = 0; i < n; i++) {
    out.push(new Token(3, "("));
    out.push(new Token(1, "x" + i));
    out.push(new Token(3, i === bad ? "]" : ")"));
  }
  return out;
}

// Caught by the function the callee is inlined into.
function readAll(n, bad) {
  var r = new Reader(tokens(n, bad));
  var got = 0;
  try {
    for (var i = 0; i < n; i++) {
      got += r.pair().length;
    }
  } catch (e) {
    return [e instanceof ParseError, e instanceof Error, e.name, e.message, e.pos, got].join("|");
  }
  return "ok " + got;
}
// Not caught there: unwinds out of the compiled caller.
function readNoCatch(n, bad) {
  var r = new Reader(tokens(n, bad));
  var s = 0;
  for (var i = 0; i < n; i++) s += r.pair().length;
  return s;
}
// A thrown primitive.
function readPlain(n, badAt) {
  var r = new Reader(tokens(n, -1));
  var s = 0;
  for (var i = 0; i < 3 * n; i++) {
    s += r.plain(i === badAt ? "?" : r.tokens[i].text).text.length;
  }
  return s;
}

for (var k = 0; k < 400; k++) readAll(10, -1);
console.log(readAll(10, -1));
console.log(readAll(10, 7));
console.log(readAll(2000, 1999));
for (var m = 0; m < 5; m++) console.log(readAll(50, m * 10 + 3));
try {
  readNoCatch(20, 5);
} catch (e) {
  console.log("outside:", e.name, e.message, e instanceof Error);
}
for (var q = 0; q < 300; q++) readPlain(10, -1);
try {
  readPlain(10, 17);
} catch (e) {
  console.log("plain:", typeof e, e);
}
console.log(readPlain(10, -1));
