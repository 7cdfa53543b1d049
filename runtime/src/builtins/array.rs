//! `Array` and `Array.prototype` (ECMA-262 §23.1). Methods are generic
//! over array-likes as the specification says (lengths up to 2^53-1,
//! holes, inherited elements), with dense-array fast paths.
//!
//! `@@species` and `@@isConcatSpreadable` need symbols, which the engine
//! does not have; ArraySpeciesCreate behaves as with the default
//! `Array[@@species]` getter (a constructor inheriting from `Array`, such
//! as a subclass, is its own species), and only arrays are spread by
//! `concat`. `keys`, `values` and `entries` (iterator objects) are not
//! provided.

use super::{Intrinsic, constructor, intrinsic, method};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::interp::get_elem_value;
use crate::object::{Class, ObjRef, oflags, sflags};
use crate::ops;
use crate::property::{self, Descriptor, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// 2^53 - 1.
const MAX_SAFE: f64 = 9007199254740991.0;

/// A new empty array with room for `cap` elements.
pub fn new_array(vm: &mut Vm, cap: u32) -> ObjRef {
    let a = vm.new_object_with_shape(vm.realm.array_shape);
    if cap > 0 {
        let bytes = a.reserve_elements(cap);
        vm.heap.note_external(bytes);
    }
    a
}

/// A new array holding `values`.
pub fn new_array_from(vm: &mut Vm, values: &[Value]) -> ObjRef {
    let n = values.len() as u32;
    let a = new_array(vm, n);
    a.set_dense_len(n);
    for (i, &v) in values.iter().enumerate() {
        a.set_element(i as u32, v);
    }
    a.set_array_length(n);
    a
}

/// Appends `v` at index `length` of a dense array (or element count of an object).
pub fn push_value(vm: &mut Vm, a: ObjRef, v: Value) {
    let is_array = a.class() == Class::Array;
    let i = if is_array {
        a.array_length()
    } else {
        a.elem_len()
    };
    if a.is_sparse() || i != a.elem_len() {
        let _ = property::create_data_property(vm, a, PropKey::Index(i), v);
        if is_array && a.array_length() <= i {
            a.set_array_length(i + 1);
        }
        return;
    }
    let bytes = a.reserve_elements(i + 1);
    vm.heap.note_external(bytes);
    a.set_dense_len(i + 1);
    a.set_element(i, v);
    if is_array {
        a.set_array_length(i + 1);
    }
}

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.array_proto;
    let ctor = constructor(vm, "Array", 1, array_ctor, proto);
    super::set_intrinsic(vm, Intrinsic::Array, ctor);
    method(vm, ctor, "isArray", 1, is_array);
    method(vm, ctor, "from", 1, from);
    method(vm, ctor, "of", 0, of);
    let methods: [(&str, u32, NativeFn); 35] = [
        ("at", 1, at),
        ("concat", 1, concat),
        ("copyWithin", 2, copy_within),
        ("fill", 1, fill),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("lastIndexOf", 1, last_index_of),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("unshift", 1, unshift),
        ("slice", 2, slice),
        ("sort", 1, sort),
        ("splice", 2, splice),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("forEach", 1, for_each),
        ("filter", 1, filter),
        ("flat", 0, flat),
        ("flatMap", 1, flat_map),
        ("map", 1, map),
        ("every", 1, every),
        ("some", 1, some),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("toLocaleString", 0, to_locale_string),
        ("toString", 0, to_string),
        ("toReversed", 0, to_reversed),
        ("toSorted", 1, to_sorted),
        ("toSpliced", 2, to_spliced),
        ("with", 2, with),
    ];
    for (name, len, f) in methods {
        method(vm, proto, name, len, f);
    }
}

// ---------------------------------------------------------------- helpers

/// ToObject(this), with V8's message for null and undefined (which
/// depends on the method).
fn this_obj(vm: &mut Vm, args: &Args, name: &str) -> JsResult<ObjRef> {
    const NAMED: &[&str] = &[
        "concat",
        "indexOf",
        "forEach",
        "map",
        "filter",
        "reduce",
        "reduceRight",
        "some",
        "every",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
    ];
    if args.this.is_nullish() && NAMED.contains(&name) {
        return Err(vm.type_error(&format!(
            "Array.prototype.{name} called on null or undefined"
        )));
    }
    conv::to_object(vm, args.this)
}

/// LengthOfArrayLike.
pub fn length_of(vm: &mut Vm, o: ObjRef) -> JsResult<f64> {
    if o.class() == Class::Array {
        return Ok(o.array_length() as f64);
    }
    let l = property::get(vm, o, PropKey::Atom(atoms::LENGTH), o.value())?;
    conv::to_length(vm, l)
}

/// The property key of index `i` (0 <= i < 2^53): an array index below
/// 2^32 - 1, a string key above.
fn key(vm: &mut Vm, i: f64) -> PropKey {
    if i < u32::MAX as f64 {
        PropKey::Index(i as u32)
    } else {
        let s = conv::number_to_string(i);
        PropKey::Atom(vm.intern_str(&s))
    }
}

