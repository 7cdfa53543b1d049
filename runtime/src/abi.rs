//! The runtime entry points native code calls, declared once.
//!
//! Every helper is `extern "C"`, takes the VM first (and the running
//! frame's record where it needs the function's code or feedback), passes
//! values as their 64-bit encoding, and returns a value — or
//! [`layout::EXCEPTION`] when a JS exception is pending in
//! `Vm::pending_exception`, which the caller then handles or propagates.
//! Helpers never unwind. They implement the slow path of an IR operation
//! with the same runtime functions the interpreter uses, and update the
//! same inline caches.
//!
//! Native code (an `ir::Function` compiled by the JIT) is entered through
//! [`NativeEntry`] with the VM and its frame record.

// Helpers take the raw pointers native code holds; only native code calls
// them, always with the VM and a live frame record (see `vm` and `frame`).
#![expect(
    clippy::not_unsafe_ptr_arg_deref,
    reason = "extern \"C\" entry points for JIT code, which passes valid pointers"
)]

use ir::Opcode;

use crate::call;
use crate::conv;
use crate::ic;
use crate::interp::{self, Code, FuncInfo, info_ref};
use crate::layout::EXCEPTION;
use crate::object::{Class, ObjRef};
use crate::ops::{self, CmpOp, NumOp};
use crate::property::{self, PropKey};
use crate::value::Value;
use crate::vm::{FrameRecord, JsResult, Thrown, Vm};

/// The signature of compiled functions and OSR entries.
pub type NativeEntry = unsafe extern "C" fn(vm: *mut Vm, fp: *mut FrameRecord) -> u64;

/// The VM behind a helper's first argument.
#[inline]
fn vm<'a>(p: *mut Vm) -> &'a mut Vm {
    // SAFETY: native code passes the VM pointer it was entered with; the
    // caller that entered native code does not use its own reference while
    // the native code (and so this helper) runs.
    unsafe { &mut *p }
}

/// The running frame's function and decoded code.
#[inline]
fn frame(fp: *mut FrameRecord) -> (&'static FuncInfo, &'static Code) {
    // SAFETY: native code passes its own frame record, which stays put and
    // alive while the frame runs.
    let info = info_ref(unsafe { (*fp).info });
    (
        info,
        info.code.get().expect("compiled functions are decoded"),
    )
}

#[inline]
fn v(bits: u64) -> Value {
    Value::from_bits(bits)
}

/// A result as native code sees it.
#[inline]
fn ret(vm: &mut Vm, r: JsResult<Value>) -> u64 {
    match r {
        Ok(x) => x.bits(),
        Err(Thrown(e)) => {
            vm.pending_exception = e;
            EXCEPTION
        }
    }
}

/// A fallible action without a value: undefined, or EXCEPTION.
#[inline]
fn done(vm: &mut Vm, r: JsResult<()>) -> u64 {
    ret(vm, r.map(|_| Value::UNDEFINED))
}

/// The values native code passes as a pointer and count.
#[inline]
fn values<'a>(argv: *const u64, argc: u64) -> &'a [Value] {
    if argc == 0 {
        return &[];
    }
    // SAFETY: native code passes a pointer to `argc` initialised values in
    // its frame (a stack slot), alive for the call.
    unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
}

// ---------------------------------------------------------------- frames

/// `this` of a sloppy function: undefined/null → the global object,
/// primitives boxed.
pub extern "C" fn h_coerce_this(vm_: *mut Vm, this: u64) -> u64 {
    let vm = vm(vm_);
    let t = v(this);
    if t.is_nullish() {
        vm.realm.global.value().bits()
    } else {
        vm.box_primitive(t).value().bits()
    }
}

pub extern "C" fn h_arguments(vm_: *mut Vm, fp: *mut FrameRecord) -> u64 {
    let vm = vm(vm_);
    // SAFETY: the running frame's record.
    let rec = unsafe { *fp };
    let args = vm.stack.slice(rec.args_base as usize, rec.argc as usize);
    call::new_arguments(vm, args, rec.callee, info_ref(rec.info).strict)
        .value()
        .bits()
}

