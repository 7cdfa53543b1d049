'use strict';
{
  function f() {}
  function f() {}
}