fn get_at(vm: &mut Vm, o: ObjRef, i: f64) -> JsResult<Value> {
    // An own data element of a dense array or plain object, as is.
    let j = i as u32;
    if matches!(o.class(), Class::Array | Class::Ordinary)
        && f64::from(j) == i
        && j < u32::MAX
        && !o.is_sparse()
        && j < o.elem_len()
    {
        let v = o.element(j);
        if !v.is_hole() {
            return Ok(v);
        }
    }
    let k = key(vm, i);
    get_elem_value(vm, o.value(), k)
}

/// HasProperty(O, i).
fn has_at(vm: &mut Vm, o: ObjRef, i: f64) -> bool {
    if i < u32::MAX as f64
        && !o.is_sparse()
        && (i as u32) < o.elem_len()
        && !o.element(i as u32).is_hole()
    {
        return true;
    }
    let k = key(vm, i);
    property::has_property(vm, o, k)
}

/// Set(O, i, v, true).
fn set_at(vm: &mut Vm, o: ObjRef, i: f64, v: Value) -> JsResult<()> {
    let k = key(vm, i);
    let r = crate::interp::set_elem_value(vm, o.value(), k, v)?;
    if let Err(f) = r {
        return Err(vm.set_failure_error(o.value(), k, f));
    }
    Ok(())
}

/// Set(O, "length", n, true).
fn set_length(vm: &mut Vm, o: ObjRef, n: f64) -> JsResult<()> {
    let k = PropKey::Atom(atoms::LENGTH);
    let r = property::set(vm, o, k, Value::number(n), o.value())?;
    if let Err(f) = r {
        return Err(vm.set_failure_error(o.value(), k, f));
    }
    Ok(())
}

/// DeletePropertyOrThrow(O, i).
fn delete_at(vm: &mut Vm, o: ObjRef, i: f64) -> JsResult<()> {
    let k = key(vm, i);
    if !property::delete(vm, o, k) {
        let shown = crate::errors::describe_for_message(vm, o.value());
        let name = k.to_rust(vm);
        return Err(vm.type_error(&format!("Cannot delete property '{name}' of {shown}")));
    }
    Ok(())
}

/// CreateDataPropertyOrThrow(A, i, v).
fn create_at(vm: &mut Vm, a: ObjRef, i: f64, v: Value) -> JsResult<()> {
    let k = key(vm, i);
    // Fast path: a new element of an extensible array with dense storage
    // (CreateDataProperty never consults the prototype chain).
    if a.class() == Class::Array
        && !a.is_sparse()
        && let PropKey::Index(n) = k
        && !a.shape().has(sflags::NOT_EXTENSIBLE)
        && (n < a.array_length() || !a.has_flag(oflags::LENGTH_READONLY))
    {
        let len = a.elem_len();
        if n < len && a.element(n).is_hole() {
            a.set_element(n, v);
            return Ok(());
        }
        if n == len {
            let bytes = a.reserve_elements(n + 1);
            vm.heap.note_external(bytes);
            a.set_dense_len(n + 1);
            a.set_element(n, v);
            if a.array_length() <= n {
                a.set_array_length(n + 1);
            }
            return Ok(());
        }
    }
    if !property::define_own(vm, a, k, Descriptor::data(v, ir::attrs::DEFAULT))? {
        let name = k.to_rust(vm);
        if property::get_own(vm, a, k).is_none() && !property::is_extensible(a) {
            return Err(vm.type_error(&format!(
                "Cannot add property {name}, object is not extensible"
            )));
        }
        return Err(vm.type_error(&format!("Cannot redefine property: {name}")));
    }
    Ok(())
}

fn callback(vm: &mut Vm, f: Value) -> JsResult<Value> {
    if f.is_callable() {
        return Ok(f);
    }
    let shown = crate::errors::describe_for_message(vm, f);
    Err(vm.type_error(&format!("{shown} is not a function")))
}

/// A relative index argument (slice, splice, fill, copyWithin...).
fn relative(vm: &mut Vm, v: Value, len: f64, default: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = conv::to_integer_or_infinity(vm, v)?;
    Ok(if n < 0.0 {
        (len + n).max(0.0)
    } else {
        n.min(len)
    })
}

/// ArrayCreate(len).
fn array_create(vm: &mut Vm, len: f64) -> JsResult<ObjRef> {
    if len > u32::MAX as f64 {
        return Err(vm.range_error("Invalid array length"));
    }
    let a = new_array(vm, (len as u32).min(1 << 16));
    a.set_array_length(len as u32);
    Ok(a)
}

/// Does `c` inherit the default `Array[@@species]` getter (is it %Array%
/// or a constructor whose prototype chain reaches %Array%)?
fn has_array_species(vm: &Vm, c: ObjRef) -> bool {
    let Some(array) = intrinsic(vm, Intrinsic::Array) else {
        return false;
    };
    let mut o = Some(c);
    while let Some(x) = o {
        if x == array {
            return true;
        }
        o = x.proto();
    }
    false
}