pub extern "C" fn h_rest_args(vm_: *mut Vm, fp: *mut FrameRecord, start: u64) -> u64 {
    let vm = vm(vm_);
    // SAFETY: the running frame's record.
    let rec = unsafe { *fp };
    let s = (start as usize).min(rec.argc as usize);
    let args = vm
        .stack
        .slice(rec.args_base as usize + s, rec.argc as usize - s);
    crate::builtins::array::new_array_from(vm, args)
        .value()
        .bits()
}

pub extern "C" fn h_create_env(vm_: *mut Vm, parent: u64, n: u64) -> u64 {
    vm(vm_).new_env(v(parent), n as usize).value().bits()
}

pub extern "C" fn h_copy_env(vm_: *mut Vm, env: u64) -> u64 {
    interp::copy_env(vm(vm_), v(env)).bits()
}

/// Stack overflow found by native code before pushing arguments.
pub extern "C" fn h_stack_overflow(vm_: *mut Vm) -> u64 {
    let vm = vm(vm_);
    let e = vm.range_error("Maximum call stack size exceeded");
    ret(vm, Err(e))
}

// ---------------------------------------------------------------- errors

/// `check_init` failed: the TDZ ReferenceError for module string `name`.
pub extern "C" fn h_throw_tdz(vm_: *mut Vm, fp: *mut FrameRecord, name: u64) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let n = info.module(vm).ir.string_lossy(ir::StrId(name as u32));
    let e = vm.reference_error(&format!("Cannot access '{n}' before initialization"));
    ret(vm, Err(e))
}

pub extern "C" fn h_throw_error(vm_: *mut Vm, fp: *mut FrameRecord, kind: u64, msg: u64) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let m = info.module(vm).ir.string_lossy(ir::StrId(msg as u32));
    let k = [
        ir::ErrorKind::TypeError,
        ir::ErrorKind::ReferenceError,
        ir::ErrorKind::SyntaxError,
        ir::ErrorKind::RangeError,
    ][kind as usize];
    let e = vm.throw_error(crate::errors::ErrorType::from_ir(k), &m);
    ret(vm, Err(e))
}

/// A `throw` statement: records where it happened and reports the exception.
pub extern "C" fn h_throw(vm_: *mut Vm, fp: *mut FrameRecord, value: u64) -> u64 {
    let vm = vm(vm_);
    // SAFETY: the running frame's record.
    let rec = unsafe { *fp };
    vm.last_throw = Some((rec.info, rec.pc));
    vm.pending_exception = v(value);
    EXCEPTION
}

pub extern "C" fn h_throw_this_uninit(vm_: *mut Vm) -> u64 {
    let vm = vm(vm_);
    let e = interp::this_uninitialised(vm);
    ret(vm, Err(e))
}

pub extern "C" fn h_throw_super_twice(vm_: *mut Vm) -> u64 {
    let vm = vm(vm_);
    let e = vm.reference_error("Super constructor may only be called once");
    ret(vm, Err(e))
}

pub extern "C" fn h_derived_result(vm_: *mut Vm, value: u64, this: u64) -> u64 {
    let vm = vm(vm_);
    let r = interp::derived_result(vm, v(value), v(this));
    ret(vm, r)
}

// ---------------------------------------------------------------- globals

/// `load_global` (ReferenceError when absent) or, with `typeof_mode`,
/// `load_global_or_undefined`.
pub extern "C" fn h_load_global(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    key: u64,
    site: u64,
    typeof_mode: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let k = code.atom(key as u32);
    let r = match ic::get_global(vm, code.global_ic(site as u32), k) {
        Ok(Some(x)) => Ok(x),
        Ok(None) if typeof_mode != 0 => Ok(Value::UNDEFINED),
        Ok(None) => {
            let n = vm.atom_text(k);
            Err(vm.reference_error(&format!("{n} is not defined")))
        }
        Err(e) => Err(e),
    };
    ret(vm, r)
}

