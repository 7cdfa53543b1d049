// Callee texts for "is not a function" and the receiver of each call form.
var a = { b: { c: function () {} } };
a.b.c();
a['b'].c(1);
a[0]();
a[1 + 1]();
(0, a.b.c)();
(a.b.c)();
a.b.c()();
(function () {})();
new a.b.c();
new a.b.c;