/// ArraySpeciesCreate(original, len).
fn species_create(vm: &mut Vm, original: ObjRef, len: f64) -> JsResult<ObjRef> {
    if original.class() != Class::Array {
        return array_create(vm, len);
    }
    let c = property::get(
        vm,
        original,
        PropKey::Atom(atoms::CONSTRUCTOR),
        original.value(),
    )?;
    if c.is_undefined() {
        return array_create(vm, len);
    }
    let Some(co) = c.as_object() else {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    };
    if Some(co) == intrinsic(vm, Intrinsic::Array) || !has_array_species(vm, co) {
        return array_create(vm, len);
    }
    if !ops::is_constructor(co) {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    let r = crate::call::construct(vm, co, &[Value::number(len)], c)?;
    match r.as_object() {
        Some(o) => Ok(o),
        None => Err(vm.type_error("object.constructor[Symbol.species] is not a constructor")),
    }
}

/// `this` as a constructor for Array.from / Array.of, unless it is %Array%.
fn this_constructor(vm: &Vm, args: &Args) -> Option<ObjRef> {
    let c = args.this.as_object()?;
    if Some(c) == intrinsic(vm, Intrinsic::Array) || !ops::is_constructor(c) {
        return None;
    }
    Some(c)
}

// ---------------------------------------------------------------- constructor

fn array_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let a = new_array(vm, 0);
    if args.is_construct() && args.new_target != args.callee.value() {
        let nt = args.new_target.as_object().unwrap();
        let p = property::get(vm, nt, PropKey::Atom(atoms::PROTOTYPE), args.new_target)?;
        if let Some(p) = p.as_object() {
            crate::shape::set_prototype(vm, a, Some(p));
        }
    }
    if args.len() == 1 {
        let n = args.get(0);
        if n.is_number() {
            let x = n.as_number();
            if x < 0.0 || x != (x as u32) as f64 {
                return Err(vm.range_error("Invalid array length"));
            }
            a.set_array_length(x as u32);
        } else {
            push_value(vm, a, n);
        }
        return Ok(a.value());
    }
    for &v in args.args {
        push_value(vm, a, v);
    }
    Ok(a.value())
}

fn is_array(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(
        args.get(0)
            .as_object()
            .is_some_and(|o| o.class() == Class::Array),
    ))
}

/// Array.of(...items).
fn of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = args.len() as f64;
    let a = match this_constructor(vm, args) {
        Some(c) => {
            let r = crate::call::construct(vm, c, &[Value::number(n)], c.value())?;
            conv::to_object(vm, r)?
        }
        None => array_create(vm, n)?,
    };
    for (k, &v) in args.args.iter().enumerate() {
        create_at(vm, a, k as f64, v)?;
    }
    set_length(vm, a, n)?;
    Ok(a.value())
}

/// Array.from(items, mapfn, thisArg).
fn from(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let src = args.get(0);
    let f = args.get(1);
    let mapping = !f.is_undefined();
    if mapping {
        callback(vm, f)?;
    }
    if src.is_nullish() {
        return Err(super::not_iterable(vm, src));
    }
    let ctor = this_constructor(vm, args);
    let mut k = 0f64;
    if let Some(it) = crate::call::for_of_start(vm, src) {
        let a = match ctor {
            Some(c) => {
                let r = crate::call::construct(vm, c, &[], c.value())?;
                conv::to_object(vm, r)?
            }
            None => new_array(vm, 0),
        };
        loop {
            let v = crate::call::for_of_next(vm, it)?;
            if v.is_hole() {
                break;
            }
            let v = if mapping {
                vm.call(f, args.get(2), &[v, Value::number(k)])?
            } else {
                v
            };
            create_at(vm, a, k, v)?;
            k += 1.0;
        }
        set_length(vm, a, k)?;
        return Ok(a.value());
    }
    let o = conv::to_object(vm, src)?;
    let len = length_of(vm, o)?;
    let a = match ctor {
        Some(c) => {
            let r = crate::call::construct(vm, c, &[Value::number(len)], c.value())?;
            conv::to_object(vm, r)?
        }
        None => array_create(vm, len)?,
    };
    while k < len {
        let v = get_at(vm, o, k)?;
        let v = if mapping {
            vm.call(f, args.get(2), &[v, Value::number(k)])?
        } else {
            v
        };
        create_at(vm, a, k, v)?;
        k += 1.0;
    }
    set_length(vm, a, len)?;
    Ok(a.value())
}

// ---------------------------------------------------------------- mutators

/// Is `f` the built-in `Array.prototype.push` (the JIT inlines it)?
pub fn is_push(f: Value) -> bool {
    super::is_native(f, push)
}

fn push(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "push")?;
    if o.class() == Class::Array
        && !o.is_sparse()
        && o.array_length() == o.elem_len()
        && !vm.indexed_protos
        && !o.has_flag(oflags::LENGTH_READONLY)
        && !o.shape().has(sflags::NOT_EXTENSIBLE)
        && o.array_length() as usize + args.len() < u32::MAX as usize
    {
        for &v in args.args {
            push_value(vm, o, v);
        }
        return Ok(Value::number(o.array_length() as f64));
    }
    let mut len = length_of(vm, o)?;
    if len + args.len() as f64 > MAX_SAFE {
        return Err(vm.type_error(&format!(
            "Pushing {} elements on an array-like of length {} is disallowed, as the total surpasses 2**53-1",
            args.len(),
            conv::number_to_string(len)
        )));
    }
    for &v in args.args {
        set_at(vm, o, len, v)?;
        len += 1.0;
    }
    set_length(vm, o, len)?;
    Ok(Value::number(len))
}