pub extern "C" fn h_store_global(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    key: u64,
    site: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let k = code.atom(key as u32);
    let r = interp::store_global(vm, code, info, k, site as u32, v(value));
    done(vm, r)
}

pub extern "C" fn h_declare_global_var(vm_: *mut Vm, fp: *mut FrameRecord, key: u64) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let r = interp::declare_global_var(vm, code.atom(key as u32));
    done(vm, r)
}

pub extern "C" fn h_declare_global_function(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    key: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let r = interp::declare_global_function(vm, code.atom(key as u32), v(value));
    done(vm, r)
}

// ---------------------------------------------------------------- properties

pub extern "C" fn h_get_prop(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    obj: u64,
    key: u64,
    site: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let r = match code.key(key as u32) {
        PropKey::Atom(a) => ic::get_prop(vm, code.prop_ic(site as u32), v(obj), a),
        pk => interp::get_elem_value(vm, v(obj), pk),
    };
    ret(vm, r)
}

pub extern "C" fn h_set_prop(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    obj: u64,
    key: u64,
    site: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let r = interp::set_prop(
        vm,
        code,
        info,
        v(obj),
        code.key(key as u32),
        site as u32,
        v(value),
    );
    done(vm, r)
}

pub extern "C" fn h_get_elem(vm_: *mut Vm, obj: u64, key: u64) -> u64 {
    let vm = vm(vm_);
    let r = interp::get_elem(vm, v(obj), v(key));
    ret(vm, r)
}

pub extern "C" fn h_set_elem(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    obj: u64,
    key: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let r = interp::set_elem(vm, info.strict, v(obj), v(key), v(value));
    done(vm, r)
}

pub extern "C" fn h_has_prop(vm_: *mut Vm, key: u64, obj: u64) -> u64 {
    let vm = vm(vm_);
    let r = ops::has_property_op(vm, v(key), v(obj)).map(Value::bool);
    ret(vm, r)
}

pub extern "C" fn h_delete_prop(vm_: *mut Vm, fp: *mut FrameRecord, obj: u64, key: u64) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let r = interp::delete_value(vm, v(obj), code.key(key as u32), info.strict).map(Value::bool);
    ret(vm, r)
}

pub extern "C" fn h_delete_elem(vm_: *mut Vm, fp: *mut FrameRecord, obj: u64, key: u64) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let r = conv::to_property_key(vm, v(key))
        .and_then(|k| interp::delete_value(vm, v(obj), k, info.strict));
    ret(vm, r.map(Value::bool))
}

pub extern "C" fn h_get_super(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    home: u64,
    this: u64,
    key: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let r = interp::super_get(vm, v(home), v(this), code.key(key as u32));
    ret(vm, r)
}

pub extern "C" fn h_get_super_elem(vm_: *mut Vm, base: u64, this: u64, key: u64) -> u64 {
    let vm = vm(vm_);
    let r = conv::to_property_key(vm, v(key))
        .and_then(|k| interp::super_get_from(vm, v(base).as_object(), v(this), k));
    ret(vm, r)
}

pub extern "C" fn h_set_super(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    home: u64,
    this: u64,
    key: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let r = interp::super_set(
        vm,
        v(home),
        v(this),
        code.key(key as u32),
        v(value),
        info.strict,
    );
    done(vm, r)
}

pub extern "C" fn h_set_super_elem(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    base: u64,
    this: u64,
    key: u64,
    value: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let r = conv::to_property_key(vm, v(key)).and_then(|k| {
        interp::super_set_on(vm, v(base).as_object(), v(this), k, v(value), info.strict)
    });
    done(vm, r)
}

pub extern "C" fn h_super_base(home: u64) -> u64 {
    let base = v(home).as_object().and_then(|h| h.proto());
    base.map_or(Value::NULL, |b| b.value()).bits()
}

// ---------------------------------------------------------------- literals

pub extern "C" fn h_new_object(vm_: *mut Vm, props: u64) -> u64 {
    interp::new_object(vm(vm_), props as u32).value().bits()
}

