//! The interpreter's value stack: one fixed buffer, never reallocated, so
//! frames can address their registers by raw pointer across calls.
//!
//! Layout of a call: `[args (argc)] [registers (num_values)]`; the caller
//! pushes the arguments, the callee's registers follow. The collector scans
//! `[0, top)` precisely: every slot below `top` always holds a valid value.

use std::alloc::{Layout, alloc, dealloc};

use crate::value::Value;
use crate::vm::FrameRecord;

pub struct ValueStack {
    pub(crate) base: *mut Value,
    /// The allocation (`base` is a few slots into it).
    alloc_base: *mut Value,
    pub(crate) cap: usize,
    /// One past the last slot in use.
    pub top: usize,
}

/// Slots in the value stack (8 bytes each; pages are touched only as used).
pub const STACK_SLOTS: usize = 4 << 20;

const PAGE: usize = 4096;

/// Where in its page the value stack starts, in slots: half a page away
/// from the native stack pointer of the thread creating it (the thread
/// that runs the interpreter). The interpreter stores registers and
/// reloads its own spilled locals at a high rate; when the two sit at the
/// same offset within a page, the CPU's store-to-load dependence check
/// (which compares only the low 12 address bits) serialises them, which
/// slows hot loops down by up to 1.7x depending on nothing but addresses.
fn base_skew() -> usize {
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    (((sp + PAGE / 2) % PAGE) / 8) & !7
}

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack::new()
    }
}

impl ValueStack {
    pub fn new() -> ValueStack {
        let layout = Layout::from_size_align(STACK_SLOTS * 8, PAGE).unwrap();
        // SAFETY: non-zero size. The memory is uninitialised; only slots
        // below `top` are ever read, and each is written before `top` passes it.
        let alloc_base = unsafe { alloc(layout) } as *mut Value;
        if alloc_base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let skew = base_skew();
        ValueStack {
            // SAFETY: `skew < PAGE / 8` slots, inside the allocation.
            base: unsafe { alloc_base.add(skew) },
            alloc_base,
            cap: STACK_SLOTS - skew,
            top: 0,
        }
    }

    /// Reserves `n` slots (registers) filled with the hole; returns their
    /// start, or `None` when the stack is full. Registers are SSA values,
    /// always written before they are read; the fill only gives the
    /// collector valid values to scan.
    #[inline]
    pub fn push_frame(&mut self, n: usize) -> Option<usize> {
        let start = self.top;
        if start + n > self.cap {
            return None;
        }
        const { assert!(crate::value::HOLE_BITS == 0) };
        // SAFETY: `[start, start + n)` is inside the buffer; all-zero bits
        // are the hole, a valid value.
        unsafe {
            if n <= 16 {
                for i in start..start + n {
                    self.base.add(i).write(Value::HOLE);
                }
            } else {
                std::ptr::write_bytes(self.base.add(start), 0, n);
            }
        }
        self.top = start + n;
        Some(start)
    }

    /// Reserves `init.len()` slots holding a copy of `init` (a frame's
    /// registers with its constants in place); `None` when the stack is full.
    #[inline]
    pub fn push_frame_from(&mut self, init: &[Value]) -> Option<usize> {
        let start = self.top;
        let n = init.len();
        if start + n > self.cap {
            return None;
        }
        // SAFETY: `[start, start + n)` is inside the buffer and does not
        // overlap `init` (which lives in decoded code).
        unsafe { std::ptr::copy_nonoverlapping(init.as_ptr(), self.base.add(start), n) };
        self.top = start + n;
        Some(start)
    }

    #[inline]
    pub fn push(&mut self, v: Value) -> bool {
        if self.top == self.cap {
            return false;
        }
        // SAFETY: `top < cap`.
        unsafe { self.base.add(self.top).write(v) };
        self.top += 1;
        true
    }

    /// The first free slot (what `truncate` gives back to).
    #[inline]
    pub fn top(&self) -> usize {
        self.top
    }

