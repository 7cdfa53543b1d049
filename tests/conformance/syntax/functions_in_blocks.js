// Sloppy-mode functions declared in blocks (Annex B semantics, as Node).
console.log('typeof before block:', typeof inBlock);
{
  console.log('inside block, hoisted within block:', inBlock());
  function inBlock() {
    return 'from block';
  }
}
console.log('typeof after block:', typeof inBlock, inBlock());

if (true) {
  function chosen() {
    return 'true branch';
  }
} else {
  function chosen() {
    return 'false branch';
  }
}
console.log('if-declared:', chosen());

if (false) {
  function neverDefined() {}
}
console.log('typeof in untaken branch:', typeof neverDefined);

function outer() {
  console.log('  inner before block:', typeof local);
  {
    function local() {
      return 'local';
    }
  }
  console.log('  inner after block:', typeof local, local());
}
outer();

for (var i = 0; i < 2; i++) {
  function loopFn() {
    return 'loop ' + i;
  }
}
console.log(loopFn());

switch (1) {
  case 1:
    function inSwitch() {
      return 'switch case function';
    }
}
console.log(inSwitch());

try {
  function inTry() {
    return 'try function';
  }
} finally {
}
console.log(inTry());
