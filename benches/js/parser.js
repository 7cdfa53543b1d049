// parser.js — a lexer and recursive-descent parser for a small expression
// language, run over generated input. Each round generates a program of
// `let` statements (a deterministic pseudo-random generator, no
// Math.random), tokenizes it character by character, parses it into an AST of
// node classes (Node → Num, Ref, Unary, Binary, Call, Let), evaluates it and
// prints it back; the printed text is parsed again and must evaluate to the
// same values. Exercises string building, charCodeAt, many small objects and
// virtual calls through overridden `evaluate` / `print` methods.
var ITERATIONS = 90;
var STATEMENTS = 150;

// ---------------------------------------------------------------- input generator

function Rng(seed) {
  this.state = seed;
}
Rng.prototype.next = function () {
  // A 31-bit linear congruential generator (exact in doubles).
  this.state = (this.state * 1103515245 + 12345) % 2147483648;
  return this.state;
};
Rng.prototype.below = function (n) {
  return Math.floor(this.next() / 65536) % n;
};

var BIN_OPS = ["+", "-", "*", "/", "%", "+", "-", "*"];
var FUNCS = ["max", "min", "abs", "mix"];

function genExpr(rng, depth, nvars, out) {
  var r = rng.below(depth <= 0 ? 3 : 10);
  if (r === 0 || (r === 2 && nvars === 0)) {
    out.push(String(rng.below(1000)));
  } else if (r === 1) {
    out.push("(");
    out.push(String(rng.below(50)));
    out.push(")");
  } else if (r === 2) {
    out.push("v" + rng.below(nvars));
  } else if (r <= 6) {
    out.push("(");
    genExpr(rng, depth - 1, nvars, out);
    out.push(" " + BIN_OPS[rng.below(BIN_OPS.length)] + " ");
    genExpr(rng, depth - 1, nvars, out);
    out.push(")");
  } else if (r === 7) {
    out.push("-");
    genExpr(rng, depth - 1, nvars, out);
  } else {
    var f = FUNCS[rng.below(FUNCS.length)];
    out.push(f + "(");
    genExpr(rng, depth - 1, nvars, out);
    if (f !== "abs") {
      out.push(", ");
      genExpr(rng, depth - 1, nvars, out);
    }
    out.push(")");
  }
}

function generate(seed, statements) {
  var rng = new Rng(seed);
  var out = [];
  for (var i = 0; i < statements; i++) {
    out.push("let v" + i + " = ");
    genExpr(rng, 2 + rng.below(4), i, out);
    out.push(";\n");
  }
  return out.join("");
}

// ---------------------------------------------------------------- lexer

var T_NUM = 1;
var T_IDENT = 2;
var T_PUNCT = 3;
var T_EOF = 4;

function Token(kind, text, pos) {
  this.kind = kind;
  this.text = text;
  this.pos = pos;
}

function Lexer(source) {
  this.source = source;
  this.pos = 0;
}

Lexer.prototype.isDigit = function (c) {
  return c >= 48 && c <= 57;
};
Lexer.prototype.isIdentStart = function (c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
};
Lexer.prototype.isIdentPart = function (c) {
  return this.isIdentStart(c) || this.isDigit(c);
};

Lexer.prototype.next = function () {
  var s = this.source;
  var n = s.length;
  while (this.pos < n) {
    var c = s.charCodeAt(this.pos);
    if (c !== 32 && c !== 10 && c !== 9) break;
    this.pos++;
  }
  if (this.pos >= n) return new Token(T_EOF, "", this.pos);
  var start = this.pos;
  var ch = s.charCodeAt(start);
  if (this.isDigit(ch)) {
    while (this.pos < n && this.isDigit(s.charCodeAt(this.pos))) this.pos++;
    return new Token(T_NUM, s.slice(start, this.pos), start);
  }
  if (this.isIdentStart(ch)) {
    while (this.pos < n && this.isIdentPart(s.charCodeAt(this.pos))) this.pos++;
    return new Token(T_IDENT, s.slice(start, this.pos), start);
  }
  this.pos++;
  return new Token(T_PUNCT, s.charAt(start), start);
};

Lexer.prototype.tokenize = function () {
  var tokens = [];
  for (;;) {
    var t = this.next();
    tokens.push(t);
    if (t.kind === T_EOF) return tokens;
  }
};

// ---------------------------------------------------------------- AST

var MOD = 1000003;

function wrap(x) {
  x = x % MOD;
  return x < 0 ? x + MOD : x;
}

class Node {
  constructor(pos) {
    this.pos = pos;
  }
  size() {
    return 1;
  }
}

class Num extends Node {
  constructor(pos, value) {
    super(pos);
    this.value = value;
  }
  evaluate(env) {
    return this.value;
  }
  print() {
    return String(this.value);
  }
}

class Ref extends Node {
  constructor(pos, name) {
    super(pos);
    this.name = name;
  }
  evaluate(env) {
    var v = env[this.name];
    if (v === undefined) throw new Error("undefined variable " + this.name);
    return v;
  }
  print() {
    return this.name;
  }
}

class Unary extends Node {
  constructor(pos, operand) {
    super(pos);
    this.operand = operand;
  }
  evaluate(env) {
    return wrap(-this.operand.evaluate(env));
  }
  print() {
    return "-" + this.operand.print();
  }
  size() {
    return 1 + this.operand.size();
  }
}

