//! The standard library: one module per builtin, each installing its
//! constructor and prototype methods into the realm. Spec references are
//! to ECMA-262 section names.

pub mod array;
pub mod collate;
pub mod console;
pub mod date;
pub mod error;
pub mod fdlibm;
pub mod function;
pub mod global;
pub mod json;
pub mod math;
pub mod number;
pub mod object;
pub mod regexp;
pub mod string;
pub mod uri;

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

/// Is `v` the builtin implemented by `f`?
pub fn is_native(v: Value, f: NativeFn) -> bool {
    v.as_object().is_some_and(|o| {
        o.class() == crate::object::Class::NativeFunction && o.word(0) == f as usize as u64
    })
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
    let ok = property::define_data(vm, obj, k, fo.value(), HIDDEN).expect("defining a builtin");
    debug_assert!(ok, "defining builtin {name}");
    fo
}

/// Defines a data property.
pub fn value(vm: &mut Vm, obj: ObjRef, name: &str, v: Value, attrs: u8) {
    let k = key(vm, name);
    let ok = property::define_data(vm, obj, k, v, attrs).expect("defining a builtin");
    debug_assert!(ok, "defining builtin {name}");
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

/// V8's TypeError for a builtin that needs an iterable (no @@iterator):
/// "number 1 is not iterable (cannot read property Symbol(Symbol.iterator))".
pub fn not_iterable(vm: &mut Vm, v: Value) -> crate::vm::Thrown {
    let what = if v.is_undefined() {
        "undefined".to_string()
    } else if v.is_callable() {
        "function".into()
    } else if v.is_object() {
        "object".into()
    } else if v.is_null() {
        "object null".into()
    } else {
        let t = crate::ops::type_of(v);
        let t = vm.atom_text(t);
        let shown = crate::conv::to_rust_string(vm, v).unwrap_or_default();
        if v.is_string() {
            format!("{t} \"{shown}\"")
        } else {
            format!("{t} {shown}")
        }
    };
    vm.type_error(&format!(
        "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}

/// The atom for a Rust name.
pub fn atom(vm: &mut Vm, s: &str) -> Atom {
    vm.intern_str(s)
}

/// The global object's own properties in V8's order (what
/// `Object.getOwnPropertyNames(globalThis)` shows in Node, minus what the
/// engine does not have), with their attributes. `install` defines them
/// first as placeholders; each builtin module then redefines its own, which
/// keeps the position.
const GLOBAL_ORDER: &[(&str, u8)] = &[
    ("Object", HIDDEN),
    ("Function", HIDDEN),
    ("Array", HIDDEN),
    ("Number", HIDDEN),
    ("parseFloat", HIDDEN),
    ("parseInt", HIDDEN),
    ("Infinity", 0),
    ("NaN", 0),
    ("undefined", 0),
    ("Boolean", HIDDEN),
    ("String", HIDDEN),
    ("Date", HIDDEN),
    ("RegExp", HIDDEN),
    ("Error", HIDDEN),
    ("EvalError", HIDDEN),
    ("RangeError", HIDDEN),
    ("ReferenceError", HIDDEN),
    ("SyntaxError", HIDDEN),
    ("TypeError", HIDDEN),
    ("URIError", HIDDEN),
    ("globalThis", HIDDEN),
    ("JSON", HIDDEN),
    ("Math", HIDDEN),
    ("decodeURI", HIDDEN),
    ("decodeURIComponent", HIDDEN),
    ("encodeURI", HIDDEN),
    ("encodeURIComponent", HIDDEN),
    ("escape", HIDDEN),
    ("unescape", HIDDEN),
    ("eval", HIDDEN),
    ("isFinite", HIDDEN),
    ("isNaN", HIDDEN),
    ("console", HIDDEN),
    ("print", HIDDEN),
    ("alert", HIDDEN),
];

/// Intrinsic objects builtins need to recognise later (for
/// `Object.prototype.toString` and `console.log` tags). They live at fixed
/// positions at the bottom of `Vm::roots`, which `install` reserves first
/// (everything else pushes and pops above them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    Math = 0,
    Json = 1,
    /// %Array% (ArraySpeciesCreate compares constructors with it).
    Array = 2,
    /// The setter of every error's lazily formatted `stack`.
    StackSetter = 3,
}

const INTRINSIC_COUNT: usize = 4;

pub fn set_intrinsic(vm: &mut Vm, which: Intrinsic, o: ObjRef) {
    vm.roots[which as usize] = o.value();
}

/// The intrinsic object `which` (None before it is installed).
pub fn intrinsic(vm: &Vm, which: Intrinsic) -> Option<ObjRef> {
    vm.roots.get(which as usize).and_then(|v| v.as_object())
}

/// Installs every builtin into the realm.
pub fn install(vm: &mut Vm) {
    assert!(vm.roots.is_empty(), "builtins install first");
    vm.roots.resize(INTRINSIC_COUNT, Value::UNDEFINED);
    let g = vm.realm.global;
    // Writable and configurable for now, so the real definition can set
    // any value and attributes in place.
    for &(name, _) in GLOBAL_ORDER {
        value(vm, g, name, Value::UNDEFINED, HIDDEN);
    }
    object::install(vm);
    function::install(vm);
    array::install(vm);
    global::install(vm);
    string::install(vm);
    number::install(vm);
    math::install(vm);
    error::install(vm);
    json::install(vm);
    uri::install(vm);
    date::install(vm);
    regexp::install(vm);
    console::install(vm);
    debug_assert!(
        GLOBAL_ORDER.iter().all(|&(name, attrs)| {
            let a = vm.intern_str(name);
            let e = g.shape().lookup(a).unwrap();
            e.attrs == attrs && (name == "undefined" || !g.slot(e.slot).is_undefined())
        }),
        "every global placeholder is defined with its attributes"
    );
    let _ = CONFIGURABLE;
}

/// Defines a getter-only accessor (`set` undefined).
pub fn getter(vm: &mut Vm, obj: ObjRef, name: &str, get: NativeFn) {
    accessor(vm, obj, name, Some(get), None);
}
