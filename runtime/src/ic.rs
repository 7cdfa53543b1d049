//! Inline caches for property sites.
//!
//! Each property site owns a `PropIc`: up to four entries (monomorphic,
//! then polymorphic), then megamorphic, where lookups go through a global
//! `(shape, key)` cache. An entry is valid while the receiver's shape is
//! `entry.shape` and, for anything found on (or absent from) the prototype
//! chain, while `entry.cell` is valid (see `shape.rs`). Two compares,
//! whatever the chain's depth. The JIT reads the same entries.
//!
//! | kind         | guard                  | result                               |
//! |--------------|------------------------|--------------------------------------|
//! | OwnData      | shape                  | load at `loc` in the receiver        |
//! | OwnDict      | shape (dict), key@loc  | load the dictionary entry `loc`      |
//! | ProtoData    | shape, cell            | load at `loc` in `holder`            |
//! | OwnGetter    | shape                  | call the getter stored at `loc`      |
//! | ProtoGetter  | shape, cell            | call the getter in `holder` at `loc` |
//! | Absent       | shape, cell            | `undefined`                          |
//! | ArrayLength  | shape (class Array)    | the array's length                   |
//! | StringLength | primitive string shape | the string's length                  |
//! | StoreOwn     | shape                  | store at `loc`                       |
//! | StoreAdd     | shape, cell            | grow, set shape `new_shape`, store   |
//! | Setter       | shape, cell            | call the setter in `holder` at `loc` |
//!
//! Primitive receivers use the realm's pseudo shapes (one per primitive
//! type, whose prototype is e.g. `String.prototype`).

use std::ptr;

use crate::atoms;
use crate::object::*;
use crate::property::{self, PropKey, SetFailure, SetResult};
use crate::shape::{self, OUT_OF_LINE, slot_location};
use crate::string::Atom;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum IcKind {
    OwnData,
    OwnDict,
    ProtoData,
    OwnGetter,
    ProtoGetter,
    Absent,
    ArrayLength,
    StringLength,
    StoreOwn,
    StoreAdd,
    Setter,
}

#[derive(Clone, Copy, Debug)]
pub struct IcEntry {
    pub shape: *mut ShapeCell,
    pub holder: *mut ObjectCell,
    pub cell: *mut ValidityCell,
    pub new_shape: *mut ShapeCell,
    pub loc: u32,
    pub kind: IcKind,
}

impl IcEntry {
    const EMPTY: IcEntry = IcEntry {
        shape: ptr::null_mut(),
        holder: ptr::null_mut(),
        cell: ptr::null_mut(),
        new_shape: ptr::null_mut(),
        loc: 0,
        kind: IcKind::Absent,
    };
    #[inline]
    fn cell_ok(&self) -> bool {
        // SAFETY: a non-null entry cell is a live validity cell (ICs are roots).
        self.cell.is_null() || unsafe { (*self.cell).valid != 0 }
    }
}

pub const IC_ENTRIES: usize = 8;

/// The cache of one property site.
#[derive(Clone, Copy, Debug)]
pub struct PropIc {
    pub n: u8,
    pub megamorphic: bool,
    pub entries: [IcEntry; IC_ENTRIES],
}

impl Default for PropIc {
    fn default() -> Self {
        PropIc {
            n: 0,
            megamorphic: false,
            entries: [IcEntry::EMPTY; IC_ENTRIES],
        }
    }
}

impl PropIc {
    /// Visits every cell the entries reference (the caches are GC roots).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries[..self.n as usize] {
            for p in [
                e.shape as usize,
                e.holder as usize,
                e.cell as usize,
                e.new_shape as usize,
            ] {
                if p != 0 {
                    f(Value::from_bits(p as u64));
                }
            }
        }
    }
    fn insert(&mut self, e: IcEntry) {
        // Replace an entry for the same shape or one whose cell died.
        for slot in &mut self.entries[..self.n as usize] {
            if slot.shape == e.shape || !slot.cell_ok() {
                *slot = e;
                return;
            }
        }
        if (self.n as usize) < IC_ENTRIES {
            self.entries[self.n as usize] = e;
            self.n += 1;
        } else {
            self.megamorphic = true;
        }
    }
    pub fn state_name(&self) -> &'static str {
        if self.megamorphic {
            "megamorphic"
        } else {
            match self.n {
                0 => "uninitialized",
                1 => "monomorphic",
                _ => "polymorphic",
            }
        }
    }
}

