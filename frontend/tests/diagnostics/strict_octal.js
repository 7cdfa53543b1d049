'use strict';
var n = 010;