/// Whether `pop` and `shift` may work on `o`'s dense elements directly:
/// an array whose dense elements are all of its `len`, with no indexed
/// property on any prototype, elements that may be deleted and a length
/// that may be set.
fn dense_and_shrinkable(vm: &Vm, o: ObjRef, len: f64) -> bool {
    o.class() == Class::Array
        && !o.is_sparse()
        && o.elem_len() as f64 == len
        && !vm.indexed_protos
        && !o.shape().has(sflags::SEALED_ELEMENTS)
        && !o.has_flag(oflags::LENGTH_READONLY)
}

fn pop(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "pop")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    // Dense fast path: the last element, not a hole, goes.
    if dense_and_shrinkable(vm, o, len) {
        let n = o.elem_len();
        let v = o.element(n - 1);
        if !v.is_hole() {
            o.set_elem_len(n - 1);
            o.set_array_length(n - 1);
            return Ok(v);
        }
    }
    let v = get_at(vm, o, len - 1.0)?;
    delete_at(vm, o, len - 1.0)?;
    set_length(vm, o, len - 1.0)?;
    Ok(v)
}

fn shift(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "shift")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get_at(vm, o, 0.0)?;
    // Dense fast path. With no indexed property on the prototypes, the
    // general algorithm moves each element down and deletes where it
    // finds a hole: a hole moves down as a hole, which one copy does too.
    if dense_and_shrinkable(vm, o, len) {
        let n = o.elem_len();
        o.shift_dense();
        o.set_array_length(n - 1);
        return Ok(first);
    }
    let mut k = 1.0;
    while k < len {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            set_at(vm, o, k - 1.0, v)?;
        } else {
            delete_at(vm, o, k - 1.0)?;
        }
        k += 1.0;
    }
    delete_at(vm, o, len - 1.0)?;
    set_length(vm, o, len - 1.0)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "unshift")?;
    let len = length_of(vm, o)?;
    let n = args.len() as f64;
    if n > 0.0 {
        if len + n > MAX_SAFE {
            return Err(vm.type_error("Invalid array length"));
        }
        let mut k = len;
        while k > 0.0 {
            let from = k - 1.0;
            let to = k + n - 1.0;
            if has_at(vm, o, from) {
                let v = get_at(vm, o, from)?;
                set_at(vm, o, to, v)?;
            } else {
                delete_at(vm, o, to)?;
            }
            k -= 1.0;
        }
        for (j, &v) in args.args.iter().enumerate() {
            set_at(vm, o, j as f64, v)?;
        }
    }
    set_length(vm, o, len + n)?;
    Ok(Value::number(len + n))
}

fn splice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "splice")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, args.get(0), len, 0.0)?;
    let delete_count = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - start
    } else {
        conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, len - start)
    };
    let items: &[Value] = if args.len() > 2 { &args.args[2..] } else { &[] };
    let item_count = items.len() as f64;
    if len + item_count - delete_count > MAX_SAFE {
        return Err(vm.type_error("Invalid array length"));
    }
    let removed = species_create(vm, o, delete_count)?;
    let mut k = 0.0;
    while k < delete_count {
        let from = start + k;
        if has_at(vm, o, from) {
            let v = get_at(vm, o, from)?;
            create_at(vm, removed, k, v)?;
        }
        k += 1.0;
    }
    set_length(vm, removed, delete_count)?;
    if item_count < delete_count {
        let mut k = start;
        while k < len - delete_count {
            let from = k + delete_count;
            let to = k + item_count;
            if has_at(vm, o, from) {
                let v = get_at(vm, o, from)?;
                set_at(vm, o, to, v)?;
            } else {
                delete_at(vm, o, to)?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - delete_count + item_count {
            delete_at(vm, o, k - 1.0)?;
            k -= 1.0;
        }
    } else if item_count > delete_count {
        let mut k = len - delete_count;
        while k > start {
            let from = k + delete_count - 1.0;
            let to = k + item_count - 1.0;
            if has_at(vm, o, from) {
                let v = get_at(vm, o, from)?;
                set_at(vm, o, to, v)?;
            } else {
                delete_at(vm, o, to)?;
            }
            k -= 1.0;
        }
    }
    for (j, &v) in items.iter().enumerate() {
        set_at(vm, o, start + j as f64, v)?;
    }
    set_length(vm, o, len - delete_count + item_count)?;
    Ok(removed.value())
}

fn reverse(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "reverse")?;
    let len = length_of(vm, o)?;
    let mut lower = 0f64;
    let middle = (len / 2.0).floor();
    while lower != middle {
        let upper = len - lower - 1.0;
        let le = has_at(vm, o, lower);
        let lv = if le {
            get_at(vm, o, lower)?
        } else {
            Value::UNDEFINED
        };
        let ue = has_at(vm, o, upper);
        let uv = if ue {
            get_at(vm, o, upper)?
        } else {
            Value::UNDEFINED
        };
        match (le, ue) {
            (true, true) => {
                set_at(vm, o, lower, uv)?;
                set_at(vm, o, upper, lv)?;
            }
            (false, true) => {
                set_at(vm, o, lower, uv)?;
                delete_at(vm, o, upper)?;
            }
            (true, false) => {
                delete_at(vm, o, lower)?;
                set_at(vm, o, upper, lv)?;
            }
            (false, false) => {}
        }
        lower += 1.0;
    }
    Ok(o.value())
}

