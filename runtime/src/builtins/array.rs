//! `Array` and `Array.prototype` (ECMA-262 §23.1). Methods are generic
//! over array-likes as the specification says, with dense-array fast paths.

use super::{constructor, method};
use crate::atoms;
use crate::call::Args;
use crate::conv;
use crate::interp::get_elem_value;
use crate::object::{Class, ObjRef, oflags};
use crate::ops;
use crate::property::{self, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

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
    method(vm, ctor, "isArray", 1, is_array);
    method(vm, ctor, "of", 0, of);
    method(vm, ctor, "from", 1, from);
    for (name, len, f) in [
        ("push", 1, push as crate::call::NativeFn),
        ("pop", 0, pop),
        ("shift", 0, shift),
        ("unshift", 1, unshift),
        ("slice", 2, slice),
        ("splice", 2, splice),
        ("concat", 1, concat),
        ("join", 1, join),
        ("toString", 0, to_string),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes),
        ("reverse", 0, reverse),
        ("sort", 1, sort),
        ("forEach", 1, for_each),
        ("map", 1, map),
        ("filter", 1, filter),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("some", 1, some),
        ("every", 1, every),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("fill", 1, fill),
        ("at", 1, at),
        ("flat", 0, flat),
    ] {
        method(vm, proto, name, len, f);
    }
}

// ---------------------------------------------------------------- helpers