pub extern "C" fn h_define_field(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    obj: u64,
    key: u64,
    value: u64,
    attrs: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let o = v(obj).as_object().expect("define_field on an object");
    let r = interp::define_or_throw(vm, o, code.key(key as u32), v(value), attrs as u8);
    done(vm, r)
}

pub extern "C" fn h_define_field_elem(
    vm_: *mut Vm,
    obj: u64,
    key: u64,
    value: u64,
    attrs: u64,
) -> u64 {
    let vm = vm(vm_);
    let r = interp::define_field_elem(vm, v(obj), v(key), v(value), attrs as u8);
    done(vm, r)
}

/// `define_getter`/`define_setter` (`setter` nonzero for a setter); `key`
/// is an op key, or with `computed` nonzero a key value to convert.
pub extern "C" fn h_define_accessor(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    obj: u64,
    key: u64,
    f: u64,
    attrs: u64,
    flags: u64,
) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let setter = flags & 1 != 0;
    let computed = flags & 2 != 0;
    let r = (|| {
        let k = if computed {
            let k = conv::to_property_key(vm, v(key))?;
            interp::name_anonymous_function(vm, v(f), k, Some(if setter { "set" } else { "get" }));
            k
        } else {
            code.key(key as u32)
        };
        let (g, s) = if setter {
            (None, Some(v(f)))
        } else {
            (Some(v(f)), None)
        };
        interp::define_accessor(vm, v(obj), k, g, s, attrs as u8)
    })();
    done(vm, r)
}

pub extern "C" fn h_set_proto_literal(vm_: *mut Vm, obj: u64, proto: u64) -> u64 {
    let vm = vm(vm_);
    let o = v(obj).as_object().expect("literal object");
    let p = v(proto);
    if p.is_object() || p.is_null() {
        property::set_prototype_of(vm, o, p.as_object());
    }
    Value::UNDEFINED.bits()
}

pub extern "C" fn h_new_array(vm_: *mut Vm, argv: *const u64, argc: u64) -> u64 {
    let vm = vm(vm_);
    crate::builtins::array::new_array_from(vm, values(argv, argc))
        .value()
        .bits()
}

pub extern "C" fn h_array_append(vm_: *mut Vm, arr: u64, value: u64) -> u64 {
    let vm = vm(vm_);
    crate::builtins::array::push_value(vm, v(arr).as_object().expect("array"), v(value));
    Value::UNDEFINED.bits()
}

pub extern "C" fn h_array_append_spread(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    arr: u64,
    src: u64,
    text: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let r = interp::spread_into(
        vm,
        v(arr).as_object().expect("array"),
        v(src),
        info,
        text as u32,
        text & SPREAD_CALL_ARGS != 0,
    );
    done(vm, r)
}

/// In `h_array_append_spread`'s `text` operand: the spread is a call's
/// arguments (`ArgsAppendSpread`), which words its error differently.
pub const SPREAD_CALL_ARGS: u64 = 1 << 32;

pub extern "C" fn h_array_append_hole(arr: u64) -> u64 {
    let a = v(arr).as_object().expect("array");
    a.set_array_length(a.array_length() + 1);
    Value::UNDEFINED.bits()
}

pub extern "C" fn h_template_object(vm_: *mut Vm, fp: *mut FrameRecord, id: u64) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let m = info.module(vm);
    let r = interp::template_object(vm, m, id as usize);
    ret(vm, r)
}

// ---------------------------------------------------------------- functions and classes

pub extern "C" fn h_make_closure(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    env: u64,
    home: u64,
    func: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let target = &info.module(vm).funcs[func as usize];
    call::new_closure(vm, target, v(env), v(home))
        .value()
        .bits()
}

pub extern "C" fn h_make_class(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    env: u64,
    heritage: u64,
    func: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, _) = frame(fp);
    let target = &info.module(vm).funcs[func as usize];
    let r = call::make_class(vm, target, v(env), v(heritage)).map(|c| c.value());
    ret(vm, r)
}