class Binary extends Node {
  constructor(pos, op, left, right) {
    super(pos);
    this.op = op;
    this.left = left;
    this.right = right;
  }
  evaluate(env) {
    var a = this.left.evaluate(env);
    var b = this.right.evaluate(env);
    switch (this.op) {
      case "+": return wrap(a + b);
      case "-": return wrap(a - b);
      case "*": return wrap(a * b);
      case "/": return b === 0 ? a : Math.floor(a / b);
      case "%": return b === 0 ? a : a % b;
    }
    throw new Error("bad operator " + this.op);
  }
  print() {
    return "(" + this.left.print() + " " + this.op + " " + this.right.print() + ")";
  }
  size() {
    return 1 + this.left.size() + this.right.size();
  }
}

class Call extends Node {
  constructor(pos, callee, args) {
    super(pos);
    this.callee = callee;
    this.args = args;
  }
  evaluate(env) {
    var vals = [];
    for (var i = 0; i < this.args.length; i++) vals.push(this.args[i].evaluate(env));
    switch (this.callee) {
      case "max": return Math.max(vals[0], vals[1]);
      case "min": return Math.min(vals[0], vals[1]);
      case "abs": return Math.abs(vals[0] - 500000);
      case "mix": return wrap(vals[0] * 31 + vals[1]);
    }
    throw new Error("unknown function " + this.callee);
  }
  print() {
    var parts = [];
    for (var i = 0; i < this.args.length; i++) parts.push(this.args[i].print());
    return this.callee + "(" + parts.join(", ") + ")";
  }
  size() {
    var n = 1;
    for (var i = 0; i < this.args.length; i++) n += this.args[i].size();
    return n;
  }
}

class Let extends Node {
  constructor(pos, name, init) {
    super(pos);
    this.name = name;
    this.init = init;
  }
  evaluate(env) {
    var v = this.init.evaluate(env);
    env[this.name] = v;
    return v;
  }
  print() {
    return "let " + this.name + " = " + this.init.print() + ";\n";
  }
  size() {
    return 1 + this.init.size();
  }
}

// ---------------------------------------------------------------- parser

class ParseError extends Error {
  constructor(message, pos) {
    super(message + " at " + pos);
    this.name = "ParseError";
  }
}

class Parser {
  constructor(source) {
    this.tokens = new Lexer(source).tokenize();
    this.index = 0;
  }

  peek() {
    return this.tokens[this.index];
  }

  advance() {
    return this.tokens[this.index++];
  }

  isPunct(text) {
    var t = this.tokens[this.index];
    return t.kind === T_PUNCT && t.text === text;
  }

  expect(text) {
    var t = this.advance();
    if (t.kind !== T_PUNCT || t.text !== text) {
      throw new ParseError("expected '" + text + "' but found '" + t.text + "'", t.pos);
    }
    return t;
  }

  parseProgram() {
    var stmts = [];
    while (this.peek().kind !== T_EOF) stmts.push(this.parseLet());
    return stmts;
  }

  parseLet() {
    var kw = this.advance();
    if (kw.kind !== T_IDENT || kw.text !== "let") throw new ParseError("expected let", kw.pos);
    var name = this.advance();
    if (name.kind !== T_IDENT) throw new ParseError("expected a name", name.pos);
    this.expect("=");
    var init = this.parseAdditive();
    this.expect(";");
    return new Let(kw.pos, name.text, init);
  }

  parseAdditive() {
    var left = this.parseMultiplicative();
    while (this.isPunct("+") || this.isPunct("-")) {
      var op = this.advance();
      left = new Binary(op.pos, op.text, left, this.parseMultiplicative());
    }
    return left;
  }

  parseMultiplicative() {
    var left = this.parseUnary();
    while (this.isPunct("*") || this.isPunct("/") || this.isPunct("%")) {
      var op = this.advance();
      left = new Binary(op.pos, op.text, left, this.parseUnary());
    }
    return left;
  }

  parseUnary() {
    if (this.isPunct("-")) {
      var op = this.advance();
      return new Unary(op.pos, this.parseUnary());
    }
    return this.parsePrimary();
  }

  parsePrimary() {
    var t = this.advance();
    if (t.kind === T_NUM) return new Num(t.pos, parseInt(t.text, 10));
    if (t.kind === T_IDENT) {
      if (!this.isPunct("(")) return new Ref(t.pos, t.text);
      this.advance();
      var args = [this.parseAdditive()];
      while (this.isPunct(",")) {
        this.advance();
        args.push(this.parseAdditive());
      }
      this.expect(")");
      return new Call(t.pos, t.text, args);
    }
    if (t.kind === T_PUNCT && t.text === "(") {
      var inner = this.parseAdditive();
      this.expect(")");
      return inner;
    }
    throw new ParseError("unexpected '" + t.text + "'", t.pos);
  }
}

// ---------------------------------------------------------------- driver

function evaluateProgram(stmts) {
  var env = Object.create(null);
  var h = 0;
  for (var i = 0; i < stmts.length; i++) h = (h * 31 + stmts[i].evaluate(env)) % 1000000007;
  return h;
}

function round(seed) {
  var source = generate(seed, STATEMENTS);
  var stmts = new Parser(source).parseProgram();
  var value = evaluateProgram(stmts);

  var printed = [];
  var nodes = 0;
  for (var i = 0; i < stmts.length; i++) {
    printed.push(stmts[i].print());
    nodes += stmts[i].size();
  }
  var text = printed.join("");
  var again = new Parser(text).parseProgram();
  if (evaluateProgram(again) !== value) throw new Error("round trip changed the value");

  var errors = 0;
  try {
    new Parser(source.slice(0, source.length - 3)).parseProgram();
  } catch (e) {
    if (e instanceof ParseError) errors++;
    else throw e;
  }
  return (value + nodes * 7 + text.length + errors) % 1000000007;
}

var checksum = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  checksum = (checksum * 3 + round(iter * 7919 + 1)) % 1000000007;
}

console.log("parser checksum " + checksum);