fn fill(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "fill")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, args.get(1), len, 0.0)?;
    let end = relative(vm, args.get(2), len, len)?;
    let mut k = start;
    while k < end {
        set_at(vm, o, k, args.get(0))?;
        k += 1.0;
    }
    Ok(o.value())
}

fn copy_within(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "copyWithin")?;
    let len = length_of(vm, o)?;
    let to = relative(vm, args.get(0), len, 0.0)?;
    let from = relative(vm, args.get(1), len, 0.0)?;
    let fin = relative(vm, args.get(2), len, len)?;
    let count = (fin - from).min(len - to);
    if count <= 0.0 {
        return Ok(o.value());
    }
    let (mut from, mut to, dir) = if from < to && to < from + count {
        (from + count - 1.0, to + count - 1.0, -1.0)
    } else {
        (from, to, 1.0)
    };
    let mut count = count;
    while count > 0.0 {
        if has_at(vm, o, from) {
            let v = get_at(vm, o, from)?;
            set_at(vm, o, to, v)?;
        } else {
            delete_at(vm, o, to)?;
        }
        from += dir;
        to += dir;
        count -= 1.0;
    }
    Ok(o.value())
}

/// SortCompare with an optional comparator.
fn sort_compare(vm: &mut Vm, cmp: Value, x: Value, y: Value) -> JsResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_undefined() && y.is_undefined() {
        return Ok(Ordering::Equal);
    }
    if x.is_undefined() {
        return Ok(Ordering::Greater);
    }
    if y.is_undefined() {
        return Ok(Ordering::Less);
    }
    if !cmp.is_undefined() {
        let r = vm.call(cmp, Value::UNDEFINED, &[x, y])?;
        let n = conv::to_number(vm, r)?;
        return Ok(if n < 0.0 {
            Ordering::Less
        } else if n > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        });
    }
    if x.is_int() && y.is_int() {
        let (a, b) = (x.as_int(), y.as_int());
        if a >= 0 && b >= 0 {
            return Ok(a.to_string().cmp(&b.to_string()));
        }
    }
    let xs = conv::to_string(vm, x)?;
    let ys = conv::to_string(vm, y)?;
    Ok(xs.units().cmp(ys.units()))
}

/// A stable merge sort whose comparisons may throw.
fn merge_sort(vm: &mut Vm, cmp: Value, v: &mut Vec<Value>) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut buf = v.clone();
    // Insertion-sort runs of 8 first.
    const RUN: usize = 8;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && sort_compare(vm, cmp, v[j - 1], v[j])? == std::cmp::Ordering::Greater
            {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < end {
                if sort_compare(vm, cmp, v[a], v[b])? != std::cmp::Ordering::Greater {
                    buf[k] = v[a];
                    a += 1;
                } else {
                    buf[k] = v[b];
                    b += 1;
                }
                k += 1;
            }
            buf[k..k + mid - a].copy_from_slice(&v[a..mid]);
            k += mid - a;
            buf[k..k + end - b].copy_from_slice(&v[b..end]);
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn check_comparator(vm: &mut Vm, cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !cmp.is_callable() {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    Ok(())
}

/// SortIndexedProperties: the values at 0..len (only present ones when
/// `skip_holes`), sorted. The values are kept reachable in an array while
/// comparators run.
fn sorted_values(
    vm: &mut Vm,
    o: ObjRef,
    len: f64,
    cmp: Value,
    skip_holes: bool,
) -> JsResult<Vec<Value>> {
    let holder = new_array(vm, 0);
    vm.roots.push(holder.value());
    let r = (|| {
        let mut k = 0.0;
        while k < len {
            if !skip_holes || has_at(vm, o, k) {
                let v = get_at(vm, o, k)?;
                push_value(vm, holder, v);
            }
            k += 1.0;
        }
        let mut items: Vec<Value> = (0..holder.elem_len()).map(|i| holder.element(i)).collect();
        merge_sort(vm, cmp, &mut items)?;
        Ok(items)
    })();
    vm.roots.pop();
    r
}

fn sort(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let cmp = args.get(0);
    check_comparator(vm, cmp)?;
    let o = this_obj(vm, args, "sort")?;
    let len = length_of(vm, o)?;
    let items = sorted_values(vm, o, len, cmp, true)?;
    // The sorted values are only in a Rust vector now: keep them reachable.
    let holder = new_array_from(vm, &items);
    vm.roots.push(holder.value());
    let r = (|| {
        let n = items.len();
        for (i, &v) in items.iter().enumerate() {
            set_at(vm, o, i as f64, v)?;
        }
        let mut k = n as f64;
        while k < len {
            delete_at(vm, o, k)?;
            k += 1.0;
        }
        Ok(())
    })();
    vm.roots.pop();
    r?;
    Ok(o.value())
}

fn to_sorted(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let cmp = args.get(0);
    check_comparator(vm, cmp)?;
    let o = this_obj(vm, args, "toSorted")?;
    let len = length_of(vm, o)?;
    let a = array_create(vm, len)?;
    let items = sorted_values(vm, o, len, cmp, false)?;
    a.set_array_length(0);
    for v in items {
        push_value(vm, a, v);
    }
    Ok(a.value())
}

fn to_reversed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "toReversed")?;
    let len = length_of(vm, o)?;
    let a = array_create(vm, len)?;
    a.set_array_length(0);
    let mut k = 0.0;
    while k < len {
        let v = get_at(vm, o, len - k - 1.0)?;
        push_value(vm, a, v);
        k += 1.0;
    }
    Ok(a.value())
}

