//! The interpreter's value stack: one fixed buffer, never reallocated, so
//! frames can address their registers by raw pointer across calls.
//!
//! Layout of a call: `[args (argc)] [registers (num_values)]`; the caller
//! pushes the arguments, the callee's registers follow. The collector scans
//! `[0, top)` precisely: every slot below `top` always holds a valid value.

use std::alloc::{Layout, alloc, dealloc};

use crate::value::Value;

pub struct ValueStack {
    base: *mut Value,
    cap: usize,
    /// One past the last slot in use.
    pub top: usize,
}

/// Slots in the value stack (8 bytes each; pages are touched only as used).
pub const STACK_SLOTS: usize = 4 << 20;

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack::new()
    }
}

impl ValueStack {
    pub fn new() -> ValueStack {
        let layout = Layout::array::<Value>(STACK_SLOTS).unwrap();
        // SAFETY: non-zero size. The memory is uninitialised; only slots
        // below `top` are ever read, and each is written before `top` passes it.
        let base = unsafe { alloc(layout) } as *mut Value;
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        ValueStack {
            base,
            cap: STACK_SLOTS,
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
                self.base as *mut u8,
                Layout::array::<Value>(self.cap).unwrap(),
            )
        };
    }
}
