// Methods added to the prototype after instances exist are visible to them:
// instances keep a live link, not a copy.
function Book(title, pages) {
  this.title = title;
  this.pages = pages;
}

var novel = new Book('Dune', 412);
var comic = new Book('Tintin', 62);

console.log('before: typeof novel.summary =', typeof novel.summary);

Book.prototype.summary = function () {
  return this.title + ', ' + this.pages + ' pages';
};

console.log('after: novel.summary() =', novel.summary());
console.log('after: comic.summary() =', comic.summary());

// A method that calls another method which is added even later.
Book.prototype.shout = function () {
  return this.loud(this.summary());
};
try {
  novel.shout();
} catch (e) {
  console.log('shout before loud exists:', e.name + ': ' + e.message);
}
Book.prototype.loud = function (s) {
  return s.toUpperCase() + '!';
};
console.log('shout after loud exists:', novel.shout());

// Data properties added late are shared too.
Book.prototype.format = 'paperback';
console.log('novel.format:', novel.format, '| comic.format:', comic.format);

// Replacing a method changes behaviour for every instance at once.
Book.prototype.summary = function () {
  return '[' + this.title + ']';
};
console.log('replaced summary:', novel.summary(), comic.summary());

// Removing it again.
delete Book.prototype.summary;
console.log('after delete, "summary" in novel:', 'summary' in novel);

// Instances created later see everything that is currently on the prototype.
var late = new Book('Emma', 300);
console.log('late.format:', late.format, '| late.shout is function:', typeof late.shout === 'function');