    #[inline]
    pub fn truncate(&mut self, top: usize) {
        debug_assert!(top <= self.top);
        self.top = top;
    }

    /// A raw pointer to slot `i` (registers of a frame). Valid as long as
    /// the VM lives; the buffer never moves.
    #[inline]
    pub fn slot_ptr(&self, i: usize) -> *mut Value {
        debug_assert!(i <= self.cap);
        // SAFETY: `i <= cap`: inside or one past the buffer.
        unsafe { self.base.add(i) }
    }

    #[inline]
    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.top);
        // SAFETY: `i < top`: an initialised slot.
        unsafe { *self.base.add(i) }
    }

    #[inline]
    pub fn set(&mut self, i: usize, v: Value) {
        assert!(i < self.top);
        // SAFETY: `i < top`: an initialised slot.
        unsafe { *self.base.add(i) = v }
    }

    /// The slots `[start, start + len)` as a slice. The slice stays valid
    /// while those slots stay below `top`: the caller must not truncate the
    /// stack below `start + len` while holding it. Writes by the VM go to
    /// slots at or above `top`, never into a held slice.
    #[inline]
    pub fn slice<'a>(&self, start: usize, len: usize) -> &'a [Value] {
        assert!(start + len <= self.top);
        // SAFETY: the range is initialised and inside the buffer, which never
        // moves or shrinks; see the contract above for aliasing.
        unsafe { std::slice::from_raw_parts(self.base.add(start), len) }
    }

    /// Every slot in use (for the collector).
    pub fn live(&self) -> &[Value] {
        // SAFETY: `[0, top)` is initialised.
        unsafe { std::slice::from_raw_parts(self.base, self.top) }
    }
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe {
            dealloc(
                self.alloc_base as *mut u8,
                Layout::from_size_align(STACK_SLOTS * 8, PAGE).unwrap(),
            )
        };
    }
}

/// The stack of frame records: one fixed buffer (`MAX_CALL_DEPTH + 1`
/// records), never reallocated, so records stay put while their frames run
/// and native code can push and pop them at known offsets
/// (`layout::FRAMES_*`).
pub struct FrameStack {
    pub(crate) base: *mut FrameRecord,
    pub(crate) len: usize,
    cap: usize,
}

impl FrameStack {
    pub fn new(cap: usize) -> FrameStack {
        let layout = Layout::array::<FrameRecord>(cap).unwrap();
        // SAFETY: non-zero size; records below `len` are always initialised.
        let base = unsafe { alloc(layout) } as *mut FrameRecord;
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        FrameStack { base, len: 0, cap }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn capacity(&self) -> usize {
        self.cap
    }
    /// Pushes a record; the caller checked `len() < capacity()`.
    #[inline]
    pub fn push(&mut self, r: FrameRecord) {
        assert!(self.len < self.cap, "frame stack overflow");
        // SAFETY: `len < cap`: inside the buffer.
        unsafe { self.base.add(self.len).write(r) };
        self.len += 1;
    }
    #[inline]
    pub fn pop(&mut self) {
        debug_assert!(self.len > 0);
        self.len -= 1;
    }
    #[inline]
    pub fn last(&self) -> Option<&FrameRecord> {
        // SAFETY: records below `len` are initialised.
        (self.len > 0).then(|| unsafe { &*self.base.add(self.len - 1) })
    }
    /// A pointer to the top record (stable while it stays pushed).
    #[inline]
    pub fn last_mut(&mut self) -> Option<*mut FrameRecord> {
        // SAFETY: `len - 1` is inside the buffer.
        (self.len > 0).then(|| unsafe { self.base.add(self.len - 1) })
    }
    /// The records, bottom first.
    pub fn as_slice(&self) -> &[FrameRecord] {
        // SAFETY: records below `len` are initialised.
        unsafe { std::slice::from_raw_parts(self.base, self.len) }
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe {
            dealloc(
                self.base as *mut u8,
                Layout::array::<FrameRecord>(self.cap).unwrap(),
            )
        };
    }
}
