//! Shapes: immutable descriptions of an object's named properties (key,
//! slot, attributes), its class, inline capacity and **prototype**.
//!
//! Objects built the same way share a shape: adding a property follows a
//! cached transition; so does changing the prototype, reconfiguring a
//! property, preventing extensions, sealing and freezing. Transitions are
//! weak (the collector prunes dead targets). Past `DICT_THRESHOLD`
//! properties, or on deleting a property that is not the last added, an
//! object moves to dictionary mode: a shape of its own that changes in
//! place (inline caches never cache own properties of a dictionary shape by
//! slot alone; see `ic.rs`).
//!
//! # Prototype validity cells
//! A cache that found a property on a prototype, or found it absent along
//! the chain, stays valid while the receiver's shape is the same and the
//! validity cell of the receiver's prototype is valid. The cell of `P`
//! is cleared whenever `P`, or any object on `P`'s chain, changes its shape
//! or its prototype: each prototype with a cell registers with its own
//! prototype (`ProtoInfo::users`), so a change walks down to every
//! registered prototype below it and clears their cells too. A cleared
//! cell is never valid again; the next lookup makes a new one.

use crate::atoms;
use crate::object::*;
use crate::string::Atom;
use crate::value::Value;
use crate::vm::Vm;

/// Objects with more named properties than this go to dictionary mode.
pub const DICT_THRESHOLD: usize = 128;

/// The initial shape for objects of `class` with prototype `proto` and
/// `cap` inline slots.
pub fn root_shape(vm: &mut Vm, class: Class, proto: Option<ObjRef>, cap: u8) -> ShapeRef {
    let key = (proto.map_or(0, |p| p.addr()), class as u8, cap);
    if let Some(&s) = vm.root_shapes.get(&key) {
        return s;
    }
    if let Some(p) = proto {
        p.set_flag(oflags::IS_PROTOTYPE, true);
    }
    let s = vm.new_shape_cell(class, proto, cap, ShapeData::default());
    vm.root_shapes.insert(key, s);
    s
}

/// The inline capacity to give ordinary objects expected to get `n`
/// properties (0: not known): room for at least 3 (4 when not known) and
/// at most 16, and every slot the cell's size class holds (with a
/// five-word header, 3 slots fill 64 bytes, 5 fill 80).
pub const fn inline_cap_for(n: u32) -> u8 {
    let want = match n {
        0 => 4,
        1..=3 => 3,
        4..=16 => n as usize,
        _ => 16,
    };
    let bare = object_cell_size(Class::Ordinary, 0);
    let size = crate::heap::cell_size_for(object_cell_size(Class::Ordinary, want));
    ((size - bare) / 8) as u8
}