fn to_spliced(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "toSpliced")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, args.get(0), len, 0.0)?;
    let items: &[Value] = if args.len() > 2 { &args.args[2..] } else { &[] };
    let skip = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - start
    } else {
        conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, len - start)
    };
    let new_len = len + items.len() as f64 - skip;
    if new_len > MAX_SAFE {
        return Err(vm.type_error("Invalid array length"));
    }
    let a = array_create(vm, new_len)?;
    a.set_array_length(0);
    let mut k = 0.0;
    while k < start {
        let v = get_at(vm, o, k)?;
        push_value(vm, a, v);
        k += 1.0;
    }
    for &v in items {
        push_value(vm, a, v);
    }
    let mut r = start + skip;
    while r < len {
        let v = get_at(vm, o, r)?;
        push_value(vm, a, v);
        r += 1.0;
    }
    Ok(a.value())
}

fn with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "with")?;
    let len = length_of(vm, o)?;
    let rel = conv::to_integer_or_infinity(vm, args.get(0))?;
    let actual = if rel >= 0.0 { rel } else { len + rel };
    if actual >= len || actual < 0.0 {
        let shown = conv::number_to_string(rel);
        return Err(vm.range_error(&format!("Invalid index : {shown}")));
    }
    let a = array_create(vm, len)?;
    a.set_array_length(0);
    let mut k = 0.0;
    while k < len {
        let v = if k == actual {
            args.get(1)
        } else {
            get_at(vm, o, k)?
        };
        push_value(vm, a, v);
        k += 1.0;
    }
    Ok(a.value())
}

// ---------------------------------------------------------------- accessors

fn slice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "slice")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, args.get(0), len, 0.0)?;
    let end = relative(vm, args.get(1), len, len)?;
    let count = (end - start).max(0.0);
    let out = species_create(vm, o, count)?;
    let mut n = 0.0;
    let mut k = start;
    while k < end {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            create_at(vm, out, n, v)?;
        }
        n += 1.0;
        k += 1.0;
    }
    set_length(vm, out, n)?;
    Ok(out.value())
}

fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "concat")?;
    let out = species_create(vm, o, 0.0)?;
    let mut n = 0f64;
    let mut items = vec![o.value()];
    items.extend_from_slice(args.args);
    for e in items {
        match e.as_object().filter(|x| x.class() == Class::Array) {
            Some(a) => {
                let len = length_of(vm, a)?;
                if n + len > MAX_SAFE {
                    return Err(vm.type_error("Invalid array length"));
                }
                let mut k = 0.0;
                while k < len {
                    if has_at(vm, a, k) {
                        let v = get_at(vm, a, k)?;
                        create_at(vm, out, n, v)?;
                    }
                    n += 1.0;
                    k += 1.0;
                }
            }
            None => {
                if n >= MAX_SAFE {
                    return Err(vm.type_error("Invalid array length"));
                }
                create_at(vm, out, n, e)?;
                n += 1.0;
            }
        }
    }
    set_length(vm, out, n)?;
    Ok(out.value())
}

/// `join` of a dense array whose elements are all strings (the common
/// case: pieces pushed, then joined): the result's length first, then one
/// allocation written once, with no growing buffer, no generic element
/// reads and no second copy. None for anything else (holes, other values,
/// a result too long), which the general path handles.
fn join_strings(vm: &mut Vm, o: ObjRef, sep: &[u16]) -> Option<Value> {
    if o.class() != Class::Array || o.is_sparse() {
        return None;
    }
    let n = o.array_length();
    // Indices past the dense part are holes, read through the prototypes.
    if n > o.elem_len() {
        return None;
    }
    let mut total = sep.len() * (n as usize).saturating_sub(1);
    for i in 0..n {
        // A hole is not a string.
        total += o.element(i).as_string()?.len();
    }
    if total > crate::MAX_STRING_LENGTH {
        return None;
    }
    match n {
        0 => return Some(vm.empty_string),
        1 => return Some(o.element(0)),
        _ => {}
    }
    let cell = vm.alloc_cell(crate::string::string_cell_size(total));
    // A collection in `alloc_cell` keeps `o` (on this stack) and so its
    // strings; no JS ran, so the elements are the ones measured.
    let fill = |dst: &mut [u16]| {
        let mut at = 0;
        for i in 0..n {
            if i > 0 {
                dst[at..at + sep.len()].copy_from_slice(sep);
                at += sep.len();
            }
            let units = o.element(i).as_string().map_or(&[][..], |s| s.units());
            dst[at..at + units.len()].copy_from_slice(units);
            at += units.len();
        }
    };
    // SAFETY: a fresh cell with room for `total` units, which `fill`
    // writes: the same elements and separators that were measured.
    Some(unsafe { crate::string::init_string_with(cell, total, fill) }.value())
}