/// The global `(shape, key)` cache of megamorphic sites. Cleared by every
/// collection (its entries are not roots).
pub struct MegaCache {
    entries: Vec<(usize, u32, IcEntry)>,
}

const MEGA_SIZE: usize = 4096;

impl Default for MegaCache {
    fn default() -> Self {
        MegaCache::new()
    }
}

impl MegaCache {
    pub fn new() -> MegaCache {
        MegaCache {
            entries: vec![(0, 0, IcEntry::EMPTY); MEGA_SIZE],
        }
    }
    #[inline]
    fn index(shape: usize, key: u32, store: bool) -> usize {
        ((shape >> 4) ^ (key as usize).wrapping_mul(0x9E37_79B1) ^ store as usize) & (MEGA_SIZE - 1)
    }
    fn get(&self, shape: usize, key: u32, store: bool) -> Option<IcEntry> {
        let (s, k, e) = self.entries[Self::index(shape, key, store)];
        (s == shape && k == key && e.cell_ok()).then_some(e)
    }
    fn put(&mut self, shape: usize, key: u32, store: bool, e: IcEntry) {
        self.entries[Self::index(shape, key, store)] = (shape, key, e);
    }
    pub fn clear(&mut self) {
        for e in &mut self.entries {
            e.0 = 0;
        }
    }
}

/// Reads the value at a cache location of `obj`.
#[inline]
pub(crate) fn read_loc(obj: *mut ObjectCell, loc: u32) -> Value {
    // SAFETY: `loc` was computed from this object's shape (guarded by the
    // cache), so it is an inline slot offset inside the cell or an index
    // below the out-of-line capacity.
    unsafe {
        if loc & OUT_OF_LINE == 0 {
            *((obj as *mut u8).add(loc as usize) as *mut Value)
        } else {
            *(*obj).slots.add((loc & !OUT_OF_LINE) as usize)
        }
    }
}

/// Writes the value at a cache location of `obj`.
#[inline]
pub(crate) fn write_loc(obj: *mut ObjectCell, loc: u32, v: Value) {
    // SAFETY: as in `read_loc`; for stores that add a property the caller
    // reserved the slot first.
    unsafe {
        if loc & OUT_OF_LINE == 0 {
            *((obj as *mut u8).add(loc as usize) as *mut Value) = v;
        } else {
            *(*obj).slots.add((loc & !OUT_OF_LINE) as usize) = v;
        }
    }
}

/// The value a `ProtoData` entry finds now (the JIT specialises on
/// methods it knows; it guards that the value it loads is still this one).
pub fn proto_data_value(e: &IcEntry) -> Option<Value> {
    (e.kind == IcKind::ProtoData && !e.holder.is_null()).then(|| read_loc(e.holder, e.loc))
}

/// The shape that stands for `v` in caches: its own for objects, the realm's
/// pseudo shape for primitives, `None` for undefined and null.
#[inline]
pub fn receiver_shape(vm: &Vm, v: Value) -> Option<ShapeRef> {
    if let Some(o) = v.as_object() {
        return Some(o.shape());
    }
    vm.realm.primitive_shape(v)
}

#[inline]
fn obj_ptr(v: Value) -> *mut ObjectCell {
    v.as_cell() as *mut ObjectCell
}

/// Tries a cached load; `None` when the entry does not apply.
#[inline]
fn try_load(vm: &mut Vm, e: &IcEntry, recv: Value, key: Atom) -> Option<JsResult<Value>> {
    if !e.cell_ok() {
        return None;
    }
    Some(match e.kind {
        IcKind::OwnData => Ok(read_loc(obj_ptr(recv), e.loc)),
        IcKind::ProtoData => Ok(read_loc(e.holder, e.loc)),
        IcKind::OwnDict => {
            let obj = recv.as_object()?;
            let d = obj.shape().data();
            let p = *d.props.get(e.loc as usize)?;
            if p.key != key || p.attrs & ACCESSOR != 0 {
                return None;
            }
            Ok(obj.slot(p.slot))
        }
        IcKind::OwnGetter => {
            let g = read_loc(obj_ptr(recv), e.loc).as_accessor()?.getter();
            property::call_getter(vm, g, recv)
        }
        IcKind::ProtoGetter => {
            let g = read_loc(e.holder, e.loc).as_accessor()?.getter();
            property::call_getter(vm, g, recv)
        }
        IcKind::Absent => Ok(Value::UNDEFINED),
        // SAFETY: the shape guard proved the receiver is an array object.
        IcKind::ArrayLength => Ok(Value::number(
            unsafe { (*obj_ptr(recv)).header.extra } as f64
        )),
        IcKind::StringLength => Ok(Value::int(recv.as_string()?.len() as i32)),
        IcKind::StoreOwn | IcKind::StoreAdd | IcKind::Setter => return None,
    })
}