pub extern "C" fn h_set_field_init(cls: u64, f: u64) -> u64 {
    v(cls).as_object().expect("class").set_word_value(3, v(f));
    Value::UNDEFINED.bits()
}

pub extern "C" fn h_init_fields(vm_: *mut Vm, this: u64, cls: u64) -> u64 {
    let vm = vm(vm_);
    let init = v(cls).as_object().expect("class").word_value(3);
    if !init.is_callable() {
        return Value::UNDEFINED.bits();
    }
    let r = vm.call(init, v(this), &[]);
    ret(vm, r.map(|_| Value::UNDEFINED))
}

/// A call: `callee` with `this` and the arguments at `argv`.
pub extern "C" fn h_call(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    site: u64,
    callee: u64,
    this: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let c = v(callee);
    if let Some(o) = c.as_object()
        && o.class() == Class::NativeFunction
    {
        // A built-in reads its arguments where native code spilled them.
        let r = vm.call_native_fn(o, v(this), values(argv, argc));
        return ret(vm, r);
    }
    if !c.is_callable() {
        let e = interp::not_callable(vm, code, info, site as u32, c);
        return ret(vm, Err(e));
    }
    let r = vm.call(c, v(this), values(argv, argc));
    ret(vm, r)
}

/// `recv.name(args)`: the method comes through the site's cache.
pub extern "C" fn h_call_method(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    site: u64,
    recv: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let r = (|| {
        let (key, _) = code.call_text[site as usize];
        let f = match code.key(key) {
            PropKey::Atom(a) => ic::get_prop(vm, code.prop_ic_for_call(site as u32), v(recv), a)?,
            pk => interp::get_elem_value(vm, v(recv), pk)?,
        };
        if !f.is_callable() {
            return Err(interp::not_callable(vm, code, info, site as u32, f));
        }
        vm.call(f, v(recv), values(argv, argc))
    })();
    ret(vm, r)
}

/// The method `recv.name` of call site `site` (through the site's cache),
/// for native code that then calls it.
pub extern "C" fn h_get_method(vm_: *mut Vm, fp: *mut FrameRecord, site: u64, recv: u64) -> u64 {
    let vm = vm(vm_);
    let (_, code) = frame(fp);
    let (key, _) = code.call_text[site as usize];
    let r = match code.key(key) {
        PropKey::Atom(a) => ic::get_prop(vm, code.prop_ic_for_call(site as u32), v(recv), a),
        pk => interp::get_elem_value(vm, v(recv), pk),
    };
    ret(vm, r)
}

pub extern "C" fn h_call_spread(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    site: u64,
    callee: u64,
    this: u64,
    arr: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let c = v(callee);
    if !c.is_callable() {
        let e = interp::not_callable(vm, code, info, site as u32, c);
        return ret(vm, Err(e));
    }
    let args = interp::array_values(v(arr));
    let r = vm.call(c, v(this), &args);
    ret(vm, r)
}

pub extern "C" fn h_new(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    site: u64,
    callee: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let c = v(callee);
    let Some(co) = c.as_object().filter(|o| ops::is_constructor(*o)) else {
        let e = interp::not_constructor(vm, code, info, site as u32, c);
        return ret(vm, Err(e));
    };
    let r = call::construct(vm, co, values(argv, argc), c);
    ret(vm, r)
}

/// The `this` of `new callee(...)` (or of `super(...)` calling `callee`)
/// with new.target `new_target` when `callee` is a closure constructor
/// with native code: a new object for a base constructor, the hole for a
/// derived one (its `super()` makes it). [`layout::GENERIC`] when the
/// generic path must run.
pub extern "C" fn h_construct_this(vm_: *mut Vm, callee: u64, new_target: u64) -> u64 {
    let vm = vm(vm_);
    let Some(f) = v(callee)
        .as_object()
        .filter(|o| o.class() == Class::Function)
    else {
        return crate::layout::GENERIC;
    };
    let info = interp::func_info(f);
    if !info.kind.is_constructor() || info.jit_entry.get() == 0 {
        return crate::layout::GENERIC;
    }
    if info.kind == ir::FunctionKind::DerivedConstructor {
        return Value::HOLE.bits();
    }
    let r = call::ordinary_create(vm, info, v(new_target)).map(|o| o.value());
    ret(vm, r)
}