/// Array.prototype.join's core (cycles print as empty strings, as V8 does).
pub fn join_values(vm: &mut Vm, o: ObjRef, sep: &[u16]) -> JsResult<Value> {
    join_with(vm, o, sep, false)
}

fn join_with(vm: &mut Vm, o: ObjRef, sep: &[u16], locale: bool) -> JsResult<Value> {
    if vm.join_stack.contains(&o) {
        return Ok(vm.empty_string);
    }
    if !locale && let Some(s) = join_strings(vm, o, sep) {
        return Ok(s);
    }
    let len = length_of(vm, o)?;
    vm.join_stack.push(o);
    let r = (|| -> JsResult<Value> {
        let mut out: Vec<u16> = Vec::new();
        let mut k = 0.0;
        while k < len {
            if k > 0.0 {
                out.extend_from_slice(sep);
            }
            let v = get_at(vm, o, k)?;
            if !v.is_nullish() {
                let v = if locale {
                    let name = PropKey::Atom(vm.intern_str("toLocaleString"));
                    let f = property::get_value(vm, v, name)?;
                    if !f.is_callable() {
                        let shown = crate::errors::describe_for_message(vm, f);
                        return Err(vm.type_error(&format!("{shown} is not a function")));
                    }
                    vm.call(f, v, &[])?
                } else {
                    v
                };
                let s = conv::to_string(vm, v)?;
                out.extend_from_slice(s.units());
            }
            if out.len() > crate::MAX_STRING_LENGTH {
                return Err(vm.range_error("Invalid string length"));
            }
            k += 1.0;
        }
        Ok(vm.string_value(&out))
    })();
    vm.join_stack.pop();
    r
}

fn join(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "join")?;
    let sep = args.get(0);
    let sep: Vec<u16> = if sep.is_undefined() {
        vec![b',' as u16]
    } else {
        conv::to_string(vm, sep)?.units().to_vec()
    };
    join_values(vm, o, &sep)
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "toString")?;
    let f = property::get(vm, o, PropKey::Atom(atoms::JOIN), o.value())?;
    if f.is_callable() {
        return vm.call(f, o.value(), &[]);
    }
    super::object::to_string(vm, args)
}

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "toLocaleString")?;
    join_with(vm, o, &[b',' as u16], true)
}

fn index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "indexOf")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = conv::to_integer_or_infinity(vm, args.get(1))?;
    let mut k = if n >= 0.0 { n } else { (len + n).max(0.0) };
    while k < len {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            if ops::strict_equals(v, args.get(0)) {
                return Ok(Value::number(k));
            }
        }
        k += 1.0;
    }
    Ok(Value::int(-1))
}

fn last_index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "lastIndexOf")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 {
        conv::to_integer_or_infinity(vm, args.get(1))?
    } else {
        len - 1.0
    };
    let mut k = if n >= 0.0 { n.min(len - 1.0) } else { len + n };
    while k >= 0.0 {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            if ops::strict_equals(v, args.get(0)) {
                return Ok(Value::number(k));
            }
        }
        k -= 1.0;
    }
    Ok(Value::int(-1))
}

fn includes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "includes")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::FALSE);
    }
    let n = conv::to_integer_or_infinity(vm, args.get(1))?;
    let mut k = if n >= 0.0 { n } else { (len + n).max(0.0) };
    while k < len {
        let v = get_at(vm, o, k)?;
        if ops::same_value_zero(v, args.get(0)) {
            return Ok(Value::TRUE);
        }
        k += 1.0;
    }
    Ok(Value::FALSE)
}

fn at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "at")?;
    let len = length_of(vm, o)?;
    let n = conv::to_integer_or_infinity(vm, args.get(0))?;
    let k = if n >= 0.0 { n } else { len + n };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    get_at(vm, o, k)
}

/// FlattenIntoArray; returns the next target index.
fn flatten_into(
    vm: &mut Vm,
    target: ObjRef,
    src: ObjRef,
    start: f64,
    depth: f64,
    mapper: Option<(Value, Value)>,
    level: usize,
) -> JsResult<f64> {
    let len = length_of(vm, src)?;
    let mut target_index = start;
    let mut k = 0.0;
    while k < len {
        if has_at(vm, src, k) {
            let mut v = get_at(vm, src, k)?;
            if let Some((f, this_arg)) = mapper {
                v = vm.call(f, this_arg, &[v, Value::number(k), src.value()])?;
            }
            match v.as_object().filter(|x| x.class() == Class::Array) {
                Some(inner) if depth > 0.0 => {
                    if level >= crate::vm::MAX_CALL_DEPTH
                        || crate::interp::native_stack_exhausted(vm)
                    {
                        return Err(vm.range_error("Maximum call stack size exceeded"));
                    }
                    target_index = flatten_into(
                        vm,
                        target,
                        inner,
                        target_index,
                        depth - 1.0,
                        None,
                        level + 1,
                    )?;
                }
                _ => {
                    if target_index >= MAX_SAFE {
                        return Err(vm.type_error("Invalid array length"));
                    }
                    create_at(vm, target, target_index, v)?;
                    target_index += 1.0;
                }
            }
        }
        k += 1.0;
    }
    Ok(target_index)
}

