//! Strings: immutable UTF-16 cells with their code units inline.
//!
//! Layout: the cell header (`extra` = length in code units, `flags` bit 0 =
//! is an atom), a cached hash, the atom id when interned, then the units.
//! Atoms are interned strings used as property keys; an atom id indexes
//! the VM's atom table, and the cell remembers its own id, so interning an
//! already-interned string is O(1).

use std::hash::Hasher;
use std::ptr::NonNull;

use rustc_hash::{FxHashMap, FxHasher};

use crate::heap::{CellHeader, CellKind};
use crate::value::Value;

#[repr(C)]
pub struct StringCell {
    pub header: CellHeader,
    /// The hash of the text (`hash_units`, 1 until computed): odd, always,
    /// so that the word it starts, where an object has its shape, is never
    /// a shape's (16-byte aligned) address; compiled code tells objects of
    /// a shape from every other value by that word alone (asserted in
    /// `layout`).
    pub hash: u32,
    pub atom: u32,
    // followed by `header.extra` u16 code units
}

pub const UNITS_OFFSET: usize = std::mem::size_of::<StringCell>();
/// The cell is its text's atom (`AtomTable::insert`): no other string
/// cell with this flag has the same text.
pub const FLAG_ATOM: u8 = 1;
const FLAG_HASHED: u8 = 2;
/// The cell is not an atom, but `atom` holds the atom of its text, which
/// is a property name (not an array index): looked up once as a key, the
/// string needs no interning the next time.
const FLAG_KEY_ATOM: u8 = 4;

/// The allocation size of a string of `len` code units.
pub fn string_cell_size(len: usize) -> usize {
    (UNITS_OFFSET + 2 * len).next_multiple_of(16).max(16)
}

/// A reference to a live string cell.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct StrRef(NonNull<StringCell>);

impl StrRef {
    /// # Safety
    /// `p` must point to a live, initialised string cell.
    pub unsafe fn from_raw(p: *mut CellHeader) -> StrRef {
        // SAFETY: the caller promises a live string cell, never null.
        StrRef(unsafe { NonNull::new_unchecked(p as *mut StringCell) })
    }
    pub fn ptr(self) -> *mut StringCell {
        self.0.as_ptr()
    }
    pub fn value(self) -> Value {
        Value::from_cell(self.0.as_ptr() as *mut CellHeader)
    }
    #[inline]
    pub fn len(self) -> usize {
        // SAFETY: a StrRef always points to a live string cell.
        unsafe { (*self.ptr()).header.extra as usize }
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    /// The code units. The slice points into the cell, which the collector
    /// keeps alive while the slice is on the stack (interior pointers count).
    #[inline]
    pub fn units<'a>(self) -> &'a [u16] {
        // SAFETY: the cell holds `len` initialised units after the header;
        // strings are immutable and cells never move.
        unsafe {
            std::slice::from_raw_parts(
                (self.ptr() as *const u8).add(UNITS_OFFSET) as *const u16,
                self.len(),
            )
        }
    }
    pub fn to_rust(self) -> String {
        String::from_utf16_lossy(self.units())
    }
    pub fn hash(self) -> u32 {
        // SAFETY: a StrRef points to a live string cell; the hash fields are
        // only written here and at allocation.
        unsafe {
            let cell = &mut *self.ptr();
            if cell.header.flags & FLAG_HASHED == 0 {
                cell.hash = hash_units(self.units());
                cell.header.flags |= FLAG_HASHED;
            }
            cell.hash
        }
    }
    pub fn atom_id(self) -> Option<u32> {
        // SAFETY: a StrRef points to a live string cell.
        unsafe {
            let cell = &*self.ptr();
            (cell.header.flags & FLAG_ATOM != 0).then_some(cell.atom)
        }
    }
    /// The atom this non-atom string's text was found to be, as a
    /// property name (`remember_key_atom`).
    #[inline]
    pub fn key_atom(self) -> Option<u32> {
        // SAFETY: a StrRef points to a live string cell.
        unsafe {
            let cell = &*self.ptr();
            (cell.header.flags & FLAG_KEY_ATOM != 0).then_some(cell.atom)
        }
    }
    /// Notes that this string's text is atom `id`, a property name (atoms
    /// are never collected, so the id stays good).
    pub fn remember_key_atom(self, id: u32) {
        // SAFETY: a StrRef points to a live string cell.
        unsafe {
            let cell = &mut *self.ptr();
            if cell.header.flags & FLAG_ATOM == 0 {
                cell.atom = id;
                cell.header.flags |= FLAG_KEY_ATOM;
            }
        }
    }
    fn set_atom(self, id: u32) {
        // SAFETY: a StrRef points to a live string cell.
        unsafe {
            (*self.ptr()).atom = id;
            (*self.ptr()).header.flags |= FLAG_ATOM;
        }
    }
    pub fn eq_units(self, other: &[u16]) -> bool {
        self.units() == other
    }
}

impl std::fmt::Debug for StrRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_rust())
    }
}

