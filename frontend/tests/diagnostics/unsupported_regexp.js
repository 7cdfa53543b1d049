var r = /ab+c/g;
