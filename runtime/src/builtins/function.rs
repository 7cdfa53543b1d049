//! `Function` and `Function.prototype` (ECMA-262 §20.2).

use ir::attrs::CONFIGURABLE;

use super::{array, constructor, method};
use crate::atoms;
use crate::call::Args;
use crate::conv;
use crate::interp::func_info;
use crate::object::{Class, ObjRef};
use crate::property::{self, Prop, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.function_proto;
    // %ThrowTypeError%: `caller` and `arguments` of strict functions.
    let thrower = super::new_native(vm, "", 0, throw_type_error);
    property::prevent_extensions(vm, thrower);
    for name in ["arguments", "caller"] {
        let a = vm.intern_str(name);
        let desc = property::Descriptor {
            get: Some(thrower.value()),
            set: Some(thrower.value()),
            enumerable: Some(false),
            configurable: Some(true),
            ..Default::default()
        };
        property::define_own(vm, proto, PropKey::Atom(a), desc).expect("defining a builtin");
    }
    constructor(vm, "Function", 1, function_ctor, proto);
    method(vm, proto, "apply", 2, apply);
    method(vm, proto, "bind", 1, bind);
    method(vm, proto, "call", 1, call);
    method(vm, proto, "toString", 0, to_string);
}

fn throw_type_error(vm: &mut Vm, _args: &Args) -> JsResult<Value> {
    Err(vm.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

/// The behaviour of `Function.prototype` itself: returns undefined.
pub fn function_proto_call(_vm: &mut Vm, _args: &Args) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// `Function(p1, ..., body)`: CreateDynamicFunction, compiled as the
/// expression `(function anonymous(p1,...\n) {\nbody\n})` (V8's text for
/// its `toString`).
fn function_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = args.len();
    let mut params = Vec::new();
    for i in 0..n.saturating_sub(1) {
        params.push(conv::to_rust_string(vm, args.get(i))?);
    }
    let body = if n == 0 {
        String::new()
    } else {
        conv::to_rust_string(vm, args.get(n - 1))?
    };
    let source = format!(
        "(function anonymous({}\n) {{\n{body}\n}})",
        params.join(",")
    );
    let f = vm.eval_source(&source, "anonymous")?;
    Ok(f)
}

fn this_callable(vm: &mut Vm, args: &Args, what: &str) -> JsResult<Value> {
    if args.this.is_callable() {
        return Ok(args.this);
    }
    // V8 names the JS call expression that reached this builtin.
    if let Some(text) = crate::interp::current_call_text(vm) {
        return Err(vm.type_error(&format!("{text} is not a function")));
    }
    let shown = crate::errors::describe_for_message(vm, args.this);
    let kind = crate::ops::type_of(args.this);
    let kind = vm.atom_text(kind);
    Err(vm.type_error(&format!(
        "Function.prototype.{what} was called on {shown}, which is {kind} and not a function"
    )))
}

fn call(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = this_callable(vm, args, "call")?;
    let rest = if args.args.is_empty() {
        &[][..]
    } else {
        &args.args[1..]
    };
    vm.call(f, args.get(0), rest)
}

/// CreateListFromArrayLike.
pub fn list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    let Some(o) = v.as_object() else {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    };
    let len = if o.class() == Class::Array {
        o.array_length() as f64
    } else {
        let l = property::get(vm, o, PropKey::Atom(atoms::LENGTH), v)?;
        conv::to_length(vm, l)?
    };
    if len > 10_000_000.0 {
        return Err(vm.range_error("Maximum call stack size exceeded"));
    }
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len as u32 {
        let x = crate::interp::get_elem_value(vm, v, PropKey::Index(i))?;
        out.push(x);
    }
    Ok(out)
}

fn apply(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = this_callable(vm, args, "apply")?;
    let list = list_from_array_like(vm, args.get(1))?;
    vm.call(f, args.get(0), &list)
}

fn bind(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(target) = args.this.as_object().filter(|o| o.is_callable()) else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    let bound_args = array::new_array_from(
        vm,
        if args.args.is_empty() {
            &[]
        } else {
            &args.args[1..]
        },
    );
    let b = vm.new_object_with_shape(vm.realm.bound_fn_shape);
    b.set_word_value(0, target.value());
    b.set_word_value(1, args.get(0));
    b.set_word_value(2, bound_args.value());
    // length: max(0, target.length - bound argument count), when a number.
    let mut len = 0f64;
    if property::has_own(vm, target, PropKey::Atom(atoms::LENGTH)) {
        let l = property::get(vm, target, PropKey::Atom(atoms::LENGTH), target.value())?;
        if l.is_number() {
            let n = l.as_number();
            let extra = args.args.len().saturating_sub(1) as f64;
            len = if n == f64::INFINITY {
                f64::INFINITY
            } else if n == f64::NEG_INFINITY {
                0.0
            } else {
                (conv::integer_or_infinity(n) - extra).max(0.0)
            };
        }
    }
    b.set_slot(0, Value::number(len));
    let name = property::get(vm, target, PropKey::Atom(atoms::NAME), target.value())?;
    let name = name.as_string().map(|s| s.to_rust()).unwrap_or_default();
    let nv = vm.new_str(&format!("bound {name}"));
    b.set_slot(1, nv);
    if crate::ops::is_constructor(target) {
        b.set_flag(crate::object::oflags::NATIVE_CTOR, true);
    }
    let _ = CONFIGURABLE;
    Ok(b.value())
}

/// The source text `Function.prototype.toString` shows for `f`.
pub fn function_source(vm: &mut Vm, f: ObjRef) -> String {
    match f.class() {
        Class::Function => {
            let info = func_info(f);
            info.module(vm).function_text(info.id).to_string()
        }
        Class::NativeFunction => {
            let name = match property::get_own(vm, f, PropKey::Atom(atoms::NAME)) {
                Some(Prop::Data { value, .. }) => {
                    value.as_string().map(|s| s.to_rust()).unwrap_or_default()
                }
                _ => String::new(),
            };
            format!("function {name}() {{ [native code] }}")
        }
        _ => "function () { [native code] }".into(),
    }
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    match args.this.as_object().filter(|o| o.is_callable()) {
        Some(f) => {
            let s = function_source(vm, f);
            Ok(vm.new_str(&s))
        }
        None => {
            Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"))
        }
    }
}