/// What a load of `key` from a receiver of `shape` finds, as a cache entry
/// (None: not cacheable).
fn load_entry(vm: &mut Vm, recv: Value, shape: ShapeRef, key: Atom) -> Option<IcEntry> {
    let mut e = IcEntry {
        shape: shape.ptr(),
        ..IcEntry::EMPTY
    };
    if shape.has(sflags::PRIMITIVE) {
        if recv.is_string() && key == atoms::LENGTH {
            e.kind = IcKind::StringLength;
            return Some(e);
        }
    } else {
        let obj = recv.as_object()?;
        if key == atoms::LENGTH {
            match obj.class() {
                Class::Array => {
                    e.kind = IcKind::ArrayLength;
                    return Some(e);
                }
                Class::StringBox => return None,
                _ => {}
            }
        }
        let d = shape.data();
        if let Some(i) = d.find(key) {
            let p = d.props[i];
            if shape.is_dict() {
                if p.attrs & ACCESSOR != 0 {
                    return None;
                }
                e.kind = IcKind::OwnDict;
                e.loc = i as u32;
            } else {
                e.kind = if p.attrs & ACCESSOR != 0 {
                    IcKind::OwnGetter
                } else {
                    IcKind::OwnData
                };
                e.loc = slot_location(shape, p.slot);
            }
            return Some(e);
        }
        if shape.is_dict() {
            // A dictionary object gains properties without changing shape:
            // a property found along the chain (or absent) could be shadowed
            // by one added later, which no guard would notice.
            return None;
        }
    }
    // Along the prototype chain.
    let first = shape.proto();
    let mut holder = first;
    while let Some(h) = holder {
        if key == atoms::LENGTH && matches!(h.class(), Class::Array | Class::StringBox) {
            return None;
        }
        if let Some(p) = h.shape().lookup(key) {
            e.kind = if p.attrs & ACCESSOR != 0 {
                IcKind::ProtoGetter
            } else {
                IcKind::ProtoData
            };
            e.holder = h.ptr();
            e.loc = slot_location(h.shape(), p.slot);
            e.cell = shape::validity_cell(vm, first.unwrap()).ptr();
            return Some(e);
        }
        holder = h.proto();
    }
    e.kind = IcKind::Absent;
    if let Some(p) = first {
        e.cell = shape::validity_cell(vm, p).ptr();
    }
    Some(e)
}

/// A load `recv[key]` at a site whose key varies: cached in the global
/// `(shape, key)` table only.
pub fn get_keyed(vm: &mut Vm, recv: Value, key: Atom) -> JsResult<Value> {
    let Some(shape) = receiver_shape(vm, recv) else {
        return Err(vm.read_error(recv, PropKey::Atom(key)));
    };
    if let Some(e) = vm.mega.get(shape.ptr() as usize, key.0, false)
        && let Some(r) = try_load(vm, &e, recv, key)
    {
        return r;
    }
    if let Some(e) = load_entry(vm, recv, shape, key) {
        vm.mega.put(shape.ptr() as usize, key.0, false, e);
        if let Some(r) = try_load(vm, &e, recv, key) {
            return r;
        }
    }
    property::get_value(vm, recv, PropKey::Atom(key))
}

