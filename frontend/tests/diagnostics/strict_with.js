'use strict';
with (a) {}