fn child_shape(vm: &mut Vm, parent: ShapeRef, tk: TransitionKey) -> ShapeRef {
    if let Some(&s) = parent.data().transitions.get(&tk) {
        return s;
    }
    let pd = parent.data();
    let mut data = ShapeData {
        parent: Some(parent),
        props: pd.props.clone(),
        last_transition: Some(tk),
        ..ShapeData::default()
    };
    let mut num_slots = parent.num_slots();
    let mut flags = parent.flags();
    let mut proto = parent.proto();
    match tk {
        TransitionKey::Add(key, attrs) => {
            data.props.push(PropEntry {
                key,
                slot: num_slots,
                attrs,
            });
            num_slots += 1;
        }
        TransitionKey::Reconfigure(key, attrs) => {
            if let Some(e) = data.props.iter_mut().find(|e| e.key == key) {
                e.attrs = attrs;
            }
        }
        TransitionKey::Proto(addr) => {
            // The address came from a live object the caller holds.
            proto = if addr == 0 {
                None
            } else {
                Some(proto_from_addr(vm, addr))
            };
            if let Some(p) = proto {
                p.set_flag(oflags::IS_PROTOTYPE, true);
                if p.elem_len() > 0 || p.is_sparse() {
                    vm.indexed_protos = true;
                }
            }
        }
        TransitionKey::PreventExtensions => flags |= sflags::NOT_EXTENSIBLE,
        TransitionKey::Seal => {
            flags |= sflags::NOT_EXTENSIBLE | sflags::SEALED_ELEMENTS;
            for e in &mut data.props {
                e.attrs &= !ir::attrs::CONFIGURABLE;
            }
        }
        TransitionKey::Freeze => {
            flags |= sflags::NOT_EXTENSIBLE | sflags::SEALED_ELEMENTS | sflags::FROZEN_ELEMENTS;
            for e in &mut data.props {
                e.attrs &= !ir::attrs::CONFIGURABLE;
                if e.attrs & ACCESSOR == 0 {
                    e.attrs &= !ir::attrs::WRITABLE;
                }
            }
        }
    }
    if data.props.len() > INDEX_THRESHOLD {
        // The parent's index with the one new key, when it has one: a long
        // chain of transitions (an object used as a map) then costs a copy
        // per shape rather than a rehash of every key.
        match (&pd.index, tk) {
            (Some(index), TransitionKey::Add(key, _)) => {
                let mut index = index.clone();
                index.insert(key, data.props.len() as u32 - 1);
                data.index = Some(index);
            }
            (Some(index), _) => data.index = Some(index.clone()),
            (None, _) => data.build_index(),
        }
    }
    let s = vm.new_shape_cell(parent.class(), proto, parent.inline_cap(), data);
    s.set_num_slots(num_slots);
    s.set_flags(flags & !sflags::DICT);
    let pd = parent.data();
    if pd.transitions.is_empty() {
        vm.transition_owners.push(parent);
    }
    pd.transitions.insert(tk, s);
    s
}

/// Finds the live object at `addr` (a prototype held by the caller).
fn proto_from_addr(vm: &Vm, addr: usize) -> ObjRef {
    let cell = vm.heap.find_cell(addr).expect("prototype is a live cell");
    // SAFETY: `find_cell` returned a live cell; prototypes are objects.
    unsafe { ObjRef::from_raw(cell) }
}

/// Sets `obj`'s shape, clearing validity cells that depend on it.
#[inline]
pub fn set_shape(vm: &mut Vm, obj: ObjRef, shape: ShapeRef) {
    if obj.has_flag(oflags::HAS_PROTO_INFO) {
        invalidate(vm, obj);
    }
    obj.set_shape_ptr(shape.ptr());
}

/// Makes sure `obj` has storage for every slot of `shape`.
fn reserve_for(vm: &mut Vm, obj: ObjRef, shape: ShapeRef) {
    let n = shape.num_slots();
    let cap = shape.inline_cap() as u32;
    if n > cap {
        let bytes = obj.reserve_slots(n - cap);
        vm.heap.note_external(bytes);
    }
}

/// The shape `shape` transitions to when property `key` is added (non-dictionary shapes only).
pub fn add_transition(vm: &mut Vm, shape: ShapeRef, key: Atom, attrs: u8) -> ShapeRef {
    debug_assert!(!shape.is_dict());
    child_shape(vm, shape, TransitionKey::Add(key, attrs))
}

/// Adds a new own named property (the caller checked it is absent and the
/// object is extensible).
pub fn add_property(vm: &mut Vm, obj: ObjRef, key: Atom, attrs: u8, value: Value) {
    let shape = obj.shape();
    if shape.is_dict() {
        let slot = {
            let d = shape.data();
            let slot = match d.free_slots.pop() {
                Some(s) => s,
                None => {
                    let s = shape.num_slots();
                    shape.set_num_slots(s + 1);
                    s
                }
            };
            let idx = d.props.len() as u32;
            d.props.push(PropEntry { key, slot, attrs });
            d.index
                .get_or_insert_with(Default::default)
                .insert(key, idx);
            d.live += 1;
            slot
        };
        reserve_for(vm, obj, shape);
        obj.set_slot(slot, value);
        if obj.has_flag(oflags::HAS_PROTO_INFO) {
            invalidate(vm, obj);
        }
        return;
    }
    if shape.data().props.len() >= DICT_THRESHOLD {
        to_dictionary(vm, obj);
        return add_property(vm, obj, key, attrs, value);
    }
    let new = add_transition(vm, shape, key, attrs);
    reserve_for(vm, obj, new);
    set_shape(vm, obj, new);
    obj.set_slot(new.num_slots() - 1, value);
}

