//! The object internal methods, as the specification defines them:
//! [[GetOwnProperty]], [[DefineOwnProperty]], [[Get]], [[Set]], [[Delete]],
//! [[HasProperty]], [[OwnPropertyKeys]], [[GetPrototypeOf]],
//! [[SetPrototypeOf]], [[PreventExtensions]] — with the exotic behaviour of
//! arrays (`length`, indices) and String objects (indexed characters).
//!
//! Named properties live in the shape; indexed ones in the elements (dense
//! or sparse). These are the slow paths: the interpreter's inline caches
//! (`ic.rs`) short-cut the common cases and fall back here.

use ir::attrs::{CONFIGURABLE, ENUMERABLE, WRITABLE};

use crate::atoms;
use crate::object::*;
use crate::shape;
use crate::string::{Atom, parse_index};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// A property key: a named (atom) key or an array index.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum PropKey {
    Atom(Atom),
    Index(u32),
}

impl PropKey {
    /// The key for string units (canonical indices become `Index`).
    pub fn from_units(vm: &mut Vm, units: &[u16]) -> PropKey {
        match parse_index(units) {
            Some(i) => PropKey::Index(i),
            None => PropKey::Atom(vm.intern(units)),
        }
    }
    pub fn from_atom(vm: &Vm, a: Atom) -> PropKey {
        match parse_index(vm.atom_string(a).units()) {
            Some(i) => PropKey::Index(i),
            None => PropKey::Atom(a),
        }
    }
    /// The key as a JS string value.
    pub fn to_value(self, vm: &mut Vm) -> Value {
        match self {
            PropKey::Atom(a) => vm.atom_value(a),
            PropKey::Index(i) => {
                let s = i.to_string();
                vm.new_str(&s)
            }
        }
    }
    pub fn to_rust(self, vm: &Vm) -> String {
        match self {
            PropKey::Atom(a) => vm.atom_text(a),
            PropKey::Index(i) => i.to_string(),
        }
    }
}

/// An own property as stored.
#[derive(Clone, Copy, Debug)]
pub enum Prop {
    Data {
        value: Value,
        attrs: u8,
    },
    Accessor {
        getter: Value,
        setter: Value,
        attrs: u8,
    },
}

impl Prop {
    pub fn attrs(&self) -> u8 {
        match *self {
            Prop::Data { attrs, .. } | Prop::Accessor { attrs, .. } => attrs,
        }
    }
    pub fn enumerable(&self) -> bool {
        self.attrs() & ENUMERABLE != 0
    }
}

/// A property descriptor with optional fields (as `Object.defineProperty` takes).
#[derive(Clone, Copy, Debug, Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub writable: Option<bool>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    pub fn data(value: Value, attrs: u8) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(attrs & WRITABLE != 0),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Default::default()
        }
    }
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

// ---------------------------------------------------------------- own properties

fn element_attrs(obj: ObjRef) -> u8 {
    let s = obj.shape();
    if s.has(sflags::FROZEN_ELEMENTS) {
        ENUMERABLE
    } else if s.has(sflags::SEALED_ELEMENTS) {
        WRITABLE | ENUMERABLE
    } else {
        ir::attrs::DEFAULT
    }
}

fn slot_prop(obj: ObjRef, e: PropEntry) -> Prop {
    let v = obj.slot(e.slot);
    if e.attrs & ACCESSOR != 0 {
        let a = v.as_accessor().expect("accessor slot holds a pair");
        Prop::Accessor {
            getter: a.getter(),
            setter: a.setter(),
            attrs: e.attrs & !ACCESSOR,
        }
    } else {
        Prop::Data {
            value: v,
            attrs: e.attrs,
        }
    }
}

