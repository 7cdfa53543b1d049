//! Object storage: the layouts of objects, shapes, environments, accessor
//! pairs and validity cells, and raw access to their fields.
//!
//! An object is a header, its shape, an out-of-line slot vector, an element
//! vector, per-class internal words, then inline slots:
//! ```text
//!  0 header (kind, mark, class, flags, extra = array length)
//!  8 shape          16 slots (out-of-line)   24 elements (dense, or sparse map)
//! 32 elem_len u32   36 elem_cap u32
//! 40 class words (functions: info, env, home, fields; ...) then inline slots
//! ```
//! The out-of-line slot vector keeps its capacity in the word before its
//! first slot, so the header is five words: an ordinary object with three
//! inline slots is a 64-byte cell.
//! Slot `i` is inline when `i < shape.inline_cap`, at byte
//! `shape.inline_offset + 8*i`; otherwise it is `slots[i - inline_cap]`. The
//! shape fixes the class and the inline capacity, so one shape compare
//! proves the whole layout. Offsets for the JIT are in [`crate::layout`].
//!
//! Every accessor here reads or writes one field through the raw pointer;
//! no reference into a cell outlives the call, so nothing aliases across
//! a re-entrant call into JS.

use std::alloc::{Layout, alloc, dealloc, realloc};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::ptr::{self, NonNull};

use rustc_hash::FxHashMap;

use crate::heap::{CellHeader, CellKind};
use crate::string::{Atom, StrRef};
use crate::value::Value;

// ---------------------------------------------------------------- classes

/// The kind of object: decides internal words and exotic behaviour.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Ordinary = 0,
    Array = 1,
    /// A closure over IR code.
    Function = 2,
    /// A builtin implemented in Rust.
    NativeFunction = 3,
    BoundFunction = 4,
    Error = 5,
    BooleanBox = 6,
    NumberBox = 7,
    StringBox = 8,
    Arguments = 9,
    ForInIterator = 10,
    ForOfIterator = 11,
}

impl Class {
    pub const ALL: [Class; 12] = [
        Class::Ordinary,
        Class::Array,
        Class::Function,
        Class::NativeFunction,
        Class::BoundFunction,
        Class::Error,
        Class::BooleanBox,
        Class::NumberBox,
        Class::StringBox,
        Class::Arguments,
        Class::ForInIterator,
        Class::ForOfIterator,
    ];
    pub fn from_u8(c: u8) -> Class {
        Class::ALL[c as usize]
    }
    /// Number of internal words before the inline slots.
    pub const fn data_words(self) -> usize {
        match self {
            Class::Function => 4,
            Class::NativeFunction => 2,
            Class::BoundFunction => 3,
            Class::BooleanBox | Class::NumberBox | Class::StringBox => 1,
            Class::ForInIterator | Class::ForOfIterator => 3,
            Class::Ordinary | Class::Array | Class::Error | Class::Arguments => 0,
        }
    }
    pub fn is_callable(self) -> bool {
        matches!(
            self,
            Class::Function | Class::NativeFunction | Class::BoundFunction
        )
    }
    /// Which of the class words hold `Value`s the collector must trace.
    pub fn traced_words(self) -> &'static [usize] {
        match self {
            Class::Function => &[1, 2, 3],
            Class::NativeFunction => &[1],
            Class::BoundFunction => &[0, 1, 2],
            Class::BooleanBox | Class::NumberBox | Class::StringBox => &[0],
            Class::ForInIterator | Class::ForOfIterator => &[0, 1],
            Class::Ordinary | Class::Array | Class::Error | Class::Arguments => &[],
        }
    }
}

/// Object header flags.
pub mod oflags {
    /// The object has an entry in the VM's prototype-info table.
    pub const HAS_PROTO_INFO: u8 = 1;
    /// `elements` points to a `SparseElements` map.
    pub const SPARSE: u8 = 2;
    /// An array whose `length` is not writable.
    pub const LENGTH_READONLY: u8 = 4;
    /// Some shape has this object as its prototype.
    pub const IS_PROTOTYPE: u8 = 8;
    /// A native function that can be used with `new`.
    pub const NATIVE_CTOR: u8 = 16;
}

pub const OBJECT_HEADER_SIZE: usize = 40;

#[repr(C)]
pub struct ObjectCell {
    pub header: CellHeader,
    pub shape: *mut ShapeCell,
    /// Null, or the first slot of a vector whose word before it holds the
    /// vector's capacity in slots (`reserve_slots`).
    pub slots: *mut Value,
    pub elements: *mut Value,
    pub elem_len: u32,
    pub elem_cap: u32,
}