/// A new object of `shape` (an object of a constructor's cached shape
/// that native code could not allocate inline: the budget is spent, or the
/// free list is empty).
pub extern "C" fn h_new_object_of_shape(vm_: *mut Vm, shape: u64) -> u64 {
    let vm = vm(vm_);
    // SAFETY: native code passes a shape it keeps alive as a root.
    let shape =
        unsafe { crate::object::ShapeRef::from_raw(shape as *mut crate::object::ShapeCell) };
    vm.new_object_with_shape(shape).value().bits()
}

pub extern "C" fn h_new_spread(
    vm_: *mut Vm,
    fp: *mut FrameRecord,
    site: u64,
    callee: u64,
    arr: u64,
) -> u64 {
    let vm = vm(vm_);
    let (info, code) = frame(fp);
    let c = v(callee);
    let Some(co) = c.as_object().filter(|o| ops::is_constructor(*o)) else {
        let e = interp::not_constructor(vm, code, info, site as u32, c);
        return ret(vm, Err(e));
    };
    let args = interp::array_values(v(arr));
    let r = call::construct(vm, co, &args, c);
    ret(vm, r)
}

pub extern "C" fn h_super_call(
    vm_: *mut Vm,
    new_target: u64,
    active: u64,
    argv: *const u64,
    argc: u64,
) -> u64 {
    let vm = vm(vm_);
    let a = v(active).as_object().expect("active function");
    let r = call::super_call(vm, a, v(new_target), values(argv, argc));
    ret(vm, r)
}

pub extern "C" fn h_super_call_spread(vm_: *mut Vm, new_target: u64, active: u64, arr: u64) -> u64 {
    let vm = vm(vm_);
    let a = v(active).as_object().expect("active function");
    let args = interp::array_values(v(arr));
    let r = call::super_call(vm, a, v(new_target), &args);
    ret(vm, r)
}

// ---------------------------------------------------------------- operators

/// The one-unit string of code unit `unit` (`charAt` past the cached
/// ones, below 256).
pub extern "C" fn h_unit_string(vm_: *mut Vm, unit: u64) -> u64 {
    vm(vm_).string_value(&[unit as u16]).bits()
}

/// `s.slice(a, b)`, or `s.substring(a, b)` when `sub` is 1, with int32
/// bounds `a` and `b` (their low 32 bits), for native code that checked
/// that `s` is a string and the callee that built-in. Runs no JS and
/// cannot throw.
pub extern "C" fn h_str_slice(vm_: *mut Vm, s: u64, a: u64, b: u64, sub: u64) -> u64 {
    let vm = vm(vm_);
    let Some(s) = v(s).as_string() else {
        return vm.empty_string.bits();
    };
    let (from, to) = crate::builtins::string::piece_bounds(
        s.len(),
        i64::from(a as u32 as i32),
        i64::from(b as u32 as i32),
        sub != 0,
    );
    // `s` stays alive (and put) while the piece is allocated.
    vm.string_value(&s.units()[from..to]).bits()
}

/// `parseInt(s, radix)` for native code that checked that `callee` is the
/// built-in, `s` a string and `radix` an int32 or undefined, so that it
/// runs no JS and cannot throw.
pub extern "C" fn h_parse_int(vm_: *mut Vm, s: u64, radix: u64, callee: u64) -> u64 {
    let vm = vm(vm_);
    let Some(callee) = v(callee).as_object() else {
        return Value::number(f64::NAN).bits();
    };
    let args = [v(s), v(radix)];
    let r = crate::builtins::global::parse_int(
        vm,
        &crate::call::Args {
            this: Value::UNDEFINED,
            args: &args,
            new_target: Value::UNDEFINED,
            callee,
        },
    );
    ret(vm, r)
}