fn this_obj(vm: &mut Vm, args: &Args, name: &str) -> JsResult<ObjRef> {
    if args.this.is_nullish() {
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

fn key(i: f64) -> PropKey {
    if i < u32::MAX as f64 {
        PropKey::Index(i as u32)
    } else {
        PropKey::Index(u32::MAX - 1)
    }
}

fn get_at(vm: &mut Vm, o: ObjRef, i: f64) -> JsResult<Value> {
    get_elem_value(vm, o.value(), key(i))
}

fn has_at(vm: &mut Vm, o: ObjRef, i: f64) -> bool {
    if !o.is_sparse() && (i as u32) < o.elem_len() && !o.element(i as u32).is_hole() {
        return true;
    }
    property::has_property(vm, o, key(i))
}

/// Set(O, i, v, true).
fn set_at(vm: &mut Vm, o: ObjRef, i: f64, v: Value) -> JsResult<()> {
    let k = key(i);
    let r = crate::interp::set_elem_value(vm, o.value(), k, v)?;
    if let Err(f) = r {
        return Err(vm.set_failure_error(o.value(), k, f));
    }
    Ok(())
}

fn set_length(vm: &mut Vm, o: ObjRef, n: f64) -> JsResult<()> {
    let k = PropKey::Atom(atoms::LENGTH);
    let r = property::set(vm, o, k, Value::number(n), o.value())?;
    if let Err(f) = r {
        return Err(vm.set_failure_error(o.value(), k, f));
    }
    Ok(())
}

/// DeletePropertyOrThrow.
fn delete_at(vm: &mut Vm, o: ObjRef, i: f64) -> JsResult<()> {
    let k = key(i);
    if !property::delete(vm, o, k) {
        let shown = crate::errors::describe_for_message(vm, o.value());
        return Err(vm.type_error(&format!("Cannot delete property '{}' of {shown}", i as u64)));
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

/// Relative index argument (slice, splice, fill...).
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

/// ArraySpeciesCreate without species: a new array.
fn new_result(vm: &mut Vm) -> ObjRef {
    new_array(vm, 0)
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

fn of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(new_array_from(vm, args.args).value())
}

fn from(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let src = args.get(0);
    let f = args.get(1);
    let mapping = !f.is_undefined();
    if mapping {
        callback(vm, f)?;
    }
    let out = new_array(vm, 0);
    if src.is_nullish() {
        return Err(vm.type_error(&format!(
            "{} is not iterable",
            if src.is_null() { "null" } else { "undefined" }
        )));
    }
    if let Some(it) = crate::call::for_of_start(vm, src) {
        vm.roots.push(it.value());
        loop {
            let v = crate::call::for_of_next(vm, it);
            let v = match v {
                Ok(v) => v,
                Err(e) => {
                    vm.roots.pop();
                    return Err(e);
                }
            };
            if v.is_hole() {
                break;
            }
            push_value(vm, out, v);
        }
        vm.roots.pop();
    } else {
        let o = conv::to_object(vm, src)?;
        let len = length_of(vm, o)?;
        for i in 0..len as u64 {
            let v = get_at(vm, o, i as f64)?;
            push_value(vm, out, v);
        }
    }
    if mapping {
        let n = out.array_length();
        for i in 0..n {
            let v = out.element(i);
            let r = vm.call(f, args.get(2), &[v, Value::int(i as i32)])?;
            out.set_element(i, r);
        }
    }
    Ok(out.value())
}

// ---------------------------------------------------------------- mutators

fn push(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "push")?;
    if o.class() == Class::Array
        && !o.is_sparse()
        && o.array_length() == o.elem_len()
        && !vm.indexed_protos
        && !o.has_flag(oflags::LENGTH_READONLY)
        && !o.shape().has(crate::object::sflags::NOT_EXTENSIBLE)
    {
        for &v in args.args {
            push_value(vm, o, v);
        }
        return Ok(Value::number(o.array_length() as f64));
    }
    let mut len = length_of(vm, o)?;
    for &v in args.args {
        set_at(vm, o, len, v)?;
        len += 1.0;
    }
    set_length(vm, o, len)?;
    Ok(Value::number(len))
}

fn pop(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "pop")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
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
    // Dense fast path.
    if o.class() == Class::Array
        && !o.is_sparse()
        && o.elem_len() as f64 == len
        && !vm.indexed_protos
        && !o.shape().has(crate::object::sflags::SEALED_ELEMENTS)
        && !o.has_flag(oflags::LENGTH_READONLY)
    {
        let n = o.elem_len();
        for i in 1..n {
            let v = o.element(i);
            o.set_element(i - 1, v);
        }
        o.set_elem_len(n - 1);
        o.set_array_length(n - 1);
        return Ok(first);
    }
    for k in 1..len as u64 {
        let from = k as f64;
        if has_at(vm, o, from) {
            let v = get_at(vm, o, from)?;
            set_at(vm, o, from - 1.0, v)?;
        } else {
            delete_at(vm, o, from - 1.0)?;
        }
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
    let items: Vec<Value> = args.args.iter().skip(2).copied().collect();
    let removed = new_result(vm);
    for k in 0..delete_count as u64 {
        let from = start + k as f64;
        if has_at(vm, o, from) {
            let v = get_at(vm, o, from)?;
            property::create_data_property(vm, removed, PropKey::Index(k as u32), v).ok();
        }
    }
    removed.set_array_length(delete_count as u32);
    let item_count = items.len() as f64;
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
        let ue = has_at(vm, o, upper);
        let lv = if le {
            get_at(vm, o, lower)?
        } else {
            Value::UNDEFINED
        };
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
        // Compare as strings without allocating for small non-negative ints.
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
    let mut width = 1;
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
    width = width.max(RUN);
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

fn sort(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let cmp = args.get(0);
    if !cmp.is_undefined() && !cmp.is_callable() {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let o = this_obj(vm, args, "sort")?;
    let len = length_of(vm, o)?;
    let mut items = Vec::new();
    for k in 0..len as u64 {
        if has_at(vm, o, k as f64) {
            items.push(get_at(vm, o, k as f64)?);
        }
    }
    // Keep the values reachable while comparators run.
    let holder = new_array_from(vm, &items);
    vm.roots.push(holder.value());
    let r = merge_sort(vm, cmp, &mut items);
    vm.roots.pop();
    r?;
    let n = items.len();
    for (i, v) in items.into_iter().enumerate() {
        set_at(vm, o, i as f64, v)?;
    }
    for k in n as u64..len as u64 {
        if has_at(vm, o, k as f64) {
            delete_at(vm, o, k as f64)?;
        }
    }
    Ok(o.value())
}

// ---------------------------------------------------------------- accessors

fn slice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "slice")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, args.get(0), len, 0.0)?;
    let end = relative(vm, args.get(1), len, len)?;
    let out = new_result(vm);
    let mut n = 0u32;
    let mut k = start;
    while k < end {
        if has_at(vm, o, k) {
            let v = get_at(vm, o, k)?;
            property::create_data_property(vm, out, PropKey::Index(n), v).ok();
        }
        n += 1;
        k += 1.0;
    }
    out.set_array_length(n);
    Ok(out.value())
}

fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "concat")?;
    let out = new_result(vm);
    let mut n: u32 = 0;
    let mut items = vec![o.value()];
    items.extend_from_slice(args.args);
    for e in items {
        match e.as_object().filter(|x| x.class() == Class::Array) {
            Some(a) => {
                let len = a.array_length();
                for k in 0..len {
                    if has_at(vm, a, k as f64) {
                        let v = get_at(vm, a, k as f64)?;
                        property::create_data_property(vm, out, PropKey::Index(n), v).ok();
                    }
                    n += 1;
                }
            }
            None => {
                property::create_data_property(vm, out, PropKey::Index(n), e).ok();
                n += 1;
            }
        }
    }
    out.set_array_length(n);
    Ok(out.value())
}

