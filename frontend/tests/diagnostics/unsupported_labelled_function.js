lbl: function f() {}