/// [[GetOwnProperty]].
pub fn get_own(vm: &mut Vm, obj: ObjRef, key: PropKey) -> Option<Prop> {
    match key {
        PropKey::Index(i) => {
            if obj.class() == Class::StringBox {
                let s = obj.word_value(0).as_string().unwrap();
                if (i as usize) < s.len() {
                    let c = s.units()[i as usize];
                    let value = vm.string_value(&[c]);
                    return Some(Prop::Data {
                        value,
                        attrs: ENUMERABLE,
                    });
                }
            }
            if obj.is_sparse() {
                let e = *obj.sparse().map.get(&i)?;
                return Some(if e.attrs & ACCESSOR != 0 {
                    let a = e.value.as_accessor().unwrap();
                    Prop::Accessor {
                        getter: a.getter(),
                        setter: a.setter(),
                        attrs: e.attrs & !ACCESSOR,
                    }
                } else {
                    Prop::Data {
                        value: e.value,
                        attrs: e.attrs,
                    }
                });
            }
            if i < obj.elem_len() {
                let v = obj.element(i);
                if !v.is_hole() {
                    return Some(Prop::Data {
                        value: v,
                        attrs: element_attrs(obj),
                    });
                }
            }
            None
        }
        PropKey::Atom(a) => {
            if a == atoms::LENGTH {
                match obj.class() {
                    Class::Array => {
                        let ro = obj.has_flag(oflags::LENGTH_READONLY);
                        return Some(Prop::Data {
                            value: Value::number(obj.array_length() as f64),
                            attrs: if ro { 0 } else { WRITABLE },
                        });
                    }
                    Class::StringBox => {
                        let s = obj.word_value(0).as_string().unwrap();
                        return Some(Prop::Data {
                            value: Value::int(s.len() as i32),
                            attrs: 0,
                        });
                    }
                    _ => {}
                }
            }
            let e = obj.shape().lookup(a)?;
            match slot_prop(obj, e) {
                // An error's `stack` before its first read: a data property
                // whose text is made on demand (see `builtins::error`).
                Prop::Accessor { getter, attrs, .. }
                    if crate::builtins::error::is_lazy_stack_getter(getter) =>
                {
                    let value = crate::builtins::error::lazy_stack_text(vm, obj, getter);
                    Some(Prop::Data {
                        value,
                        attrs: attrs | WRITABLE,
                    })
                }
                p => Some(p),
            }
        }
    }
}

/// Turns an own accessor property (a lazy error `stack`) into a writable
/// data property holding `value`, keeping its place and other attributes.
pub fn materialize_data(vm: &mut Vm, obj: ObjRef, key: Atom, value: Value) {
    let Some(e) = obj.shape().lookup(key) else {
        return;
    };
    if e.attrs & ACCESSOR != 0 {
        shape::reconfigure(vm, obj, key, (e.attrs & !ACCESSOR) | WRITABLE);
    }
    let e = obj.shape().lookup(key).expect("own property exists");
    obj.set_slot(e.slot, value);
}

/// Does `obj` have own property `key`?
pub fn has_own(vm: &mut Vm, obj: ObjRef, key: PropKey) -> bool {
    get_own(vm, obj, key).is_some()
}

// ---------------------------------------------------------------- [[Get]]

/// [[Get]] with `receiver` as `this` for getters.
pub fn get(vm: &mut Vm, obj: ObjRef, key: PropKey, receiver: Value) -> JsResult<Value> {
    let mut o = obj;
    loop {
        // Fast named lookup without materialising a Prop.
        if let PropKey::Atom(a) = key
            && !(a == atoms::LENGTH && matches!(o.class(), Class::Array | Class::StringBox))
        {
            if let Some(e) = o.shape().lookup(a) {
                if e.attrs & ACCESSOR == 0 {
                    return Ok(o.slot(e.slot));
                }
                let getter = o.slot(e.slot).as_accessor().unwrap().getter();
                return call_getter(vm, getter, receiver);
            }
        } else if let Some(p) = get_own(vm, o, key) {
            return match p {
                Prop::Data { value, .. } => Ok(value),
                Prop::Accessor { getter, .. } => call_getter(vm, getter, receiver),
            };
        }
        match o.proto() {
            Some(p) => o = p,
            None => return Ok(Value::UNDEFINED),
        }
    }
}

pub fn call_getter(vm: &mut Vm, getter: Value, receiver: Value) -> JsResult<Value> {
    if getter.is_undefined() {
        return Ok(Value::UNDEFINED);
    }
    vm.call(getter, receiver, &[])
}