fn flat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "flat")?;
    let depth = if args.get(0).is_undefined() {
        1.0
    } else {
        conv::to_integer_or_infinity(vm, args.get(0))?.max(0.0)
    };
    let out = species_create(vm, o, 0.0)?;
    flatten_into(vm, out, o, 0.0, depth, None, 0)?;
    Ok(out.value())
}

fn flat_map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "flatMap")?;
    length_of(vm, o)?;
    let f = args.get(0);
    if !f.is_callable() {
        return Err(vm.type_error("flatMap mapper function is not callable"));
    }
    let out = species_create(vm, o, 0.0)?;
    flatten_into(vm, out, o, 0.0, 1.0, Some((f, args.get(1))), 0)?;
    Ok(out.value())
}

// ---------------------------------------------------------------- iteration

/// Calls `f(value, index, o)` for each element (present ones only when
/// `skip_holes`), in order or in reverse; stops when `visit` says so and
/// returns the index it stopped at.
fn each(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    mut visit: impl FnMut(&mut Vm, Value, f64, Value) -> JsResult<bool>,
    skip_holes: bool,
    reverse: bool,
) -> JsResult<Option<f64>> {
    let o = this_obj(vm, args, name)?;
    let len = length_of(vm, o)?;
    let f = callback(vm, args.get(0))?;
    let this_arg = args.get(1);
    let mut step = |vm: &mut Vm, k: f64| -> JsResult<bool> {
        if skip_holes && !has_at(vm, o, k) {
            return Ok(false);
        }
        let v = get_at(vm, o, k)?;
        let r = vm.call(f, this_arg, &[v, Value::number(k), o.value()])?;
        visit(vm, v, k, r)
    };
    if reverse {
        let mut k = len - 1.0;
        while k >= 0.0 {
            if step(vm, k)? {
                return Ok(Some(k));
            }
            k -= 1.0;
        }
    } else {
        let mut k = 0.0;
        while k < len {
            if step(vm, k)? {
                return Ok(Some(k));
            }
            k += 1.0;
        }
    }
    Ok(None)
}

fn for_each(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    each(vm, args, "forEach", |_, _, _, _| Ok(false), true, false)?;
    Ok(Value::UNDEFINED)
}

fn map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "map")?;
    let len = length_of(vm, o)?;
    let f = callback(vm, args.get(0))?;
    let out = species_create(vm, o, len)?;
    let mut k = 0.0;
    while k < len {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            let r = vm.call(f, args.get(1), &[v, Value::number(k), o.value()])?;
            create_at(vm, out, k, r)?;
        }
        k += 1.0;
    }
    Ok(out.value())
}

fn filter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "filter")?;
    let len = length_of(vm, o)?;
    let f = callback(vm, args.get(0))?;
    let out = species_create(vm, o, 0.0)?;
    let mut to = 0.0;
    let mut k = 0.0;
    while k < len {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            let r = vm.call(f, args.get(1), &[v, Value::number(k), o.value()])?;
            if conv::to_boolean(r) {
                create_at(vm, out, to, v)?;
                to += 1.0;
            }
        }
        k += 1.0;
    }
    Ok(out.value())
}

fn some(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let r = each(
        vm,
        args,
        "some",
        |_, _, _, r| Ok(conv::to_boolean(r)),
        true,
        false,
    )?;
    Ok(Value::bool(r.is_some()))
}

fn every(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let r = each(
        vm,
        args,
        "every",
        |_, _, _, r| Ok(!conv::to_boolean(r)),
        true,
        false,
    )?;
    Ok(Value::bool(r.is_none()))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, last: bool) -> JsResult<(Value, f64)> {
    let mut found = Value::UNDEFINED;
    let r = each(
        vm,
        args,
        name,
        |_, v, _, r| {
            let hit = conv::to_boolean(r);
            if hit {
                found = v;
            }
            Ok(hit)
        },
        false,
        last,
    )?;
    Ok((found, r.unwrap_or(-1.0)))
}

fn find(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(find_impl(vm, args, "find", false)?.0)
}

fn find_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::number(find_impl(vm, args, "findIndex", false)?.1))
}

fn find_last(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(find_impl(vm, args, "findLast", true)?.0)
}

fn find_last_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::number(find_impl(vm, args, "findLastIndex", true)?.1))
}

fn reduce_impl(vm: &mut Vm, args: &Args, right: bool) -> JsResult<Value> {
    let name = if right { "reduceRight" } else { "reduce" };
    let o = this_obj(vm, args, name)?;
    let len = length_of(vm, o)?;
    let f = callback(vm, args.get(0))?;
    let mut acc = None;
    if args.len() >= 2 {
        acc = Some(args.get(1));
    }
    let mut k = if right { len - 1.0 } else { 0.0 };
    while (right && k >= 0.0) || (!right && k < len) {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            acc = Some(match acc {
                None => v,
                Some(a) => vm.call(f, Value::UNDEFINED, &[a, v, Value::number(k), o.value()])?,
            });
        }
        k += if right { -1.0 } else { 1.0 };
    }
    match acc {
        Some(a) => Ok(a),
        None => Err(vm.type_error("Reduce of empty array with no initial value")),
    }
}

fn reduce(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    reduce_impl(vm, args, false)
}

fn reduce_right(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    reduce_impl(vm, args, true)
}
