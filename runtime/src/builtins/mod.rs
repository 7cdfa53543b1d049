//! The standard library: one module per builtin, each installing its
//! constructor and prototype methods into the realm. Spec references are
//! to ECMA-262 section names.

pub mod array;
pub mod console;
pub mod error;
pub mod function;
pub mod global;
pub mod math;
pub mod number;
pub mod object;
pub mod string;

use ir::attrs::{CONFIGURABLE, HIDDEN};

use crate::call::{Args, NativeFn};
use crate::object::{ObjRef, oflags};
use crate::property::{self, Descriptor, PropKey};
use crate::string::Atom;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// A native function object.
pub fn new_native(vm: &mut Vm, name: &str, length: u32, f: NativeFn) -> ObjRef {
    let name_v = vm.new_str(name);
    let o = vm.new_object_with_shape(vm.realm.native_fn_shape);
    o.set_word(0, f as usize as u64);
    o.set_word_value(1, Value::UNDEFINED);
    o.set_slot(0, Value::int(length as i32));
    o.set_slot(1, name_v);
    o
}

/// Can this native function be used with `new`?
pub fn native_is_constructor(o: ObjRef) -> bool {
    o.has_flag(oflags::NATIVE_CTOR)
}

fn key(vm: &mut Vm, name: &str) -> PropKey {
    let a = vm.intern_str(name);
    PropKey::Atom(a)
}

/// Defines a method (writable, configurable, not enumerable).
pub fn method(vm: &mut Vm, obj: ObjRef, name: &str, length: u32, f: NativeFn) -> ObjRef {
    let fo = new_native(vm, name, length, f);
    let k = key(vm, name);
    property::define_data(vm, obj, k, fo.value(), HIDDEN).expect("defining a builtin");
    fo
}

/// Defines a data property.
pub fn value(vm: &mut Vm, obj: ObjRef, name: &str, v: Value, attrs: u8) {
    let k = key(vm, name);
    property::define_data(vm, obj, k, v, attrs).expect("defining a builtin");
}

/// Defines an accessor with native getter (and setter).
pub fn accessor(
    vm: &mut Vm,
    obj: ObjRef,
    name: &str,
    get: Option<NativeFn>,
    set: Option<NativeFn>,
) {
    let g = get.map(|f| new_native(vm, &format!("get {name}"), 0, f).value());
    let s = set.map(|f| new_native(vm, &format!("set {name}"), 1, f).value());
    let k = key(vm, name);
    let desc = Descriptor {
        get: Some(g.unwrap_or(Value::UNDEFINED)),
        set: Some(s.unwrap_or(Value::UNDEFINED)),
        enumerable: Some(false),
        configurable: Some(true),
        ..Default::default()
    };
    property::define_own(vm, obj, k, desc).expect("defining a builtin");
}

/// A constructor whose `prototype` is `proto` (and `proto.constructor` it).
pub fn constructor(vm: &mut Vm, name: &str, length: u32, f: NativeFn, proto: ObjRef) -> ObjRef {
    let c = new_native(vm, name, length, f);
    c.set_flag(oflags::NATIVE_CTOR, true);
    value(vm, c, "prototype", proto.value(), 0);
    value(vm, proto, "constructor", c.value(), HIDDEN);
    let g = vm.realm.global;
    value(vm, g, name, c.value(), HIDDEN);
    c
}

/// `this` as an object, for methods that require one.
pub fn this_object(vm: &mut Vm, args: &Args, method: &str) -> JsResult<ObjRef> {
    let _ = method;
    crate::conv::to_object(vm, args.this)
}

/// The atom for a Rust name.
pub fn atom(vm: &mut Vm, s: &str) -> Atom {
    vm.intern_str(s)
}

/// Installs every builtin into the realm.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    function::install(vm);
    array::install(vm);
    global::install(vm);
    string::install(vm);
    number::install(vm);
    math::install(vm);
    error::install(vm);
    console::install(vm);
    let _ = CONFIGURABLE;
}
