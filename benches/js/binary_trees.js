// binary_trees.js — allocation and traversal of many short-lived binary
// trees (after the Computer Language Benchmarks Game's binary-trees) and of
// linked lists. Trees are built from a class hierarchy (TreeNode → Leaf,
// Branch) whose `check` and `depth` methods are overridden and called
// recursively; lists are constructor-function nodes with prototype methods.
// A long-lived tree and list stay alive for the whole run while the
// temporary ones are collected.
var ITERATIONS = 10;
var MIN_DEPTH = 4;
var MAX_DEPTH = 10;

class TreeNode {
  constructor(item) {
    this.item = item;
  }

  // item plus the checks of the children, with alternating signs.
  check() {
    return this.item;
  }

  depth() {
    return 0;
  }

  count() {
    return 1;
  }
}

class Leaf extends TreeNode {
  constructor(item) {
    super(item);
  }
}

class Branch extends TreeNode {
  constructor(item, left, right) {
    super(item);
    this.left = left;
    this.right = right;
  }

  check() {
    return super.check() + this.left.check() - this.right.check();
  }

  depth() {
    var l = this.left.depth();
    var r = this.right.depth();
    return 1 + (l > r ? l : r);
  }

  count() {
    return 1 + this.left.count() + this.right.count();
  }
}

function bottomUpTree(item, depth) {
  if (depth <= 0) return new Leaf(item);
  var i2 = item + item;
  return new Branch(item, bottomUpTree(i2 - 1, depth - 1), bottomUpTree(i2, depth - 1));
}

// ---------------------------------------------------------------- lists

function ListNode(value, next) {
  this.value = value;
  this.next = next;
}

ListNode.prototype.length = function () {
  var n = 0;
  for (var p = this; p !== null; p = p.next) n++;
  return n;
};

ListNode.prototype.sum = function () {
  var s = 0;
  for (var p = this; p !== null; p = p.next) s = (s + p.value) % 1000003;
  return s;
};

// A new list with the nodes in reverse order (this one is left as it is).
ListNode.prototype.reversed = function () {
  var out = null;
  for (var p = this; p !== null; p = p.next) out = new ListNode(p.value, out);
  return out;
};

// Every other node, as a new list.
ListNode.prototype.everyOther = function () {
  var head = null;
  var tail = null;
  var keep = true;
  for (var p = this; p !== null; p = p.next) {
    if (keep) {
      var n = new ListNode(p.value * 3 + 1, null);
      if (tail === null) head = n;
      else tail.next = n;
      tail = n;
    }
    keep = !keep;
  }
  return head;
};

function makeList(n, seed) {
  var list = null;
  for (var i = 0; i < n; i++) list = new ListNode((seed * 31 + i * 7) % 1009, list);
  return list;
}

// ---------------------------------------------------------------- driver

function run(maxDepth) {
  var result = 0;
  var stretch = bottomUpTree(0, maxDepth + 1);
  result += stretch.check() + stretch.depth();
  stretch = null;

  var longLived = bottomUpTree(0, maxDepth);
  var longList = makeList(2000, maxDepth);

  for (var depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
    var iterations = 1 << (maxDepth - depth + MIN_DEPTH);
    var check = 0;
    for (var i = 1; i <= iterations; i++) {
      check += bottomUpTree(i, depth).check();
      check += bottomUpTree(-i, depth).check();
    }
    result = (result * 31 + check + iterations * 2) % 1000000007;

    var list = makeList(iterations, depth);
    var rev = list.reversed();
    var half = rev.everyOther();
    result = (result * 31 + list.sum() + rev.length() + half.sum() + half.length()) % 1000000007;
  }

  result = (result + longLived.check() + longLived.count() + longList.sum()) % 1000000007;
  return result;
}

var checksum = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  checksum = (checksum * 7 + run(MAX_DEPTH + (iter % 2))) % 1000000007;
}

console.log("binary_trees checksum " + checksum);