/// `Object.create(p)` (one argument) for native code that did not find
/// `p` in `Vm::create_cache`.
pub extern "C" fn h_object_create(vm_: *mut Vm, p: u64) -> u64 {
    let vm = vm(vm_);
    let r = crate::builtins::object::create_with_proto(vm, v(p));
    ret(vm, r)
}

/// `x % y` on doubles (C's `fmod`, which is JS's `%` on numbers).
pub extern "C" fn h_fmod(x: f64, y: f64) -> f64 {
    ops::js_mod(x, y)
}

/// `x === y` (1 or 0) for the operands native code does not compare
/// inline: strings, mostly. Runs no JS and cannot throw.
pub extern "C" fn h_strict_eq(a: u64, b: u64) -> u64 {
    ops::strict_equals(v(a), v(b)) as u64
}

/// A binary operator (opcode number `op`) on any operands.
pub extern "C" fn h_binop(vm_: *mut Vm, op: u64, a: u64, b: u64) -> u64 {
    let vm = vm(vm_);
    let (x, y) = (v(a), v(b));
    let r = match Opcode::ALL[op as usize] {
        Opcode::Add => ops::add(vm, x, y),
        Opcode::Sub => ops::arith(vm, NumOp::Sub, x, y),
        Opcode::Mul => ops::arith(vm, NumOp::Mul, x, y),
        Opcode::Div => ops::arith(vm, NumOp::Div, x, y),
        Opcode::Mod => ops::arith(vm, NumOp::Mod, x, y),
        Opcode::Exp => ops::arith(vm, NumOp::Exp, x, y),
        Opcode::BitAnd => ops::arith(vm, NumOp::BitAnd, x, y),
        Opcode::BitOr => ops::arith(vm, NumOp::BitOr, x, y),
        Opcode::BitXor => ops::arith(vm, NumOp::BitXor, x, y),
        Opcode::Shl => ops::arith(vm, NumOp::Shl, x, y),
        Opcode::Sar => ops::arith(vm, NumOp::Sar, x, y),
        Opcode::Shr => ops::arith(vm, NumOp::Shr, x, y),
        Opcode::Lt => ops::compare(vm, CmpOp::Lt, x, y).map(Value::bool),
        Opcode::Le => ops::compare(vm, CmpOp::Le, x, y).map(Value::bool),
        Opcode::Gt => ops::compare(vm, CmpOp::Gt, x, y).map(Value::bool),
        Opcode::Ge => ops::compare(vm, CmpOp::Ge, x, y).map(Value::bool),
        Opcode::LooseEq => ops::loose_equals(vm, x, y).map(Value::bool),
        Opcode::LooseNe => ops::loose_equals(vm, x, y).map(|r| Value::bool(!r)),
        Opcode::StrictEq => Ok(Value::bool(ops::strict_equals(x, y))),
        Opcode::StrictNe => Ok(Value::bool(!ops::strict_equals(x, y))),
        Opcode::InstanceOf => ops::instance_of(vm, x, y).map(Value::bool),
        other => unreachable!("{other:?} is not a binary operator"),
    };
    ret(vm, r)
}

/// `a + b` for two strings whose joined length native code checked is at
/// most `MAX_STRING_LENGTH`: never fails, never runs JS code.
pub extern "C" fn h_concat(vm_: *mut Vm, a: u64, b: u64) -> u64 {
    let vm = vm(vm_);
    let (x, y) = (
        v(a).as_string().expect("a string"),
        v(b).as_string().expect("a string"),
    );
    if x.is_empty() {
        return b;
    }
    if y.is_empty() {
        return a;
    }
    vm.new_string_concat(x, y).value().bits()
}

