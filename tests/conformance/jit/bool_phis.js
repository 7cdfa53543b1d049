// Booleans that meet at joins (`&&`, `||`, `?:`, loop-carried flags): the
// compiled code passes their truth between blocks and boxes them only where
// they are used as values (printed, stored, compared, returned). The
// top-level loops run long enough to enter compiled code through OSR with
// a boolean live in a loop header.
function classify(c) {
  var space = c === 32 || c === 10 || c === 9;
  var digit = c >= 48 && c <= 57;
  var word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || digit;
  var kind = space ? "s" : digit ? "d" : word ? "w" : "o";
  return kind + (space === false ? 0 : 1) + (word && !digit ? "W" : "-");
}

function toggles(n) {
  var on = false, flips = 0, seen = [];
  for (var i = 0; i < n; i++) {
    var before = on;
    on = i % 3 === 0 ? !on : on && i % 5 !== 0;
    if (on !== before) flips++;
    if (i % 997 === 0) seen.push(on, before === on);
  }
  return flips + ":" + seen.join(",");
}

var text = "let v12 = max(a_1, 7) * (b - 30);\n\tx";
var out = [];
for (var r = 0; r < 400; r++) {
  var line = "";
  for (var k = 0; k < text.length; k++) line += classify(text.charCodeAt(k));
  if (r === 0 || r === 399) out.push(line);
}
console.log(out.join("\n"));
console.log(toggles(5000));

// A flag carried by the top-level loop (OSR enters its header).
var flag = true, count = 0, firstFalse = -1;
for (var i = 0; i < 20000; i++) {
  flag = flag ? i % 7 !== 6 : i % 11 === 0 || (i & 1) === 1 && i % 13 === 0;
  if (flag) count++;
  else if (firstFalse < 0) firstFalse = i;
}
console.log(flag, count, firstFalse, typeof flag);

// A boolean join whose value escapes: stored, compared, and thrown.
var cells = [];
function note(a, b) {
  var both = a > 0 && b > 0;
  var either = a > 0 || b > 0;
  cells.push(both);
  if (both === either && !both && a === -99) throw either;
  return both !== either;
}
var diff = 0;
for (var j = 0; j < 3000; j++) if (note(j % 4 - 1, j % 3 - 1)) diff++;
try {
  note(-99, -1);
} catch (e) {
  console.log("caught", e, typeof e);
}
console.log(diff, cells.length, cells[0], cells[5], String(cells[2999]));
