// Optional chains short-circuit the whole chain.
function f(o) {
  return [o?.a.b, o.a?.[0], o?.m(1), o.m?.(2), o?.a?.b?.(), delete o?.z];
}