const _: () = assert!(std::mem::size_of::<ObjectCell>() == OBJECT_HEADER_SIZE);

/// Elements of an object in sparse mode: any index, any attributes.
#[derive(Default, Debug)]
pub struct SparseElements {
    pub map: BTreeMap<u32, SparseEntry>,
}

#[derive(Clone, Copy, Debug)]
pub struct SparseEntry {
    /// The value, or the accessor pair cell when `attrs` has ACCESSOR.
    pub value: Value,
    pub attrs: u8,
}

/// The size of an object cell of `class` with `inline_cap` inline slots.
pub const fn object_cell_size(class: Class, inline_cap: usize) -> usize {
    OBJECT_HEADER_SIZE + 8 * (class.data_words() + inline_cap)
}

/// A reference to a live object cell.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjRef(NonNull<ObjectCell>);

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "obj@{:p}", self.0)
    }
}

fn value_layout(n: usize) -> Layout {
    Layout::array::<Value>(n).expect("slot vector layout")
}

// ---------------------------------------------------------------- value vectors

/// Value vectors of up to `4 << (POOL_CLASSES - 1)` entries come in
/// power-of-two size classes and are recycled through one free list per
/// class: objects and arrays are made and dropped by the thousand, and the
/// sweeper frees their vectors in bulk, which malloc's per-thread caches
/// do not absorb. A free vector's first word links to the next.
const POOL_CLASSES: usize = 4;
/// Free vectors kept per class (the rest go back to malloc).
const POOL_KEEP: u32 = 4096;

struct VecPool {
    heads: [Cell<*mut Value>; POOL_CLASSES],
    counts: [Cell<u32>; POOL_CLASSES],
}

impl Drop for VecPool {
    fn drop(&mut self) {
        for (c, head) in self.heads.iter().enumerate() {
            let mut p = head.replace(ptr::null_mut());
            while !p.is_null() {
                // SAFETY: `p` is a free vector of class `c` from `alloc`;
                // its first word holds the next.
                unsafe {
                    let next = *(p as *mut *mut Value);
                    dealloc(p as *mut u8, value_layout(class_len(c)));
                    p = next;
                }
            }
        }
    }
}

thread_local! {
    static POOL: VecPool = const {
        VecPool {
            heads: [const { Cell::new(ptr::null_mut()) }; POOL_CLASSES],
            counts: [const { Cell::new(0) }; POOL_CLASSES],
        }
    };
}

/// The size class of a vector of capacity `cap`, if pooled.
#[inline]
fn class_of(cap: usize) -> Option<usize> {
    if cap == 0 || cap > class_len(POOL_CLASSES - 1) {
        return None;
    }
    Some((cap.max(4).next_power_of_two().trailing_zeros() - 2) as usize)
}

#[inline]
fn class_len(c: usize) -> usize {
    4 << c
}

/// The capacity to give a vector that must hold `n` values: a pooled
/// vector's whole class.
pub fn vector_cap(n: u32) -> u32 {
    match class_of(n as usize) {
        Some(c) => class_len(c) as u32,
        None => n,
    }
}

/// A vector of class `c`: a recycled one, else a new one.
fn take_vector(c: usize) -> *mut Value {
    let p = POOL
        .try_with(|pool| {
            let p = pool.heads[c].get();
            if !p.is_null() {
                // SAFETY: `p` heads the free list; its first word links on.
                pool.heads[c].set(unsafe { *(p as *mut *mut Value) });
                pool.counts[c].set(pool.counts[c].get() - 1);
            }
            p
        })
        .unwrap_or(ptr::null_mut());
    if !p.is_null() {
        return p;
    }
    alloc_values(class_len(c))
}

/// A new malloc'd vector for `n > 0` values (uninitialised).
fn alloc_values(n: usize) -> *mut Value {
    let layout = value_layout(n);
    // SAFETY: the layout has non-zero size.
    let q = unsafe { alloc(layout) } as *mut Value;
    if q.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    q
}