/// A store `obj[key] = value` at a site whose key varies (global table only).
pub fn set_keyed(vm: &mut Vm, obj: ObjRef, key: Atom, value: Value) -> JsResult<SetResult> {
    let shape = obj.shape();
    let recv = obj.value();
    if used_as_map(obj, shape, key) {
        // The object is a map: its next key goes into a dictionary of its
        // own rather than to a new shape that copies the last one's table.
        shape::to_dictionary(vm, obj);
        return property::set(vm, obj, PropKey::Atom(key), value, recv);
    }
    if let Some(e) = vm.mega.get(shape.ptr() as usize, key.0, true)
        && let Some(r) = try_store(vm, &e, recv, value)
    {
        return r;
    }
    if let Some(e) = store_entry(vm, obj, shape, key, true) {
        vm.mega.put(shape.ptr() as usize, key.0, true, e);
        if let Some(r) = try_store(vm, &e, recv, value) {
            return r;
        }
    }
    property::set(vm, obj, PropKey::Atom(key), value, recv)
}

/// Out-of-line properties that keyed stores (`o[k] = v`) may give an
/// object before the next one they add moves it to dictionary mode: V8's
/// `kFastPropertiesSoftLimit`. An object filled through computed keys is
/// usually a map whose keys never repeat in another object, and each new
/// shape would copy its parent's property table (and index). Named stores
/// (`o.k = v`) keep the shapes up to `shape::DICT_THRESHOLD`.
const KEYED_FAST_LIMIT: u32 = 12;

/// Whether a keyed store of `key` to `obj` (of `shape`) would add a
/// property past `KEYED_FAST_LIMIT` to an ordinary, extensible object that
/// is not a prototype (prototypes keep their shapes, as in V8: their
/// validity cells and the caches of their users rely on them).
fn used_as_map(obj: ObjRef, shape: ShapeRef, key: Atom) -> bool {
    !shape.is_dict()
        && shape.num_slots() >= shape.inline_cap() as u32 + KEYED_FAST_LIMIT
        && obj.class() == Class::Ordinary
        && !shape.has(sflags::NOT_EXTENSIBLE)
        && !obj.has_flag(oflags::IS_PROTOTYPE)
        && shape.lookup(key).is_none()
}

/// A cached property load `recv.key`.
#[inline]
pub fn get_prop(vm: &mut Vm, ic: &mut PropIc, recv: Value, key: Atom) -> JsResult<Value> {
    let Some(shape) = receiver_shape(vm, recv) else {
        return Err(vm.read_error(recv, PropKey::Atom(key)));
    };
    let sp = shape.ptr();
    for i in 0..ic.n as usize {
        let e = ic.entries[i];
        if e.shape == sp
            && let Some(r) = try_load(vm, &e, recv, key)
        {
            return r;
        }
    }
    get_prop_miss(vm, ic, recv, shape, key)
}

#[inline(never)]
fn get_prop_miss(
    vm: &mut Vm,
    ic: &mut PropIc,
    recv: Value,
    shape: ShapeRef,
    key: Atom,
) -> JsResult<Value> {
    if ic.megamorphic
        && let Some(e) = vm.mega.get(shape.ptr() as usize, key.0, false)
        && let Some(r) = try_load(vm, &e, recv, key)
    {
        return r;
    }
    vm.stats.ic_misses += 1;
    if let Some(e) = load_entry(vm, recv, shape, key) {
        if ic.megamorphic {
            vm.mega.put(shape.ptr() as usize, key.0, false, e);
        } else {
            ic.insert(e);
            if ic.megamorphic {
                vm.mega.put(shape.ptr() as usize, key.0, false, e);
            }
        }
        if let Some(r) = try_load(vm, &e, recv, key) {
            return r;
        }
    }
    property::get_value(vm, recv, PropKey::Atom(key))
}

#[inline]
fn try_store(vm: &mut Vm, e: &IcEntry, recv: Value, value: Value) -> Option<JsResult<SetResult>> {
    if !e.cell_ok() {
        return None;
    }
    match e.kind {
        IcKind::StoreOwn => {
            write_loc(obj_ptr(recv), e.loc, value);
            Some(Ok(Ok(())))
        }
        IcKind::StoreAdd => {
            let obj = recv.as_object()?;
            if obj.has_flag(oflags::HAS_PROTO_INFO) {
                return None;
            }
            // SAFETY: `new_shape` is a live shape (the cache is a root).
            let new = unsafe { ShapeRef::from_raw(e.new_shape) };
            let n = new.num_slots();
            let cap = new.inline_cap() as u32;
            if n > cap {
                let bytes = obj.reserve_slots(n - cap);
                vm.heap.note_external(bytes);
            }
            obj.set_shape_ptr(e.new_shape);
            write_loc(obj.ptr(), e.loc, value);
            Some(Ok(Ok(())))
        }
        IcKind::Setter => {
            let s = read_loc(e.holder, e.loc).as_accessor()?.setter();
            if s.is_undefined() {
                return Some(Ok(Err(SetFailure::NoSetter)));
            }
            Some(vm.call(s, recv, &[value]).map(|_| Ok(())))
        }
        _ => None,
    }
}