/// [[Get]] for a value receiver (primitives use their prototype).
pub fn get_value(vm: &mut Vm, v: Value, key: PropKey) -> JsResult<Value> {
    if let Some(o) = v.as_object() {
        return get(vm, o, key, v);
    }
    if let Some(s) = v.as_string() {
        match key {
            PropKey::Atom(a) if a == atoms::LENGTH => return Ok(Value::int(s.len() as i32)),
            PropKey::Index(i) if (i as usize) < s.len() => {
                let c = s.units()[i as usize];
                return Ok(vm.string_value(&[c]));
            }
            _ => {}
        }
    }
    let proto = match vm.realm.proto_of_primitive(v) {
        Some(p) => p,
        None => return Err(vm.read_error(v, key)),
    };
    get(vm, proto, key, v)
}

// ---------------------------------------------------------------- [[Set]]

/// Why a [[Set]] failed (strict mode turns these into TypeErrors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetFailure {
    ReadOnly,
    NotExtensible,
    NoSetter,
    /// The receiver is a primitive.
    Primitive,
    /// Array length invalid (always a RangeError).
    BadLength,
    /// An index at or past a read-only array length.
    LengthReadOnly,
    /// Shrinking an array's length stopped at this non-configurable element.
    UndeletableElement(u32),
}

pub type SetResult = Result<(), SetFailure>;

/// [[Set]]: assigns through the prototype chain.
pub fn set(
    vm: &mut Vm,
    obj: ObjRef,
    key: PropKey,
    value: Value,
    receiver: Value,
) -> JsResult<SetResult> {
    // Find the property along the chain.
    let mut o = obj;
    let found = loop {
        if let Some(p) = get_own(vm, o, key) {
            break Some((o, p));
        }
        match o.proto() {
            Some(p) => o = p,
            None => break None,
        }
    };
    match found {
        Some((_, Prop::Accessor { setter, .. })) => {
            if setter.is_undefined() {
                return Ok(Err(SetFailure::NoSetter));
            }
            vm.call(setter, receiver, &[value])?;
            Ok(Ok(()))
        }
        Some((holder, Prop::Data { attrs, .. })) => {
            if attrs & WRITABLE == 0 {
                return Ok(Err(SetFailure::ReadOnly));
            }
            let Some(recv) = receiver.as_object() else {
                return Ok(Err(SetFailure::Primitive));
            };
            if holder == recv {
                return write_own_existing(vm, recv, key, value);
            }
            set_on_receiver(vm, recv, key, value)
        }
        None => {
            let Some(recv) = receiver.as_object() else {
                return Ok(Err(SetFailure::Primitive));
            };
            set_on_receiver(vm, recv, key, value)
        }
    }
}

/// The receiver part of OrdinarySet when the property was found elsewhere
/// (or nowhere): update the receiver's own data property or create one.
fn set_on_receiver(vm: &mut Vm, recv: ObjRef, key: PropKey, value: Value) -> JsResult<SetResult> {
    match get_own(vm, recv, key) {
        Some(Prop::Accessor { .. }) => Ok(Err(SetFailure::ReadOnly)),
        Some(Prop::Data { attrs, .. }) => {
            if attrs & WRITABLE == 0 {
                return Ok(Err(SetFailure::ReadOnly));
            }
            write_own_existing(vm, recv, key, value)
        }
        None => Ok(create_data_property(vm, recv, key, value)),
    }
}

/// Writes the value of an existing own writable data property.
fn write_own_existing(vm: &mut Vm, obj: ObjRef, key: PropKey, value: Value) -> JsResult<SetResult> {
    match key {
        PropKey::Index(i) => {
            if obj.is_sparse() {
                if let Some(e) = obj.sparse().map.get_mut(&i) {
                    e.value = value;
                }
            } else {
                obj.set_element(i, value);
            }
            Ok(Ok(()))
        }
        PropKey::Atom(a) => {
            if a == atoms::LENGTH && obj.class() == Class::Array {
                return array_set_length(vm, obj, value);
            }
            let e = obj.shape().lookup(a).expect("own property exists");
            if e.attrs & ACCESSOR != 0 {
                // A lazy error `stack` (presented as a data property).
                materialize_data(vm, obj, a, value);
                return Ok(Ok(()));
            }
            obj.set_slot(e.slot, value);
            Ok(Ok(()))
        }
    }
}