/// Array.prototype.join's core (cycles print as empty strings, as V8 does).
pub fn join_values(vm: &mut Vm, o: ObjRef, sep: &[u16]) -> JsResult<Value> {
    if vm.join_stack.contains(&o) {
        return Ok(vm.empty_string);
    }
    let len = length_of(vm, o)?;
    vm.join_stack.push(o);
    let r = (|| -> JsResult<Value> {
        let mut out: Vec<u16> = Vec::new();
        for k in 0..len as u64 {
            if k > 0 {
                out.extend_from_slice(sep);
            }
            let v = get_at(vm, o, k as f64)?;
            if !v.is_nullish() {
                let s = conv::to_string(vm, v)?;
                out.extend_from_slice(s.units());
                if out.len() > crate::MAX_STRING_LENGTH {
                    return Err(vm.range_error("Invalid string length"));
                }
            }
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

fn index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "indexOf")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 {
        conv::to_integer_or_infinity(vm, args.get(1))?
    } else {
        0.0
    };
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

fn flat_into(vm: &mut Vm, out: ObjRef, src: ObjRef, depth: f64) -> JsResult<()> {
    let len = length_of(vm, src)?;
    for k in 0..len as u64 {
        if !has_at(vm, src, k as f64) {
            continue;
        }
        let v = get_at(vm, src, k as f64)?;
        match v.as_object().filter(|x| x.class() == Class::Array) {
            Some(inner) if depth > 0.0 => flat_into(vm, out, inner, depth - 1.0)?,
            _ => push_value(vm, out, v),
        }
    }
    Ok(())
}

fn flat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_obj(vm, args, "flat")?;
    let depth = if args.get(0).is_undefined() {
        1.0
    } else {
        conv::to_integer_or_infinity(vm, args.get(0))?
    };
    let out = new_result(vm);
    flat_into(vm, out, o, depth)?;
    Ok(out.value())
}

// ---------------------------------------------------------------- iteration

/// Calls `f(value, index, o)` for each present element, in order; stops
/// when `visit` says so and returns the index it stopped at.
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
    let out = new_result(vm);
    if len > u32::MAX as f64 {
        return Err(vm.range_error("Invalid array length"));
    }
    out.set_array_length(len as u32);
    for k in 0..len as u32 {
        if !has_at(vm, o, k as f64) {
            continue;
        }
        let v = get_at(vm, o, k as f64)?;
        let r = vm.call(f, args.get(1), &[v, Value::number(k as f64), o.value()])?;
        property::create_data_property(vm, out, PropKey::Index(k), r).ok();
    }
    Ok(out.value())
}

fn filter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let out = new_result(vm);
    each(
        vm,
        args,
        "filter",
        |vm, v, _, r| {
            if conv::to_boolean(r) {
                push_value(vm, out, v);
            }
            Ok(false)
        },
        true,
        false,
    )?;
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

fn find(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut found = Value::UNDEFINED;
    each(
        vm,
        args,
        "find",
        |_, v, _, r| {
            let hit = conv::to_boolean(r);
            if hit {
                found = v;
            }
            Ok(hit)
        },
        false,
        false,
    )?;
    Ok(found)
}

fn find_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let r = each(
        vm,
        args,
        "findIndex",
        |_, _, _, r| Ok(conv::to_boolean(r)),
        false,
        false,
    )?;
    Ok(Value::number(r.unwrap_or(-1.0)))
}

fn find_last(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut found = Value::UNDEFINED;
    each(
        vm,
        args,
        "findLast",
        |_, v, _, r| {
            let hit = conv::to_boolean(r);
            if hit {
                found = v;
            }
            Ok(hit)
        },
        false,
        true,
    )?;
    Ok(found)
}

fn find_last_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let r = each(
        vm,
        args,
        "findLastIndex",
        |_, _, _, r| Ok(conv::to_boolean(r)),
        false,
        true,
    )?;
    Ok(Value::number(r.unwrap_or(-1.0)))
}

fn reduce_impl(vm: &mut Vm, args: &Args, right: bool) -> JsResult<Value> {
    let name = if right { "reduceRight" } else { "reduce" };
    let o = this_obj(vm, args, name)?;
    let len = length_of(vm, o)?;
    let f = callback(vm, args.get(0))?;
    let indices: Box<dyn Iterator<Item = u64>> = if right {
        Box::new((0..len as u64).rev())
    } else {
        Box::new(0..len as u64)
    };
    let mut acc = None;
    if args.len() >= 2 {
        acc = Some(args.get(1));
    }
    for k in indices {
        let k = k as f64;
        if !has_at(vm, o, k) {
            continue;
        }
        let v = get_at(vm, o, k)?;
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(f, Value::UNDEFINED, &[a, v, Value::number(k), o.value()])?,
        });
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