/// Gives back vector `p` of class `c`.
///
/// # Safety
/// `p` must be a vector of class `c` from `take_vector`, no longer used.
unsafe fn give_vector(p: *mut Value, c: usize) {
    let kept = POOL
        .try_with(|pool| {
            if pool.counts[c].get() >= POOL_KEEP {
                return false;
            }
            // SAFETY: the vector is ours and unused; its first word now
            // links to the next free one.
            unsafe { *(p as *mut *mut Value) = pool.heads[c].get() };
            pool.heads[c].set(p);
            pool.counts[c].set(pool.counts[c].get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: per the contract, allocated with this layout.
        unsafe { dealloc(p as *mut u8, value_layout(class_len(c))) };
    }
}

/// Grows (or allocates) a vector of values from `old` to `new` entries
/// (capacities); new entries are filled with `fill`.
///
/// # Safety
/// `p` must be null with `old == 0`, or a vector of `old` values from here.
unsafe fn grow_values(p: *mut Value, old: usize, new: usize, fill: Value) -> *mut Value {
    let (oc, nc) = (class_of(old), class_of(new));
    // SAFETY: per the contract, `p` holds `old` values and was allocated
    // for capacity `old` (by class when pooled, by `value_layout` if not).
    unsafe {
        let q = if !p.is_null() && oc.is_some() && oc == nc {
            p
        } else if !p.is_null() && oc.is_none() && nc.is_none() {
            let q =
                realloc(p as *mut u8, value_layout(old), value_layout(new).size()) as *mut Value;
            if q.is_null() {
                std::alloc::handle_alloc_error(value_layout(new));
            }
            q
        } else {
            let q = match nc {
                Some(c) => take_vector(c),
                None => alloc_values(new),
            };
            if !p.is_null() {
                ptr::copy_nonoverlapping(p, q, old);
                free_values(p, old);
            }
            q
        };
        for i in old..new {
            q.add(i).write(fill);
        }
        q
    }
}

/// Frees a vector made by `grow_values`.
///
/// # Safety
/// `p` must be null or a vector of `cap` values from `grow_values`.
unsafe fn free_values(p: *mut Value, cap: usize) {
    if p.is_null() || cap == 0 {
        return;
    }
    match class_of(cap) {
        // SAFETY: per the contract.
        Some(c) => unsafe { give_vector(p, c) },
        // SAFETY: per the contract.
        None => unsafe { dealloc(p as *mut u8, value_layout(cap)) },
    }
}

macro_rules! raw_field {
    ($get:ident, $set:ident, $field:ident : $ty:ty) => {
        #[inline]
        pub fn $get(self) -> $ty {
            // SAFETY: the reference points to a live cell of this type.
            unsafe { (*self.ptr()).$field }
        }
        #[inline]
        pub fn $set(self, v: $ty) {
            // SAFETY: the reference points to a live cell of this type.
            unsafe { (*self.ptr()).$field = v }
        }
    };
}

impl ObjRef {
    /// # Safety
    /// `p` must point to a live, initialised object cell.
    #[inline]
    pub unsafe fn from_raw(p: *mut CellHeader) -> ObjRef {
        // SAFETY: the caller promises a live object cell, never null.
        ObjRef(unsafe { NonNull::new_unchecked(p as *mut ObjectCell) })
    }
    #[inline]
    pub fn ptr(self) -> *mut ObjectCell {
        self.0.as_ptr()
    }
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
    #[inline]
    pub fn value(self) -> Value {
        Value::from_cell(self.0.as_ptr() as *mut CellHeader)
    }

    raw_field!(shape_ptr, set_shape_ptr, shape: *mut ShapeCell);
    raw_field!(elem_len, set_elem_len, elem_len: u32);
    raw_field!(elem_cap, set_elem_cap, elem_cap: u32);
    raw_field!(elements_ptr, set_elements_ptr, elements: *mut Value);

    #[inline]
    pub fn shape(self) -> ShapeRef {
        // SAFETY: every initialised object has a non-null shape.
        unsafe { ShapeRef::from_raw(self.shape_ptr()) }
    }
    #[inline]
    pub fn class(self) -> Class {
        // SAFETY: live object cell.
        Class::from_u8(unsafe { (*self.ptr()).header.class })
    }
    #[inline]
    pub fn flags(self) -> u8 {
        // SAFETY: live object cell.
        unsafe { (*self.ptr()).header.flags }
    }
    #[inline]
    pub fn set_flag(self, f: u8, on: bool) {
        // SAFETY: live object cell.
        unsafe {
            let h = &mut (*self.ptr()).header;
            if on { h.flags |= f } else { h.flags &= !f }
        }
    }
    #[inline]
    pub fn has_flag(self, f: u8) -> bool {
        self.flags() & f != 0
    }
    /// An array's `length`.
    #[inline]
    pub fn array_length(self) -> u32 {
        // SAFETY: live object cell.
        unsafe { (*self.ptr()).header.extra }
    }
    #[inline]
    pub fn set_array_length(self, n: u32) {
        // SAFETY: live object cell.
        unsafe { (*self.ptr()).header.extra = n }
    }
    #[inline]
    pub fn is_callable(self) -> bool {
        self.class().is_callable()
    }
    #[inline]
    pub fn proto(self) -> Option<ObjRef> {
        self.shape().proto()
    }

    // ---- class words ----

    #[inline]
    fn word_ptr(self, i: usize) -> *mut u64 {
        debug_assert!(i < self.class().data_words());
        // SAFETY: class word `i` lies inside the cell for this class.
        unsafe { (self.ptr() as *mut u8).add(OBJECT_HEADER_SIZE + 8 * i) as *mut u64 }
    }
    #[inline]
    pub fn word(self, i: usize) -> u64 {
        // SAFETY: `word_ptr` is inside the live cell.
        unsafe { *self.word_ptr(i) }
    }
    #[inline]
    pub fn set_word(self, i: usize, w: u64) {
        // SAFETY: `word_ptr` is inside the live cell.
        unsafe { *self.word_ptr(i) = w }
    }
    #[inline]
    pub fn word_value(self, i: usize) -> Value {
        Value::from_bits(self.word(i))
    }
    #[inline]
    pub fn set_word_value(self, i: usize, v: Value) {
        self.set_word(i, v.bits())
    }

    // ---- named slots ----

    /// Slot `i` (see the module docs for where it lives).
    #[inline]
    pub fn slot(self, i: u32) -> Value {
        let shape = self.shape();
        let cap = shape.inline_cap() as u32;
        // SAFETY: the shape says this object has `cap` inline slots at
        // `inline_offset` and at least `i - cap + 1` out-of-line slots.
        unsafe {
            if i < cap {
                *((self.ptr() as *mut u8).add(shape.inline_offset() as usize) as *mut Value)
                    .add(i as usize)
            } else {
                debug_assert!(i - cap < self.slot_cap());
                *(*self.ptr()).slots.add((i - cap) as usize)
            }
        }
    }
    #[inline]
    pub fn set_slot(self, i: u32, v: Value) {
        let shape = self.shape();
        let cap = shape.inline_cap() as u32;
        // SAFETY: as in `slot`.
        unsafe {
            if i < cap {
                *((self.ptr() as *mut u8).add(shape.inline_offset() as usize) as *mut Value)
                    .add(i as usize) = v;
            } else {
                debug_assert!(i - cap < self.slot_cap());
                *(*self.ptr()).slots.add((i - cap) as usize) = v;
            }
        }
    }
    /// How many out-of-line slots the object has room for.
    #[inline]
    pub fn slot_cap(self) -> u32 {
        self.slot_vector().1.saturating_sub(1) as u32
    }
    /// The slot vector as allocated (its capacity word first) and its
    /// length in words: null and 0 without one.
    #[inline]
    fn slot_vector(self) -> (*mut Value, usize) {
        // SAFETY: `slots` is null or one word into a vector whose first
        // word holds the capacity (`reserve_slots`).
        unsafe {
            let s = (*self.ptr()).slots;
            if s.is_null() {
                (s, 0)
            } else {
                let v = s.sub(1);
                (v, (*v).bits() as usize + 1)
            }
        }
    }
    /// Makes room for `n` out-of-line slots; returns the bytes allocated.
    pub fn reserve_slots(self, n: u32) -> usize {
        let cap = self.slot_cap();
        if n <= cap {
            return 0;
        }
        // The vector's first word is its capacity, then the slots.
        let new = vector_cap(n.max(4).max(cap * 2) + 1) - 1;
        let (old, old_len) = self.slot_vector();
        // SAFETY: `old` is null with length 0 or a vector of `old_len`
        // values; the new one has `new + 1`, the first the capacity.
        unsafe {
            let v = grow_values(old, old_len, new as usize + 1, Value::UNDEFINED);
            v.write(Value::from_bits(u64::from(new)));
            (*self.ptr()).slots = v.add(1);
        }
        8 * (new as usize + 1 - old_len)
    }

    // ---- dense elements ----

    #[inline]
    pub fn is_sparse(self) -> bool {
        self.has_flag(oflags::SPARSE)
    }
    /// Dense element `i` (`i < elem_len`), possibly the hole.
    #[inline]
    pub fn element(self, i: u32) -> Value {
        debug_assert!(!self.is_sparse() && i < self.elem_len());
        // SAFETY: dense elements hold `elem_len` initialised values.
        unsafe { *(*self.ptr()).elements.add(i as usize) }
    }
    #[inline]
    pub fn set_element(self, i: u32, v: Value) {
        debug_assert!(!self.is_sparse() && i < self.elem_len());
        // SAFETY: as in `element`.
        unsafe { *(*self.ptr()).elements.add(i as usize) = v }
    }
    /// Makes room for `n` dense elements (new ones are holes up to
    /// `elem_len` growth by the caller); returns the bytes allocated.
    pub fn reserve_elements(self, n: u32) -> usize {
        debug_assert!(!self.is_sparse());
        let cap = self.elem_cap();
        if n <= cap {
            return 0;
        }
        let new = vector_cap(n.max(4).max(cap.saturating_mul(2)).max(cap + cap / 2));
        // SAFETY: `elements` is null with cap 0 or a vector of `cap` values.
        unsafe {
            (*self.ptr()).elements = grow_values(
                (*self.ptr()).elements,
                cap as usize,
                new as usize,
                Value::HOLE,
            );
        }
        self.set_elem_cap(new);
        8 * (new - cap) as usize
    }
    /// Moves the dense elements after the first down by one and drops the
    /// last position (what `shift` does to a dense array).
    pub fn shift_dense(self) {
        let n = self.elem_len();
        debug_assert!(!self.is_sparse() && n > 0);
        // SAFETY: the first `n` slots of the element vector hold values;
        // `copy` allows the overlap.
        unsafe {
            let p = (*self.ptr()).elements;
            ptr::copy(p.add(1), p, n as usize - 1);
        }
        self.set_elem_len(n - 1);
    }
    /// Sets `elem_len`, filling new positions with holes (capacity must suffice).
    pub fn set_dense_len(self, n: u32) {
        let old = self.elem_len();
        debug_assert!(n <= self.elem_cap());
        for i in old..n {
            // SAFETY: `i < elem_cap`, inside the vector.
            unsafe { *(*self.ptr()).elements.add(i as usize) = Value::HOLE };
        }
        self.set_elem_len(n);
    }
    /// The sparse element map (the object must be sparse).
    pub fn sparse<'a>(self) -> &'a mut SparseElements {
        debug_assert!(self.is_sparse());
        // SAFETY: when SPARSE is set, `elements` holds a boxed SparseElements
        // owned by this object.
        unsafe { &mut *((*self.ptr()).elements as *mut SparseElements) }
    }
    /// Moves every dense element into a sparse map.
    pub fn make_sparse(self) {
        if self.is_sparse() {
            return;
        }
        let mut map = BTreeMap::new();
        for i in 0..self.elem_len() {
            let v = self.element(i);
            if !v.is_hole() {
                map.insert(
                    i,
                    SparseEntry {
                        value: v,
                        attrs: ir::attrs::DEFAULT,
                    },
                );
            }
        }
        // SAFETY: releases the dense vector this object owns.
        unsafe { free_values((*self.ptr()).elements, self.elem_cap() as usize) };
        let boxed = Box::into_raw(Box::new(SparseElements { map }));
        self.set_elements_ptr(boxed as *mut Value);
        self.set_elem_len(0);
        self.set_elem_cap(0);
        self.set_flag(oflags::SPARSE, true);
    }

    /// Does the object own out-of-line storage (slots or elements)?
    #[inline]
    pub fn has_storage(self) -> bool {
        // SAFETY: reads two fields of a live (or dead, unswept) object.
        unsafe { !(*self.ptr()).slots.is_null() || !(*self.ptr()).elements.is_null() }
    }

    /// Frees the object's out-of-line storage (called by the sweeper).
    pub fn release_storage(self) {
        // SAFETY: the object is dead; its vectors are owned by it alone.
        unsafe {
            let (slots, len) = self.slot_vector();
            free_values(slots, len);
            if self.is_sparse() {
                drop(Box::from_raw((*self.ptr()).elements as *mut SparseElements));
            } else {
                free_values((*self.ptr()).elements, self.elem_cap() as usize);
            }
            (*self.ptr()).slots = ptr::null_mut();
            (*self.ptr()).elements = ptr::null_mut();
        }
    }
}

impl ObjRef {
    /// A reference that must never be dereferenced (the realm's placeholder
    /// before initialisation).
    pub fn dangling() -> ObjRef {
        ObjRef(NonNull::dangling())
    }
}

impl ShapeRef {
    /// A reference that must never be dereferenced (see `ObjRef::dangling`).
    pub fn dangling() -> ShapeRef {
        ShapeRef(NonNull::dangling())
    }
}

/// Initialises a fresh zeroed object cell.
///
/// # Safety
/// `cell` must be a fresh allocation of `object_cell_size(class, shape.inline_cap())`.
pub unsafe fn init_object(cell: *mut CellHeader, class: Class, shape: ShapeRef) -> ObjRef {
    // SAFETY: per the contract the cell is large enough and zeroed.
    unsafe {
        let obj = cell as *mut ObjectCell;
        obj.write(ObjectCell {
            header: CellHeader {
                kind: CellKind::Object,
                mark: 0,
                class: class as u8,
                flags: 0,
                extra: 0,
            },
            shape: shape.ptr(),
            slots: ptr::null_mut(),
            elements: ptr::null_mut(),
            elem_len: 0,
            elem_cap: 0,
        });
        let r = ObjRef::from_raw(cell);
        for i in 0..class.data_words() {
            r.set_word(i, Value::UNDEFINED.bits());
        }
        let base = (cell as *mut u8).add(shape.inline_offset() as usize) as *mut Value;
        for i in 0..shape.inline_cap() as usize {
            base.add(i).write(Value::UNDEFINED);
        }
        r
    }
}

// ---------------------------------------------------------------- shapes

/// Shape flags.
pub mod sflags {
    /// Dictionary mode: this shape belongs to one object and changes in place.
    pub const DICT: u16 = 1;
    pub const NOT_EXTENSIBLE: u16 = 2;
    /// Dense elements are read-only and non-configurable.
    pub const FROZEN_ELEMENTS: u16 = 4;
    /// Dense elements are non-configurable.
    pub const SEALED_ELEMENTS: u16 = 8;
    /// Not a real object's shape: stands for a primitive type in caches.
    pub const PRIMITIVE: u16 = 16;
}

/// Attribute bit for accessor properties (the slot holds an accessor pair).
pub const ACCESSOR: u8 = 8;

/// One named property of a shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropEntry {
    pub key: Atom,
    pub slot: u32,
    pub attrs: u8,
}

/// A deleted entry in a dictionary's property list.
pub const TOMBSTONE: Atom = Atom(u32::MAX);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TransitionKey {
    Add(Atom, u8),
    Reconfigure(Atom, u8),
    Proto(usize),
    PreventExtensions,
    Seal,
    Freeze,
}

/// The Rust-side part of a shape.
#[derive(Default, Debug)]
pub struct ShapeData {
    pub parent: Option<ShapeRef>,
    /// Properties in insertion order (dictionaries: with tombstones).
    pub props: Vec<PropEntry>,
    /// key → index in `props`, when there are more than a few.
    pub index: Option<FxHashMap<Atom, u32>>,
    pub transitions: FxHashMap<TransitionKey, ShapeRef>,
    /// Dictionaries: slots freed by deletes.
    pub free_slots: Vec<u32>,
    /// Dictionaries: entries that are not tombstones.
    pub live: u32,
    /// The transition that made this shape from `parent`.
    pub last_transition: Option<TransitionKey>,
}

pub const INDEX_THRESHOLD: usize = 8;

impl ShapeData {
    pub fn find(&self, key: Atom) -> Option<usize> {
        match &self.index {
            Some(map) => map.get(&key).map(|&i| i as usize),
            None => self.props.iter().position(|p| p.key == key),
        }
    }
    pub fn build_index(&mut self) {
        let mut map = FxHashMap::default();
        map.reserve(self.props.len());
        for (i, p) in self.props.iter().enumerate() {
            if p.key != TOMBSTONE {
                map.insert(p.key, i as u32);
            }
        }
        self.index = Some(map);
    }
}

#[repr(C)]
pub struct ShapeCell {
    pub header: CellHeader,
    pub proto: *mut ObjectCell,
    pub data: *mut ShapeData,
    pub num_slots: u32,
    pub flags: u16,
    pub inline_cap: u8,
    pub class: u8,
    pub inline_offset: u16,
    pub pad: [u16; 3],
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct ShapeRef(NonNull<ShapeCell>);

impl std::fmt::Debug for ShapeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "shape@{:p}", self.0)
    }
}