/// CreateDataProperty for a property that does not exist yet on `obj`.
pub fn create_data_property(vm: &mut Vm, obj: ObjRef, key: PropKey, value: Value) -> SetResult {
    if obj.shape().has(sflags::NOT_EXTENSIBLE) {
        return Err(SetFailure::NotExtensible);
    }
    match key {
        PropKey::Atom(a) => {
            shape::add_property(vm, obj, a, ir::attrs::DEFAULT, value);
            Ok(())
        }
        PropKey::Index(i) => add_element(vm, obj, i, value, ir::attrs::DEFAULT),
    }
}

/// Adds a new indexed property (absent before).
fn add_element(vm: &mut Vm, obj: ObjRef, i: u32, value: Value, attrs: u8) -> SetResult {
    if obj.class() == Class::Array && i >= obj.array_length() {
        if obj.has_flag(oflags::LENGTH_READONLY) {
            return Err(SetFailure::LengthReadOnly);
        }
        obj.set_array_length(i + 1);
    }
    if obj.has_flag(oflags::IS_PROTOTYPE) {
        vm.indexed_protos = true;
    }
    if !obj.is_sparse() && attrs == ir::attrs::DEFAULT {
        let len = obj.elem_len();
        // Stay dense unless the write leaves a big gap.
        if i < len || i <= len.saturating_mul(2).max(len + 64) {
            if i >= len {
                let bytes = obj.reserve_elements(i + 1);
                vm.heap.note_external(bytes);
                obj.set_dense_len(i + 1);
            }
            obj.set_element(i, value);
            return Ok(());
        }
    }
    obj.make_sparse();
    obj.sparse().map.insert(i, SparseEntry { value, attrs });
    Ok(())
}

/// ArraySetLength for `arr.length = value`.
pub fn array_set_length(vm: &mut Vm, arr: ObjRef, value: Value) -> JsResult<SetResult> {
    let n = crate::conv::to_number(vm, value)?;
    let len = n as u32;
    if len as f64 != n {
        return Err(vm.range_error("Invalid array length"));
    }
    Ok(set_array_length(vm, arr, len))
}

/// Sets an array's length, deleting elements at and above it.
pub fn set_array_length(_vm: &mut Vm, arr: ObjRef, len: u32) -> SetResult {
    let old = arr.array_length();
    if len == old {
        return Ok(());
    }
    if arr.has_flag(oflags::LENGTH_READONLY) {
        return Err(SetFailure::ReadOnly);
    }
    if len < old {
        if arr.is_sparse() {
            let map = &mut arr.sparse().map;
            // Non-configurable elements stop the truncation.
            let blocker = map
                .range(len..)
                .rev()
                .find(|(_, e)| e.attrs & CONFIGURABLE == 0)
                .map(|(k, _)| *k);
            let new_len = blocker.map_or(len, |k| k + 1);
            map.retain(|&k, _| k < new_len);
            arr.set_array_length(new_len);
            return match blocker {
                Some(k) => Err(SetFailure::UndeletableElement(k)),
                None => Ok(()),
            };
        }
        if arr.shape().has(sflags::SEALED_ELEMENTS) && arr.elem_len() > len {
            let blocker = (len..arr.elem_len())
                .rev()
                .find(|&k| !arr.element(k).is_hole());
            if let Some(k) = blocker {
                arr.set_array_length(k + 1);
                return Err(SetFailure::UndeletableElement(k));
            }
        }
        if arr.elem_len() > len {
            arr.set_elem_len(len);
        }
    }
    arr.set_array_length(len);
    Ok(())
}

// ---------------------------------------------------------------- [[DefineOwnProperty]]

