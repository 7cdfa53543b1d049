// Template literals: string constants joined with ToString of each part.
function f(name, n) {
  return `Hello, ${name}! You have ${n + 1} new ${n === 0 ? 'message' : 'messages'}.`;
}
var plain = `no substitutions`;
var only = `${plain}`;