/// A unary operator (opcode number `op`) on any operand.
pub extern "C" fn h_unop(vm_: *mut Vm, op: u64, a: u64) -> u64 {
    let vm = vm(vm_);
    let x = v(a);
    let r = match Opcode::ALL[op as usize] {
        Opcode::Neg => conv::to_number(vm, x).map(|n| Value::number(-n)),
        Opcode::BitNot => conv::to_int32(vm, x).map(|i| Value::int(!i)),
        Opcode::ToNumber => conv::to_number(vm, x).map(Value::number),
        Opcode::Inc => conv::to_number(vm, x).map(|n| Value::number(n + 1.0)),
        Opcode::Dec => conv::to_number(vm, x).map(|n| Value::number(n - 1.0)),
        Opcode::Not => Ok(Value::bool(!conv::to_boolean(x))),
        Opcode::TypeOf => Ok(vm.atom_value(ops::type_of(x))),
        Opcode::ToStr => conv::to_string_value(vm, x),
        Opcode::ToPropertyKey => {
            if x.is_number() || x.is_string() {
                Ok(x)
            } else {
                conv::to_property_key(vm, x).map(|k| k.to_value(vm))
            }
        }
        other => unreachable!("{other:?} is not a unary operator"),
    };
    ret(vm, r)
}

/// ToBoolean (pure): 1 or 0.
pub extern "C" fn h_to_boolean(x: u64) -> u64 {
    conv::to_boolean(v(x)) as u64
}

// ---------------------------------------------------------------- iteration

pub extern "C" fn h_for_in_start(vm_: *mut Vm, obj: u64) -> u64 {
    let vm = vm(vm_);
    let r = call::for_in_start(vm, v(obj)).map(|it| it.value());
    ret(vm, r)
}

pub extern "C" fn h_for_in_next(vm_: *mut Vm, it: u64) -> u64 {
    let vm = vm(vm_);
    call::for_in_next(vm, v(it).as_object().expect("iterator")).bits()
}

pub extern "C" fn h_for_of_start(vm_: *mut Vm, fp: *mut FrameRecord, value: u64, text: u64) -> u64 {
    let vm = vm(vm_);
    let r = match call::for_of_start(vm, v(value)) {
        Some(it) => Ok(it.value()),
        None => {
            let (info, _) = frame(fp);
            let t = info.module(vm).ir.string_lossy(ir::StrId(text as u32));
            Err(vm.type_error(&format!("{t} is not iterable")))
        }
    };
    ret(vm, r)
}

pub extern "C" fn h_for_of_next(vm_: *mut Vm, it: u64) -> u64 {
    let vm = vm(vm_);
    let r = call::for_of_next(vm, v(it).as_object().expect("iterator"));
    ret(vm, r)
}

/// Keeps the `ObjRef` import meaningful for helpers that take objects.
#[allow(dead_code)]
fn _obj(o: ObjRef) -> Class {
    o.class()
}

/// A failed guard in speculative code: resumes the frame in the
/// interpreter at `point` with the spilled live values `vals` and returns
/// the frame's result (the native code returns it as its own).
pub extern "C" fn h_deopt(
    vm: *mut Vm,
    _fp: *mut FrameRecord,
    point: *const interp::DeoptPoint,
    vals: *const u64,
) -> u64 {
    let vm = self::vm(vm);
    // SAFETY: `point` is one of the function's deopt points, which live as
    // long as its `FuncInfo`; the code spilled the point's values (one per
    // register of each frame, and each inlined frame's `this`) at `vals`.
    let (point, vals) = unsafe {
        let point = &*point;
        (point, std::slice::from_raw_parts(vals, point.spilled()))
    };
    let r = interp::deopt(vm, point, vals);
    ret(vm, r)
}

/// `arr.push(x)` from inlined code whose inline store found no room: `arr`
/// is a dense, extensible array with a writable length equal to its dense
/// length (the code checked). Returns the new length.
pub extern "C" fn h_array_push_grow(vm_: *mut Vm, arr: u64, x: u64) -> u64 {
    let vm = vm(vm_);
    let a = v(arr).as_object().expect("an array");
    crate::builtins::array::push_value(vm, a, v(x));
    Value::number(a.array_length() as f64).bits()
}