/// The entry a store adding `key` to an ordinary extensible object of
/// `shape` would cache, from what exists already: an add transition made
/// before whose chain still has a valid cell and no setter or read-only
/// `key` (the code storing by it checks that the object is no prototype,
/// as for any cached add). Allocates
/// nothing, so a compiler may ask (for an object whose shape it knows but
/// whose site's cache does not cover it).
pub fn known_store_entry(vm: &Vm, shape: ShapeRef, key: Atom) -> Option<IcEntry> {
    if shape.is_dict() || key == atoms::LENGTH {
        return None;
    }
    let mut e = IcEntry {
        shape: shape.ptr(),
        ..IcEntry::EMPTY
    };
    if shape.lookup(key).is_some() {
        // An own property: whether the object may take a cached store
        // (it is no prototype) is the object's to say, not the shape's.
        return None;
    }
    let first = shape.proto();
    let mut holder = first;
    while let Some(h) = holder {
        if let Some(p) = h.shape().lookup(key) {
            if p.attrs & (ACCESSOR | ir::attrs::WRITABLE) != ir::attrs::WRITABLE {
                return None;
            }
            break;
        }
        holder = h.proto();
    }
    if shape.has(sflags::NOT_EXTENSIBLE) || shape.data().props.len() >= shape::DICT_THRESHOLD {
        return None;
    }
    let tk = TransitionKey::Add(key, ir::attrs::DEFAULT);
    let new = *shape.data().transitions.get(&tk)?;
    e.kind = IcKind::StoreAdd;
    e.new_shape = new.ptr();
    e.loc = slot_location(new, new.num_slots() - 1);
    if let Some(p) = first {
        let cell = vm.proto_infos.get(&p)?.cell.filter(|c| c.is_valid())?;
        e.cell = cell.ptr();
    }
    Some(e)
}

/// What a store of `key` into an object of `shape` does, as a cache entry.
fn store_entry(
    vm: &mut Vm,
    obj: ObjRef,
    shape: ShapeRef,
    key: Atom,
    allow_add: bool,
) -> Option<IcEntry> {
    if shape.is_dict() || obj.has_flag(oflags::HAS_PROTO_INFO) {
        return None;
    }
    if key == atoms::LENGTH && matches!(obj.class(), Class::Array | Class::StringBox) {
        return None;
    }
    let mut e = IcEntry {
        shape: shape.ptr(),
        ..IcEntry::EMPTY
    };
    if let Some(p) = shape.lookup(key) {
        if p.attrs & ACCESSOR != 0 {
            e.kind = IcKind::Setter;
            e.holder = obj.ptr();
            e.loc = slot_location(shape, p.slot);
            return Some(e);
        }
        if p.attrs & ir::attrs::WRITABLE == 0 {
            return None;
        }
        e.kind = IcKind::StoreOwn;
        e.loc = slot_location(shape, p.slot);
        return Some(e);
    }
    let first = shape.proto();
    let mut holder = first;
    while let Some(h) = holder {
        if key == atoms::LENGTH && matches!(h.class(), Class::Array | Class::StringBox) {
            return None;
        }
        if let Some(p) = h.shape().lookup(key) {
            if p.attrs & ACCESSOR != 0 {
                e.kind = IcKind::Setter;
                e.holder = h.ptr();
                e.loc = slot_location(h.shape(), p.slot);
                e.cell = shape::validity_cell(vm, first.unwrap()).ptr();
                return Some(e);
            }
            if p.attrs & ir::attrs::WRITABLE == 0 {
                return None;
            }
            break;
        }
        holder = h.proto();
    }
    if !allow_add
        || shape.has(sflags::NOT_EXTENSIBLE)
        || shape.data().props.len() >= shape::DICT_THRESHOLD
    {
        return None;
    }
    let new = shape::add_transition(vm, shape, key, ir::attrs::DEFAULT);
    e.kind = IcKind::StoreAdd;
    e.new_shape = new.ptr();
    e.loc = slot_location(new, new.num_slots() - 1);
    if let Some(p) = first {
        e.cell = shape::validity_cell(vm, p).ptr();
    }
    Some(e)
}