/// [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor). Returns
/// whether the definition was allowed.
pub fn define_own(vm: &mut Vm, obj: ObjRef, key: PropKey, desc: Descriptor) -> JsResult<bool> {
    if obj.class() == Class::Array {
        if key == PropKey::Atom(atoms::LENGTH) {
            return define_array_length(vm, obj, desc);
        }
        if let PropKey::Index(i) = key
            && i >= obj.array_length()
            && obj.has_flag(oflags::LENGTH_READONLY)
        {
            return Ok(false);
        }
    }
    if obj.class() == Class::StringBox {
        let s = obj.word_value(0).as_string().unwrap();
        let fixed = match key {
            PropKey::Index(i) => (i as usize) < s.len(),
            PropKey::Atom(a) => a == atoms::LENGTH,
        };
        if fixed {
            let current = get_own(vm, obj, key).unwrap();
            return Ok(compatible(vm, current, &desc));
        }
    }
    let current = get_own(vm, obj, key);
    let Some(current) = current else {
        if obj.shape().has(sflags::NOT_EXTENSIBLE) {
            return Ok(false);
        }
        let mut attrs = 0u8;
        if desc.enumerable == Some(true) {
            attrs |= ENUMERABLE;
        }
        if desc.configurable == Some(true) {
            attrs |= CONFIGURABLE;
        }
        let stored = if desc.is_accessor() {
            attrs |= ACCESSOR;
            vm.new_accessor(
                desc.get.unwrap_or(Value::UNDEFINED),
                desc.set.unwrap_or(Value::UNDEFINED),
            )
            .value()
        } else {
            if desc.writable == Some(true) {
                attrs |= WRITABLE;
            }
            desc.value.unwrap_or(Value::UNDEFINED)
        };
        return Ok(add_own(vm, obj, key, stored, attrs));
    };
    if !compatible(vm, current, &desc) {
        return Ok(false);
    }
    // Apply.
    let cur_attrs = current.attrs();
    let mut attrs = cur_attrs & (ENUMERABLE | CONFIGURABLE);
    if let Some(e) = desc.enumerable {
        attrs = if e {
            attrs | ENUMERABLE
        } else {
            attrs & !ENUMERABLE
        };
    }
    if let Some(c) = desc.configurable {
        attrs = if c {
            attrs | CONFIGURABLE
        } else {
            attrs & !CONFIGURABLE
        };
    }
    let (stored, new_attrs) = match current {
        Prop::Data { value, attrs: ca } if !desc.is_accessor() => {
            let w = desc.writable.unwrap_or(ca & WRITABLE != 0);
            (
                desc.value.unwrap_or(value),
                attrs | if w { WRITABLE } else { 0 },
            )
        }
        Prop::Accessor { getter, setter, .. } if !desc.is_data() => {
            let g = desc.get.unwrap_or(getter);
            let s = desc.set.unwrap_or(setter);
            (vm.new_accessor(g, s).value(), attrs | ACCESSOR)
        }
        Prop::Data { .. } => {
            // Data → accessor.
            let g = desc.get.unwrap_or(Value::UNDEFINED);
            let s = desc.set.unwrap_or(Value::UNDEFINED);
            (vm.new_accessor(g, s).value(), attrs | ACCESSOR)
        }
        Prop::Accessor { .. } => {
            // Accessor → data.
            let w = desc.writable == Some(true);
            (
                desc.value.unwrap_or(Value::UNDEFINED),
                attrs | if w { WRITABLE } else { 0 },
            )
        }
    };
    replace_own(vm, obj, key, stored, new_attrs);
    Ok(true)
}

/// Is `desc` an allowed change of `current` (the checks of ValidateAndApplyPropertyDescriptor)?
fn compatible(vm: &mut Vm, current: Prop, desc: &Descriptor) -> bool {
    let cur_attrs = current.attrs();
    if cur_attrs & CONFIGURABLE != 0 {
        return true;
    }
    if desc.configurable == Some(true) {
        return false;
    }
    if let Some(e) = desc.enumerable
        && e != (cur_attrs & ENUMERABLE != 0)
    {
        return false;
    }
    match current {
        Prop::Data { value, attrs } => {
            if desc.is_accessor() {
                return false;
            }
            if attrs & WRITABLE == 0 {
                if desc.writable == Some(true) {
                    return false;
                }
                if let Some(v) = desc.value
                    && !crate::ops::same_value(vm, v, value)
                {
                    return false;
                }
            }
            true
        }
        Prop::Accessor { getter, setter, .. } => {
            if desc.is_data() {
                return false;
            }
            if let Some(g) = desc.get
                && g != getter
            {
                return false;
            }
            if let Some(s) = desc.set
                && s != setter
            {
                return false;
            }
            true
        }
    }
}

