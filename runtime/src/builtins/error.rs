//! `Error` and the native error types (ECMA-262 §20.5).

use ir::attrs::HIDDEN;

use super::{method, value};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::errors::ErrorType;
use crate::object::{ObjRef, oflags};
use crate::property::{self, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let setter = super::new_native(vm, "", 1, stack_setter);
    super::set_intrinsic(vm, super::Intrinsic::StackSetter, setter);
    let error_ctor = make(vm, "Error", vm.realm.error_proto, error_ctor_fn, None);
    method(vm, vm.realm.error_proto, "toString", 0, to_string);
    method(vm, error_ctor, "captureStackTrace", 2, capture_stack_trace);
    value(
        vm,
        error_ctor,
        "stackTraceLimit",
        Value::int(10),
        ir::attrs::DEFAULT,
    );
    let kinds: [(&str, ObjRef, NativeFn); 6] = [
        ("TypeError", vm.realm.type_error_proto, type_error_fn),
        ("RangeError", vm.realm.range_error_proto, range_error_fn),
        (
            "ReferenceError",
            vm.realm.reference_error_proto,
            reference_error_fn,
        ),
        ("SyntaxError", vm.realm.syntax_error_proto, syntax_error_fn),
        ("EvalError", vm.realm.eval_error_proto, eval_error_fn),
        ("URIError", vm.realm.uri_error_proto, uri_error_fn),
    ];
    for (name, proto, f) in kinds {
        make(vm, name, proto, f, Some(error_ctor));
    }
}

fn make(vm: &mut Vm, name: &str, proto: ObjRef, f: NativeFn, parent: Option<ObjRef>) -> ObjRef {
    let c = super::constructor(vm, name, 1, f, proto);
    if let Some(p) = parent {
        crate::shape::set_prototype(vm, c, Some(p));
    }
    let n = vm.new_str(name);
    value(vm, proto, "name", n, HIDDEN);
    let e = vm.empty_string;
    value(vm, proto, "message", e, HIDDEN);
    c.set_flag(oflags::NATIVE_CTOR, true);
    c
}

fn construct(vm: &mut Vm, args: &Args, ty: ErrorType) -> JsResult<Value> {
    let default_proto = vm.realm.error_proto_of(ty);
    let proto = match args.new_target.as_object() {
        Some(nt) if args.new_target != args.callee.value() => {
            let p = property::get(vm, nt, PropKey::Atom(atoms::PROTOTYPE), args.new_target)?;
            p.as_object().unwrap_or(default_proto)
        }
        _ => default_proto,
    };
    let msg = args.get(0);
    let message = if msg.is_undefined() {
        None
    } else {
        Some(conv::to_string_value(vm, msg)?)
    };
    let obj = vm.new_error_object(proto, message);
    let opts = args.get(1);
    if let Some(o) = opts.as_object()
        && property::has_property(vm, o, PropKey::Atom(atoms::CAUSE))
    {
        let cause = property::get(vm, o, PropKey::Atom(atoms::CAUSE), opts)?;
        property::define_data(vm, obj, PropKey::Atom(atoms::CAUSE), cause, HIDDEN)?;
    }
    Ok(obj.value())
}

fn error_ctor_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::Error)
}
fn type_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::TypeError)
}
fn range_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::RangeError)
}
fn reference_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::ReferenceError)
}
fn syntax_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::SyntaxError)
}
fn eval_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::EvalError)
}
fn uri_error_fn(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorType::UriError)
}

/// Error.prototype.toString.
pub fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        let shown = crate::errors::describe_for_message(vm, args.this);
        return Err(vm.type_error(&format!(
            "Method Error.prototype.toString called on incompatible receiver {shown}"
        )));
    };
    let name = property::get(vm, o, PropKey::Atom(atoms::NAME), args.this)?;
    let name = if name.is_undefined() {
        "Error".to_string()
    } else {
        conv::to_rust_string(vm, name)?
    };
    let msg = property::get(vm, o, PropKey::Atom(atoms::MESSAGE), args.this)?;
    let msg = if msg.is_undefined() {
        String::new()
    } else {
        conv::to_rust_string(vm, msg)?
    };
    let s = match (name.is_empty(), msg.is_empty()) {
        (_, true) => name,
        (true, false) => msg,
        (false, false) => format!("{name}: {msg}"),
    };
    Ok(vm.new_str(&s))
}