impl ShapeRef {
    /// # Safety
    /// `p` must point to a live, initialised shape cell.
    #[inline]
    pub unsafe fn from_raw(p: *mut ShapeCell) -> ShapeRef {
        // SAFETY: the caller promises a live shape cell.
        ShapeRef(unsafe { NonNull::new_unchecked(p) })
    }
    #[inline]
    pub fn ptr(self) -> *mut ShapeCell {
        self.0.as_ptr()
    }
    pub fn value(self) -> Value {
        Value::from_cell(self.ptr() as *mut CellHeader)
    }
    raw_field!(num_slots, set_num_slots, num_slots: u32);
    raw_field!(flags, set_flags, flags: u16);
    raw_field!(inline_cap, set_inline_cap, inline_cap: u8);
    raw_field!(inline_offset, set_inline_offset, inline_offset: u16);
    raw_field!(proto_ptr, set_proto_ptr, proto: *mut ObjectCell);

    #[inline]
    pub fn proto(self) -> Option<ObjRef> {
        let p = self.proto_ptr();
        // SAFETY: a non-null shape prototype is a live object.
        (!p.is_null()).then(|| unsafe { ObjRef::from_raw(p as *mut CellHeader) })
    }
    #[inline]
    pub fn class(self) -> Class {
        // SAFETY: live shape cell.
        Class::from_u8(unsafe { (*self.ptr()).class })
    }
    #[inline]
    pub fn has(self, f: u16) -> bool {
        self.flags() & f != 0
    }
    #[inline]
    pub fn is_dict(self) -> bool {
        self.has(sflags::DICT)
    }
    /// The Rust-side data. Callers keep the borrow short and never hold it
    /// across anything that could touch this shape again.
    #[inline]
    pub fn data<'a>(self) -> &'a mut ShapeData {
        // SAFETY: every live shape owns a boxed ShapeData.
        unsafe { &mut *(*self.ptr()).data }
    }
    /// Own property lookup by key.
    #[inline]
    pub fn lookup(self, key: Atom) -> Option<PropEntry> {
        let d = self.data();
        d.find(key).map(|i| d.props[i])
    }
    /// Frees the Rust-side data (called by the sweeper).
    pub fn release(self) {
        // SAFETY: the shape is dead and owns its data box.
        unsafe {
            let d = (*self.ptr()).data;
            if !d.is_null() {
                drop(Box::from_raw(d));
                (*self.ptr()).data = ptr::null_mut();
            }
        }
    }
}