/// Adds a new own property with exact attributes (ACCESSOR: `stored` is the pair).
fn add_own(vm: &mut Vm, obj: ObjRef, key: PropKey, stored: Value, attrs: u8) -> bool {
    match key {
        PropKey::Atom(a) => {
            shape::add_property(vm, obj, a, attrs, stored);
            true
        }
        PropKey::Index(i) => add_element(vm, obj, i, stored, attrs).is_ok(),
    }
}

/// Replaces an existing own property's value and attributes.
fn replace_own(vm: &mut Vm, obj: ObjRef, key: PropKey, stored: Value, attrs: u8) {
    match key {
        PropKey::Atom(a) => {
            let e = obj.shape().lookup(a).expect("own property exists");
            if e.attrs != attrs {
                shape::reconfigure(vm, obj, a, attrs);
            }
            let e = obj.shape().lookup(a).expect("own property exists");
            obj.set_slot(e.slot, stored);
        }
        PropKey::Index(i) => {
            if !obj.is_sparse() && attrs == element_attrs(obj) {
                obj.set_element(i, stored);
                return;
            }
            obj.make_sparse();
            obj.sparse().map.insert(
                i,
                SparseEntry {
                    value: stored,
                    attrs,
                },
            );
        }
    }
}

fn define_array_length(vm: &mut Vm, arr: ObjRef, desc: Descriptor) -> JsResult<bool> {
    if desc.is_accessor() || desc.configurable == Some(true) || desc.enumerable == Some(true) {
        return Ok(false);
    }
    let readonly = arr.has_flag(oflags::LENGTH_READONLY);
    if let Some(v) = desc.value {
        let n = crate::conv::to_number(vm, v)?;
        let len = n as u32;
        if len as f64 != n {
            return Err(vm.range_error("Invalid array length"));
        }
        if readonly && len != arr.array_length() {
            return Ok(false);
        }
        if readonly && desc.writable == Some(true) {
            return Ok(false);
        }
        let ok = set_array_length(vm, arr, len).is_ok();
        if desc.writable == Some(false) {
            arr.set_flag(oflags::LENGTH_READONLY, true);
        }
        return Ok(ok);
    }
    if readonly && desc.writable == Some(true) {
        return Ok(false);
    }
    if desc.writable == Some(false) {
        arr.set_flag(oflags::LENGTH_READONLY, true);
    }
    Ok(true)
}

/// Defines (or overwrites) an own data property with `attrs` (object
/// literals, class members, builtins setup): CreateDataPropertyOrThrow
/// without the prototype chain.
pub fn define_data(
    vm: &mut Vm,
    obj: ObjRef,
    key: PropKey,
    value: Value,
    attrs: u8,
) -> JsResult<bool> {
    if let PropKey::Atom(a) = key
        && obj.class() != Class::Array
        && obj.shape().lookup(a).is_none()
        && !obj.shape().has(sflags::NOT_EXTENSIBLE)
    {
        shape::add_property(vm, obj, a, attrs, value);
        return Ok(true);
    }
    define_own(vm, obj, key, Descriptor::data(value, attrs))
}

// ---------------------------------------------------------------- [[Delete]], [[HasProperty]]

/// [[Delete]].
pub fn delete(vm: &mut Vm, obj: ObjRef, key: PropKey) -> bool {
    let Some(p) = get_own(vm, obj, key) else {
        return true;
    };
    if p.attrs() & CONFIGURABLE == 0 {
        return false;
    }
    match key {
        PropKey::Atom(a) => shape::remove_property(vm, obj, a),
        PropKey::Index(i) => {
            if obj.is_sparse() {
                obj.sparse().map.remove(&i);
            } else {
                obj.set_element(i, Value::HOLE);
                if i + 1 == obj.elem_len() {
                    let mut n = i;
                    while n > 0 && obj.element(n - 1).is_hole() {
                        n -= 1;
                    }
                    obj.set_elem_len(n);
                }
            }
        }
    }
    true
}