/// V8's Error.captureStackTrace(obj): gives `obj` a `stack` string.
fn capture_stack_trace(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(o) = args.get(0).as_object() else {
        return Err(vm.type_error("Invalid argument"));
    };
    let header = match to_string(
        vm,
        &Args {
            this: o.value(),
            args: &[],
            new_target: Value::UNDEFINED,
            callee: args.callee,
        },
    ) {
        Ok(v) => conv::to_rust_string(vm, v)?,
        Err(e) => return Err(e),
    };
    let stack = crate::errors::stack_trace(vm, &header);
    let sv = vm.new_str(&stack);
    property::define_data(vm, o, PropKey::Atom(atoms::STACK), sv, HIDDEN)?;
    Ok(Value::UNDEFINED)
}

// ---------------------------------------------------------------- lazy `stack`

/// Gives a new error its `stack`: stored as an accessor whose getter holds
/// the captured frames (in its internal word) and formats the header
/// ("Name: message") at the first read, as V8 does; the property reads as a
/// writable data property everywhere (`property::get_own`), and the first
/// read or write turns it into one.
pub fn define_lazy_stack(vm: &mut Vm, obj: ObjRef, frames: Value) {
    let key = PropKey::Atom(atoms::STACK);
    let Some(setter) = super::intrinsic(vm, super::Intrinsic::StackSetter) else {
        // During start-up: a plain data property.
        property::define_data(vm, obj, key, frames, HIDDEN).expect("defining stack");
        return;
    };
    let getter = super::new_native(vm, "", 0, stack_getter);
    getter.set_word_value(1, frames);
    let desc = property::Descriptor {
        get: Some(getter.value()),
        set: Some(setter.value()),
        enumerable: Some(false),
        configurable: Some(true),
        ..Default::default()
    };
    property::define_own(vm, obj, key, desc).expect("defining stack");
}

/// Is `v` the getter of a lazy `stack`?
pub fn is_lazy_stack_getter(v: Value) -> bool {
    super::is_native(v, stack_getter)
}

/// The text a lazy `stack` stands for, made without running user code
/// (name and message read as data properties).
pub fn lazy_stack_text(vm: &mut Vm, obj: ObjRef, getter: Value) -> Value {
    let frames = getter
        .as_object()
        .map_or(Value::UNDEFINED, |g| g.word_value(1));
    let header = crate::errors::describe_for_message(vm, obj.value());
    let mut units: Vec<u16> = header.encode_utf16().collect();
    if let Some(f) = frames.as_string() {
        units.extend_from_slice(f.units());
    }
    vm.string_value(&units)
}

fn stack_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let frames = args.callee.word_value(1);
    let Some(o) = args.this.as_object() else {
        return Ok(Value::UNDEFINED);
    };
    let header = to_string(
        vm,
        &Args {
            this: args.this,
            args: &[],
            new_target: Value::UNDEFINED,
            callee: args.callee,
        },
    )?;
    let mut units = header
        .as_string()
        .map_or(Vec::new(), |s| s.units().to_vec());
    if let Some(f) = frames.as_string() {
        units.extend_from_slice(f.units());
    }
    let text = vm.string_value(&units);
    // Fix the text on the object that owns this getter.
    if let Some(e) = o.shape().lookup(atoms::STACK)
        && e.attrs & crate::object::ACCESSOR != 0
        && o.slot(e.slot)
            .as_accessor()
            .is_some_and(|a| a.getter() == args.callee.value())
    {
        property::materialize_data(vm, o, atoms::STACK, text);
    }
    Ok(text)
}

fn stack_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Ok(Value::UNDEFINED);
    };
    let v = args.get(0);
    let own_lazy = o.shape().lookup(atoms::STACK).is_some_and(|e| {
        e.attrs & crate::object::ACCESSOR != 0
            && o.slot(e.slot)
                .as_accessor()
                .is_some_and(|a| is_lazy_stack_getter(a.getter()))
    });
    if own_lazy {
        property::materialize_data(vm, o, atoms::STACK, v);
    } else {
        let _ = property::create_data_property(vm, o, PropKey::Atom(atoms::STACK), v);
    }
    Ok(Value::UNDEFINED)
}