/// Initialises a fresh zeroed shape cell.
///
/// # Safety
/// `cell` must be a fresh allocation of `size_of::<ShapeCell>()` bytes.
pub unsafe fn init_shape(
    cell: *mut CellHeader,
    class: Class,
    proto: Option<ObjRef>,
    inline_cap: u8,
    data: ShapeData,
) -> ShapeRef {
    // SAFETY: per the contract.
    unsafe {
        let s = cell as *mut ShapeCell;
        s.write(ShapeCell {
            header: CellHeader {
                kind: CellKind::Shape,
                mark: 0,
                class: 0,
                flags: 0,
                extra: 0,
            },
            proto: proto.map_or(ptr::null_mut(), |p| p.ptr()),
            data: Box::into_raw(Box::new(data)),
            num_slots: 0,
            flags: 0,
            inline_cap,
            class: class as u8,
            inline_offset: (OBJECT_HEADER_SIZE + 8 * class.data_words()) as u16,
            pad: [0; 3],
        });
        ShapeRef::from_raw(s)
    }
}

// ---------------------------------------------------------------- environments

#[repr(C)]
pub struct EnvCell {
    pub header: CellHeader,
    pub parent: Value,
    // followed by `header.extra` slots
}

pub fn env_cell_size(n: usize) -> usize {
    16 + 8 * n
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct EnvRef(NonNull<EnvCell>);

impl EnvRef {
    /// # Safety
    /// `p` must point to a live environment cell.
    #[inline]
    pub unsafe fn from_raw(p: *mut CellHeader) -> EnvRef {
        // SAFETY: the caller promises a live env cell.
        EnvRef(unsafe { NonNull::new_unchecked(p as *mut EnvCell) })
    }
    #[inline]
    pub fn ptr(self) -> *mut EnvCell {
        self.0.as_ptr()
    }
    pub fn value(self) -> Value {
        Value::from_cell(self.ptr() as *mut CellHeader)
    }
    raw_field!(parent, set_parent, parent: Value);
    #[inline]
    pub fn len(self) -> usize {
        // SAFETY: live env cell.
        unsafe { (*self.ptr()).header.extra as usize }
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn get(self, i: usize) -> Value {
        debug_assert!(i < self.len());
        // SAFETY: the env has `len` slots after the header.
        unsafe { *((self.ptr() as *mut u8).add(16) as *mut Value).add(i) }
    }
    #[inline]
    pub fn set(self, i: usize, v: Value) {
        debug_assert!(i < self.len());
        // SAFETY: as in `get`.
        unsafe { *((self.ptr() as *mut u8).add(16) as *mut Value).add(i) = v }
    }
}

/// # Safety
/// `cell` must be a fresh allocation of `env_cell_size(n)` bytes.
pub unsafe fn init_env(cell: *mut CellHeader, parent: Value, n: usize) -> EnvRef {
    // SAFETY: per the contract.
    unsafe {
        (*cell).kind = CellKind::Env;
        (*cell).extra = n as u32;
        let e = EnvRef::from_raw(cell);
        e.set_parent(parent);
        for i in 0..n {
            e.set(i, Value::HOLE);
        }
        e
    }
}

// ---------------------------------------------------------------- accessor pairs

#[repr(C)]
pub struct AccessorCell {
    pub header: CellHeader,
    pub getter: Value,
    pub setter: Value,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct AccessorRef(NonNull<AccessorCell>);

impl AccessorRef {
    /// # Safety
    /// `p` must point to a live accessor cell.
    pub unsafe fn from_raw(p: *mut CellHeader) -> AccessorRef {
        // SAFETY: the caller promises a live accessor cell.
        AccessorRef(unsafe { NonNull::new_unchecked(p as *mut AccessorCell) })
    }
    pub fn ptr(self) -> *mut AccessorCell {
        self.0.as_ptr()
    }
    pub fn value(self) -> Value {
        Value::from_cell(self.ptr() as *mut CellHeader)
    }
    raw_field!(getter, set_getter, getter: Value);
    raw_field!(setter, set_setter, setter: Value);
}

/// # Safety
/// `cell` must be a fresh allocation of `size_of::<AccessorCell>()` bytes.
pub unsafe fn init_accessor(cell: *mut CellHeader, getter: Value, setter: Value) -> AccessorRef {
    // SAFETY: per the contract.
    unsafe {
        (*cell).kind = CellKind::Accessor;
        let a = AccessorRef::from_raw(cell);
        a.set_getter(getter);
        a.set_setter(setter);
        a
    }
}

// ---------------------------------------------------------------- validity cells

/// "The prototype chain from this object up is unchanged": cleared (never
/// set again) by any change along the chain.
#[repr(C)]
pub struct ValidityCell {
    pub header: CellHeader,
    pub valid: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct CellRef(NonNull<ValidityCell>);

impl CellRef {
    /// # Safety
    /// `p` must point to a live validity cell.
    pub unsafe fn from_raw(p: *mut CellHeader) -> CellRef {
        // SAFETY: the caller promises a live validity cell.
        CellRef(unsafe { NonNull::new_unchecked(p as *mut ValidityCell) })
    }
    pub fn ptr(self) -> *mut ValidityCell {
        self.0.as_ptr()
    }
    pub fn value(self) -> Value {
        Value::from_cell(self.ptr() as *mut CellHeader)
    }
    #[inline]
    pub fn is_valid(self) -> bool {
        // SAFETY: live validity cell.
        unsafe { (*self.ptr()).valid != 0 }
    }
    pub fn invalidate(self) {
        // SAFETY: live validity cell.
        unsafe { (*self.ptr()).valid = 0 }
    }
}

/// # Safety
/// `cell` must be a fresh allocation of `size_of::<ValidityCell>()` bytes.
pub unsafe fn init_validity_cell(cell: *mut CellHeader) -> CellRef {
    // SAFETY: per the contract.
    unsafe {
        (*cell).kind = CellKind::ValidityCell;
        (*(cell as *mut ValidityCell)).valid = 1;
        CellRef::from_raw(cell)
    }
}

// ---------------------------------------------------------------- classifying values

/// The kind of a cell value, for dispatch.
#[inline]
pub fn cell_kind(v: Value) -> CellKind {
    debug_assert!(v.is_cell());
    // SAFETY: a cell value points to a live cell with a header.
    unsafe { (*v.as_cell()).kind }
}

impl Value {
    #[inline]
    pub fn as_object(self) -> Option<ObjRef> {
        if self.is_cell() && cell_kind(self) == CellKind::Object {
            // SAFETY: checked: a live object cell.
            Some(unsafe { ObjRef::from_raw(self.as_cell()) })
        } else {
            None
        }
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.is_cell() && cell_kind(self) == CellKind::Object
    }
    #[inline]
    pub fn as_string(self) -> Option<StrRef> {
        if self.is_cell() && cell_kind(self) == CellKind::String {
            // SAFETY: checked: a live string cell.
            Some(unsafe { StrRef::from_raw(self.as_cell()) })
        } else {
            None
        }
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.is_cell() && cell_kind(self) == CellKind::String
    }
    /// Is this a callable object?
    #[inline]
    pub fn is_callable(self) -> bool {
        self.as_object().is_some_and(|o| o.is_callable())
    }
    /// An environment value (the frontend's env SSA values).
    #[inline]
    pub fn as_env(self) -> Option<EnvRef> {
        if self.is_cell() && cell_kind(self) == CellKind::Env {
            // SAFETY: checked: a live env cell.
            Some(unsafe { EnvRef::from_raw(self.as_cell()) })
        } else {
            None
        }
    }
    #[inline]
    pub fn as_accessor(self) -> Option<AccessorRef> {
        if self.is_cell() && cell_kind(self) == CellKind::Accessor {
            // SAFETY: checked: a live accessor cell.
            Some(unsafe { AccessorRef::from_raw(self.as_cell()) })
        } else {
            None
        }
    }
}