/// [[HasProperty]].
pub fn has_property(vm: &mut Vm, obj: ObjRef, key: PropKey) -> bool {
    let mut o = obj;
    loop {
        if has_own(vm, o, key) {
            return true;
        }
        match o.proto() {
            Some(p) => o = p,
            None => return false,
        }
    }
}

// ---------------------------------------------------------------- keys

/// [[OwnPropertyKeys]]: indices ascending, then names in creation order.
pub fn own_keys(vm: &mut Vm, obj: ObjRef) -> Vec<PropKey> {
    let mut keys = Vec::new();
    if obj.class() == Class::StringBox {
        let n = obj.word_value(0).as_string().unwrap().len();
        keys.extend((0..n as u32).map(PropKey::Index));
    }
    if obj.is_sparse() {
        keys.extend(obj.sparse().map.keys().map(|&k| PropKey::Index(k)));
    } else {
        for i in 0..obj.elem_len() {
            if !obj.element(i).is_hole() {
                keys.push(PropKey::Index(i));
            }
        }
    }
    if obj.class() == Class::StringBox {
        // String indices come first; extra indices above the string follow.
        keys.sort();
        keys.dedup();
    }
    if matches!(obj.class(), Class::Array | Class::StringBox) {
        keys.push(PropKey::Atom(atoms::LENGTH));
    }
    let _ = vm;
    for e in &obj.shape().data().props {
        if e.key != TOMBSTONE {
            keys.push(PropKey::Atom(e.key));
        }
    }
    keys
}

// ---------------------------------------------------------------- prototypes, extensibility

/// [[SetPrototypeOf]]: false when not extensible or it would make a cycle.
pub fn set_prototype_of(vm: &mut Vm, obj: ObjRef, proto: Option<ObjRef>) -> bool {
    if obj.proto() == proto {
        return true;
    }
    if obj.shape().has(sflags::NOT_EXTENSIBLE) {
        return false;
    }
    let mut p = proto;
    while let Some(q) = p {
        if q == obj {
            return false;
        }
        p = q.proto();
    }
    shape::set_prototype(vm, obj, proto);
    true
}

pub fn is_extensible(obj: ObjRef) -> bool {
    !obj.shape().has(sflags::NOT_EXTENSIBLE)
}

pub fn prevent_extensions(vm: &mut Vm, obj: ObjRef) {
    if is_extensible(obj) {
        shape::integrity(vm, obj, TransitionKey::PreventExtensions);
    }
}

/// SetIntegrityLevel (sealed or frozen).
pub fn set_integrity(vm: &mut Vm, obj: ObjRef, frozen: bool) {
    // A lazy error `stack` becomes the data property it stands for.
    if let Some(Prop::Data { value, .. }) = get_own(vm, obj, PropKey::Atom(atoms::STACK))
        && obj
            .shape()
            .lookup(atoms::STACK)
            .is_some_and(|e| e.attrs & ACCESSOR != 0)
    {
        materialize_data(vm, obj, atoms::STACK, value);
    }
    if obj.is_sparse() {
        let map = &mut obj.sparse().map;
        for e in map.values_mut() {
            e.attrs &= !CONFIGURABLE;
            if frozen && e.attrs & ACCESSOR == 0 {
                e.attrs &= !WRITABLE;
            }
        }
    }
    if frozen && obj.class() == Class::Array {
        obj.set_flag(oflags::LENGTH_READONLY, true);
    }
    let tk = if frozen {
        TransitionKey::Freeze
    } else {
        TransitionKey::Seal
    };
    shape::integrity(vm, obj, tk);
}

/// TestIntegrityLevel.
pub fn test_integrity(vm: &mut Vm, obj: ObjRef, frozen: bool) -> bool {
    if is_extensible(obj) {
        return false;
    }
    for k in own_keys(vm, obj) {
        let Some(p) = get_own(vm, obj, k) else {
            continue;
        };
        if p.attrs() & CONFIGURABLE != 0 {
            return false;
        }
        if frozen
            && let Prop::Data { attrs, .. } = p
            && attrs & WRITABLE != 0
        {
            return false;
        }
    }
    true
}