/// A cached property store `recv.key = value`. Failures are reported, not
/// thrown (strict code turns them into TypeErrors).
#[inline]
pub fn set_prop(
    vm: &mut Vm,
    ic: &mut PropIc,
    recv: Value,
    key: Atom,
    value: Value,
) -> JsResult<SetResult> {
    if let Some(obj) = recv.as_object() {
        let sp = obj.shape_ptr();
        for i in 0..ic.n as usize {
            let e = ic.entries[i];
            if e.shape == sp
                && let Some(r) = try_store(vm, &e, recv, value)
            {
                return r;
            }
        }
        return set_prop_miss(vm, ic, obj, key, value, true);
    }
    set_on_primitive(vm, recv, PropKey::Atom(key), value)
}

#[inline(never)]
pub fn set_prop_miss(
    vm: &mut Vm,
    ic: &mut PropIc,
    obj: ObjRef,
    key: Atom,
    value: Value,
    allow_add: bool,
) -> JsResult<SetResult> {
    let shape = obj.shape();
    let recv = obj.value();
    if ic.megamorphic
        && let Some(e) = vm.mega.get(shape.ptr() as usize, key.0, true)
        && let Some(r) = try_store(vm, &e, recv, value)
    {
        return r;
    }
    vm.stats.ic_misses += 1;
    if let Some(e) = store_entry(vm, obj, shape, key, allow_add) {
        if ic.megamorphic {
            vm.mega.put(shape.ptr() as usize, key.0, true, e);
        } else {
            ic.insert(e);
            if ic.megamorphic {
                vm.mega.put(shape.ptr() as usize, key.0, true, e);
            }
        }
        if let Some(r) = try_store(vm, &e, recv, value) {
            return r;
        }
    }
    property::set(vm, obj, PropKey::Atom(key), value, recv)
}

/// [[Set]] with a primitive receiver: setters on the prototype run,
/// anything else fails.
pub fn set_on_primitive(
    vm: &mut Vm,
    recv: Value,
    key: PropKey,
    value: Value,
) -> JsResult<SetResult> {
    let Some(proto) = vm.realm.proto_of_primitive(recv) else {
        return Err(vm.set_error(recv, key));
    };
    // A string's `length` and indices are its own read-only properties.
    if let Some(s) = recv.as_string() {
        let own = match key {
            PropKey::Atom(a) => a == atoms::LENGTH,
            PropKey::Index(i) => (i as usize) < s.len(),
        };
        if own {
            return Ok(Err(SetFailure::ReadOnly));
        }
    }
    property::set(vm, proto, key, value, recv)
}

/// A cached global variable load; `None` when the variable does not exist.
pub fn get_global(vm: &mut Vm, ic: &mut PropIc, key: Atom) -> JsResult<Option<Value>> {
    let g = vm.realm.global;
    let sp = g.shape_ptr();
    for i in 0..ic.n as usize {
        let e = ic.entries[i];
        if e.shape == sp
            && e.kind != IcKind::Absent
            && let Some(r) = try_load(vm, &e, g.value(), key)
        {
            return r.map(Some);
        }
    }
    if !property::has_property(vm, g, PropKey::Atom(key)) {
        return Ok(None);
    }
    get_prop_miss(vm, ic, g.value(), g.shape(), key).map(Some)
}

/// A cached global variable store. In strict code a missing variable is a
/// ReferenceError; sloppy code creates it.
pub fn set_global(
    vm: &mut Vm,
    ic: &mut PropIc,
    key: Atom,
    value: Value,
    strict: bool,
) -> JsResult<SetResult> {
    let g = vm.realm.global;
    let sp = g.shape_ptr();
    for i in 0..ic.n as usize {
        let e = ic.entries[i];
        if e.shape == sp
            && e.kind != IcKind::StoreAdd
            && let Some(r) = try_store(vm, &e, g.value(), value)
        {
            return r;
        }
    }
    if strict && !property::has_property(vm, g, PropKey::Atom(key)) {
        let name = vm.atom_text(key);
        return Err(vm.reference_error(&format!("{name} is not defined")));
    }
    set_prop_miss(vm, ic, g, key, value, false)
}