/// Moves `obj` to a dictionary shape of its own.
pub fn to_dictionary(vm: &mut Vm, obj: ObjRef) {
    let shape = obj.shape();
    if shape.is_dict() {
        return;
    }
    let mut data = ShapeData {
        props: shape.data().props.clone(),
        live: shape.data().props.len() as u32,
        ..ShapeData::default()
    };
    data.build_index();
    let d = vm.new_shape_cell(shape.class(), shape.proto(), shape.inline_cap(), data);
    d.set_num_slots(shape.num_slots());
    d.set_flags(shape.flags() | sflags::DICT);
    set_shape(vm, obj, d);
}

/// Removes own named property `key` (the caller checked it exists and is configurable).
pub fn remove_property(vm: &mut Vm, obj: ObjRef, key: Atom) {
    let shape = obj.shape();
    if !shape.is_dict() {
        // Deleting the last-added property goes back to the parent shape.
        let d = shape.data();
        if let (Some(TransitionKey::Add(k, _)), Some(parent)) = (d.last_transition, d.parent)
            && k == key
        {
            let slot = d.props.last().unwrap().slot;
            obj.set_slot(slot, Value::UNDEFINED);
            set_shape(vm, obj, parent);
            return;
        }
        to_dictionary(vm, obj);
    }
    let shape = obj.shape();
    let slot = {
        let d = shape.data();
        let Some(i) = d.find(key) else { return };
        let slot = d.props[i].slot;
        d.props[i].key = TOMBSTONE;
        d.index.as_mut().unwrap().remove(&key);
        d.free_slots.push(slot);
        d.live -= 1;
        if d.props.len() > 16 && (d.live as usize) < d.props.len() / 2 {
            d.props.retain(|p| p.key != TOMBSTONE);
            d.build_index();
        }
        slot
    };
    obj.set_slot(slot, Value::UNDEFINED);
    if obj.has_flag(oflags::HAS_PROTO_INFO) {
        invalidate(vm, obj);
    }
}

/// Changes the attributes of own named property `key`.
pub fn reconfigure(vm: &mut Vm, obj: ObjRef, key: Atom, attrs: u8) {
    let shape = obj.shape();
    if shape.is_dict() {
        let d = shape.data();
        if let Some(i) = d.find(key) {
            d.props[i].attrs = attrs;
        }
        if obj.has_flag(oflags::HAS_PROTO_INFO) {
            invalidate(vm, obj);
        }
        return;
    }
    let new = child_shape(vm, shape, TransitionKey::Reconfigure(key, attrs));
    set_shape(vm, obj, new);
}

/// Applies an integrity transition (prevent extensions, seal, freeze).
pub fn integrity(vm: &mut Vm, obj: ObjRef, tk: TransitionKey) {
    let shape = obj.shape();
    if shape.is_dict() {
        let d = shape.data();
        let mut flags = shape.flags() | sflags::NOT_EXTENSIBLE;
        if matches!(tk, TransitionKey::Seal | TransitionKey::Freeze) {
            flags |= sflags::SEALED_ELEMENTS;
            for e in &mut d.props {
                e.attrs &= !ir::attrs::CONFIGURABLE;
            }
        }
        if tk == TransitionKey::Freeze {
            flags |= sflags::FROZEN_ELEMENTS;
            for e in &mut d.props {
                if e.attrs & ACCESSOR == 0 {
                    e.attrs &= !ir::attrs::WRITABLE;
                }
            }
        }
        shape.set_flags(flags);
        if obj.has_flag(oflags::HAS_PROTO_INFO) {
            invalidate(vm, obj);
        }
        return;
    }
    let new = child_shape(vm, shape, tk);
    set_shape(vm, obj, new);
}