pub fn hash_units(units: &[u16]) -> u32 {
    let mut h = FxHasher::default();
    for &u in units {
        h.write_u16(u);
    }
    let x = h.finish();
    // Odd, always (see `StringCell::hash`).
    (x ^ (x >> 32)) as u32 | 1
}

/// Initialises a freshly allocated cell of `string_cell_size(units.len())`.
///
/// # Safety
/// `cell` must be a fresh zeroed allocation of at least that size.
pub unsafe fn init_string(cell: *mut CellHeader, units: &[u16]) -> StrRef {
    // SAFETY: the same contract.
    unsafe { init_string_parts(cell, &[units]) }
}

/// Initialises `cell` as the string of `parts` one after another.
///
/// # Safety
/// As for [`init_string`], with room for all the parts' units.
pub unsafe fn init_string_parts(cell: *mut CellHeader, parts: &[&[u16]]) -> StrRef {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    // SAFETY: per the contract, `cell` has room for the header and units.
    unsafe {
        (cell as *mut StringCell).write(StringCell {
            header: CellHeader {
                kind: CellKind::String,
                mark: 0,
                class: 0,
                flags: 0,
                extra: len as u32,
            },
            hash: 1,
            atom: 0,
        });
        let mut dst = (cell as *mut u8).add(UNITS_OFFSET) as *mut u16;
        for p in parts {
            std::ptr::copy_nonoverlapping(p.as_ptr(), dst, p.len());
            dst = dst.add(p.len());
        }
        StrRef::from_raw(cell)
    }
}

/// Initialises `cell` as a string of `len` units, which `fill` writes
/// (all of them: it gets them zeroed).
///
/// # Safety
/// As for [`init_string`], with room for `len` units.
pub unsafe fn init_string_with(
    cell: *mut CellHeader,
    len: usize,
    fill: impl FnOnce(&mut [u16]),
) -> StrRef {
    // SAFETY: per the contract, `cell` has room for the header and `len`
    // units, which nothing else refers to yet.
    unsafe {
        let s = init_string_parts(cell, &[]);
        (*cell).extra = len as u32;
        let dst = (cell as *mut u8).add(UNITS_OFFSET) as *mut u16;
        // The cell's memory may never have been written: zeroed, the
        // units are initialised before a slice refers to them.
        std::ptr::write_bytes(dst, 0, len);
        fill(std::slice::from_raw_parts_mut(dst, len));
        s
    }
}

/// An interned string id: property names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Atom(pub u32);

/// The atom table. Atoms are never collected.
#[derive(Default)]
pub struct AtomTable {
    pub strings: Vec<StrRef>,
    map: FxHashMap<Box<[u16]>, Atom>,
}

impl AtomTable {
    pub fn get(&self, units: &[u16]) -> Option<Atom> {
        self.map.get(units).copied()
    }
    /// Registers `s` (whose content is not yet interned) as a new atom.
    pub fn insert(&mut self, s: StrRef) -> Atom {
        let atom = Atom(self.strings.len() as u32);
        s.set_atom(atom.0);
        self.strings.push(s);
        self.map.insert(s.units().into(), atom);
        atom
    }
    pub fn string(&self, a: Atom) -> StrRef {
        self.strings[a.0 as usize]
    }
}

/// If `units` is a canonical array index ("0", "17", not "017", < 2^32-1).
pub fn parse_index(units: &[u16]) -> Option<u32> {
    if units.is_empty() || units.len() > 10 {
        return None;
    }
    if units[0] == b'0' as u16 {
        return (units.len() == 1).then_some(0);
    }
    let mut n: u64 = 0;
    for &u in units {
        if !(b'0' as u16..=b'9' as u16).contains(&u) {
            return None;
        }
        n = n * 10 + (u - b'0' as u16) as u64;
    }
    (n < u32::MAX as u64).then_some(n as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn indices() {
        assert_eq!(parse_index(&u("0")), Some(0));
        assert_eq!(parse_index(&u("42")), Some(42));
        assert_eq!(parse_index(&u("042")), None);
        assert_eq!(parse_index(&u("4294967294")), Some(4294967294));
        assert_eq!(parse_index(&u("4294967295")), None);
        assert_eq!(parse_index(&u("-1")), None);
        assert_eq!(parse_index(&u("")), None);
        assert_eq!(parse_index(&u("1.5")), None);
    }
}