/// Sets `obj`'s prototype (the caller checked extensibility and cycles).
pub fn set_prototype(vm: &mut Vm, obj: ObjRef, proto: Option<ObjRef>) {
    let shape = obj.shape();
    if shape.proto() == proto {
        return;
    }
    if let Some(info) = vm.proto_infos.get_mut(&obj) {
        info.registered_with = None;
    }
    if shape.is_dict() {
        if let Some(p) = proto {
            p.set_flag(oflags::IS_PROTOTYPE, true);
            if p.elem_len() > 0 || p.is_sparse() {
                vm.indexed_protos = true;
            }
        }
        shape.set_proto_ptr(proto.map_or(std::ptr::null_mut(), |p| p.ptr()));
        if obj.has_flag(oflags::HAS_PROTO_INFO) {
            invalidate(vm, obj);
        }
        return;
    }
    let new = child_shape(
        vm,
        shape,
        TransitionKey::Proto(proto.map_or(0, |p| p.addr())),
    );
    set_shape(vm, obj, new);
}

// ---------------------------------------------------------------- validity cells

/// The validity cell for lookups through `proto`'s chain.
pub fn validity_cell(vm: &mut Vm, proto: ObjRef) -> CellRef {
    if let Some(info) = vm.proto_infos.get(&proto)
        && let Some(c) = info.cell
        && c.is_valid()
    {
        return c;
    }
    let cell = vm.new_validity_cell();
    proto.set_flag(oflags::HAS_PROTO_INFO, true);
    vm.proto_infos.entry(proto).or_default().cell = Some(cell);
    // Register the chain so a change anywhere above reaches this cell.
    let mut p = proto;
    while let Some(q) = p.proto() {
        let info = vm.proto_infos.entry(p).or_default();
        if info.registered_with == Some(q) {
            break;
        }
        info.registered_with = Some(q);
        q.set_flag(oflags::HAS_PROTO_INFO, true);
        vm.proto_infos.entry(q).or_default().users.push(p);
        p = q;
    }
    cell
}

/// `obj` changed: clear its cell and those of every prototype registered below it.
pub fn invalidate(vm: &mut Vm, obj: ObjRef) {
    let mut work = vec![obj];
    while let Some(x) = work.pop() {
        let Some(info) = vm.proto_infos.get_mut(&x) else {
            continue;
        };
        if let Some(c) = info.cell.take() {
            c.invalidate();
        }
        let users = std::mem::take(&mut info.users);
        for u in users {
            if let Some(ui) = vm.proto_infos.get_mut(&u)
                && ui.registered_with == Some(x)
            {
                ui.registered_with = None;
                work.push(u);
            }
        }
    }
}

/// The property-table view of `obj`'s shape for `key`: (entry index, entry).
pub fn find_own(obj: ObjRef, key: Atom) -> Option<PropEntry> {
    obj.shape().lookup(key)
}

/// Where slot `slot` of objects with `shape` lives, as the caches and the
/// JIT encode it: a byte offset from the object (inline), or the
/// out-of-line index with `OUT_OF_LINE` set.
pub fn slot_location(shape: ShapeRef, slot: u32) -> u32 {
    let cap = shape.inline_cap() as u32;
    if slot < cap {
        shape.inline_offset() as u32 + 8 * slot
    } else {
        OUT_OF_LINE | (slot - cap)
    }
}

pub const OUT_OF_LINE: u32 = 1 << 31;

/// The `constructor` atom (re-exported for builtins wiring prototypes).
pub const CONSTRUCTOR: Atom = atoms::CONSTRUCTOR;
