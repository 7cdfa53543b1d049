//! The collector: finish the last sweep, mark from the roots, trace by
//! cell kind, prune the weak tables, then leave the blocks to be swept
//! lazily: the allocator sweeps a block when its free list runs dry, so a
//! dead cell is reused while its block is in cache (JavaScriptCore's lazy
//! sweeping). Until its block is swept, a cell is live exactly when it is
//! marked (`Heap::find_cell` knows).
//!
//! Roots: the value stack (precise), the VM's tables (realm, atoms, scratch
//! roots, inline caches of loaded code), and the native stack with the
//! callee-saved registers, scanned conservatively: any word that points
//! into a live cell keeps it alive. Rust code therefore needs no handles
//! for values in locals; values kept in Rust heap memory across an
//! allocation must be in `Vm::roots` or reachable from a root.
//!
//! Weak: transition tables, the root-shape table, prototype-info entries
//! and their user lists, and the megamorphic cache (cleared).

use std::arch::asm;

use crate::heap::{CellHeader, CellKind};
use crate::object::*;
use crate::string::StrRef;
use crate::value::Value;
use crate::vm::Vm;

struct Marker {
    /// The mark of this collection.
    epoch: u8,
    gray: Vec<*mut CellHeader>,
    /// The sizes of the cells traced so far.
    bytes: usize,
}

impl Marker {
    #[inline]
    fn cell(&mut self, c: *mut CellHeader) {
        // SAFETY: `c` is a live cell (from a value, a typed reference, or
        // `find_cell`).
        unsafe {
            if (*c).mark != self.epoch {
                (*c).mark = self.epoch;
                self.gray.push(c);
            }
        }
    }
    #[inline]
    fn value(&mut self, v: Value) {
        if v.is_cell() {
            self.cell(v.as_cell());
        }
    }
    fn obj(&mut self, o: Option<ObjRef>) {
        if let Some(o) = o {
            self.cell(o.ptr() as *mut CellHeader);
        }
    }
    fn shape(&mut self, s: ShapeRef) {
        self.cell(s.ptr() as *mut CellHeader);
    }
}

/// Traces the outgoing references of one cell.
fn trace(m: &mut Marker, c: *mut CellHeader) {
    // SAFETY: `c` is a live, initialised cell.
    let kind = unsafe { (*c).kind };
    match kind {
        CellKind::Free => {}
        CellKind::String => {
            // SAFETY: a string cell.
            let len = unsafe { (*c).extra } as usize;
            m.bytes += crate::string::string_cell_size(len);
        }
        CellKind::ValidityCell => m.bytes += std::mem::size_of::<ValidityCell>(),
        CellKind::Object => {
            // SAFETY: an object cell.
            let o = unsafe { ObjRef::from_raw(c) };
            let shape = o.shape();
            m.bytes += object_cell_size(o.class(), shape.inline_cap() as usize);
            m.shape(shape);
            let class = o.class();
            for &w in class.traced_words() {
                m.value(o.word_value(w));
            }
            let n = shape.num_slots();
            let cap = shape.inline_cap() as u32;
            for i in 0..n {
                // Out-of-line slots exist up to slot_cap.
                if i >= cap && i - cap >= o.slot_cap() {
                    break;
                }
                m.value(o.slot(i));
            }
            if o.is_sparse() {
                for e in o.sparse().map.values() {
                    m.value(e.value);
                }
            } else {
                for i in 0..o.elem_len() {
                    m.value(o.element(i));
                }
            }
        }
        CellKind::Shape => {
            // SAFETY: a shape cell.
            let s = unsafe { ShapeRef::from_raw(c as *mut ShapeCell) };
            m.bytes += std::mem::size_of::<ShapeCell>();
            m.obj(s.proto());
            if let Some(p) = s.data().parent {
                m.shape(p);
            }
        }
        CellKind::Env => {
            // SAFETY: an environment cell.
            let e = unsafe { EnvRef::from_raw(c) };
            m.bytes += env_cell_size(e.len());
            m.value(e.parent());
            for i in 0..e.len() {
                m.value(e.get(i));
            }
        }
        CellKind::Accessor => {
            // SAFETY: an accessor cell.
            let a = unsafe { AccessorRef::from_raw(c) };
            m.bytes += std::mem::size_of::<AccessorCell>();
            m.value(a.getter());
            m.value(a.setter());
        }
    }
}

/// Whether dead cell `c` owns anything `finalize` frees: checked inline
/// by the sweeper, which calls `finalize` only then.
#[inline(always)]
pub(crate) fn needs_finalize(c: *mut CellHeader) -> bool {
    // SAFETY: `c` is a dead but still initialised cell.
    match unsafe { (*c).kind } {
        // SAFETY: an object cell.
        CellKind::Object => unsafe { ObjRef::from_raw(c) }.has_storage(),
        CellKind::Shape => true,
        _ => false,
    }
}

/// Releases a dead cell's Rust-side storage (the heap calls this as it
/// sweeps).
#[inline(never)]
pub(crate) fn finalize(c: *mut CellHeader) {
    // SAFETY: `c` is a dead but still initialised cell.
    let kind = unsafe { (*c).kind };
    match kind {
        CellKind::Object => {
            // SAFETY: an object cell.
            let o = unsafe { ObjRef::from_raw(c) };
            if o.has_storage() {
                o.release_storage();
            }
        }
        // SAFETY: a shape cell.
        CellKind::Shape => unsafe { ShapeRef::from_raw(c as *mut ShapeCell) }.release(),
        CellKind::Free
        | CellKind::String
        | CellKind::Env
        | CellKind::Accessor
        | CellKind::ValidityCell => {}
    }
}

/// Stores the callee-saved registers in `regs` so a conservative scan of
/// the stack sees pointers held only in registers: rbx, rbp, r12–r15 on
/// x86-64 (System V); x19–x29 and the low halves of v8–v15 on AArch64
/// (AAPCS64), where a compiler may keep a 64-bit word in a callee-saved
/// vector register across a call.
#[inline(always)]
fn spill_registers(regs: &mut [usize; 20]) {
    let p = regs.as_mut_ptr();
    #[cfg(target_arch = "x86_64")]
    // SAFETY: writes six words into the 20-word array `regs`.
    unsafe {
        asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            p = in(reg) p,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: writes nineteen words into the 20-word array `regs`.
    unsafe {
        asm!(
            "stp x19, x20, [{p}]",
            "stp x21, x22, [{p}, #16]",
            "stp x23, x24, [{p}, #32]",
            "stp x25, x26, [{p}, #48]",
            "stp x27, x28, [{p}, #64]",
            "str x29, [{p}, #80]",
            "stp d8, d9, [{p}, #88]",
            "stp d10, d11, [{p}, #104]",
            "stp d12, d13, [{p}, #120]",
            "stp d14, d15, [{p}, #136]",
            p = in(reg) p,
            options(nostack, preserves_flags),
        );
    }
}

#[inline(never)]
fn scan_native_stack(vm: &Vm, m: &mut Marker) {
    let mut regs = [0usize; 20];
    spill_registers(&mut regs);
    let regs = std::hint::black_box(regs);
    for &w in &regs {
        if let Some(c) = vm.heap.find_cell(w) {
            m.cell(c);
        }
    }
    let sp = std::hint::black_box(&regs) as *const _ as usize;
    let base = vm.native_stack_base;
    if base <= sp {
        return;
    }
    let mut addr = sp & !7;
    while addr < base {
        // SAFETY: `[sp, base)` is this thread's stack between the current
        // frame and the frame that entered the VM: mapped and readable.
        let w = unsafe { *(addr as *const usize) };
        if w >= 4096
            && let Some(c) = vm.heap.find_cell(w)
        {
            m.cell(c);
        }
        addr += 8;
    }
}

/// Marks every root.
fn mark_roots(vm: &Vm, m: &mut Marker) {
    for &v in vm.stack.live() {
        m.value(v);
    }
    for &v in &vm.roots {
        m.value(v);
    }
    m.value(vm.pending_exception);
    for rec in vm.frames.as_slice() {
        m.value(rec.this);
        m.value(rec.callee.value());
        m.value(rec.new_target);
        m.value(rec.construct_this);
    }
    for s in &vm.atoms.strings {
        m.cell(s.ptr() as *mut CellHeader);
    }
    for &v in &vm.char_strings {
        m.value(v);
    }
    m.value(vm.empty_string);
    vm.realm.trace(&mut |v| m.value(v));
    for module in &vm.modules {
        module.trace(&mut |v| m.value(v));
    }
    scan_native_stack(vm, m);
}

/// Collects garbage now.
pub fn collect(vm: &mut Vm) {
    let epoch = vm.heap.begin_marking();
    let mut m = Marker {
        epoch,
        gray: Vec::with_capacity(1024),
        bytes: 0,
    };
    mark_roots(vm, &mut m);
    while let Some(c) = m.gray.pop() {
        trace(&mut m, c);
    }
    prune_weak(vm);
    vm.mega.clear();
    // Dead cells are swept lazily, as the allocator needs their blocks.
    vm.heap.begin_sweep(m.bytes);
}

fn is_marked(epoch: u8, c: *mut CellHeader) -> bool {
    // SAFETY: `c` was a live cell when marking started; it is not freed
    // until the sweep, which comes after.
    unsafe { (*c).mark == epoch }
}

fn prune_weak(vm: &mut Vm) {
    let epoch = vm.heap.epoch();
    vm.create_cache = (0, 0);
    vm.root_shapes
        .retain(|_, s| is_marked(epoch, s.ptr() as *mut CellHeader));
    vm.transition_owners.retain(|s| {
        if !is_marked(epoch, s.ptr() as *mut CellHeader) {
            return false;
        }
        let d = s.data();
        d.transitions
            .retain(|_, t| is_marked(epoch, t.ptr() as *mut CellHeader));
        !d.transitions.is_empty()
    });
    vm.proto_infos.retain(|o, info| {
        if !is_marked(epoch, o.ptr() as *mut CellHeader) {
            return false;
        }
        info.users
            .retain(|u| is_marked(epoch, u.ptr() as *mut CellHeader));
        if let Some(c) = info.cell {
            // Cells have no references: marking one this late is enough.
            // SAFETY: a live validity cell until the sweep.
            unsafe { (*(c.ptr() as *mut CellHeader)).mark = epoch };
        }
        true
    });
}

/// Frees every cell's Rust-side storage (when the VM is dropped).
pub fn release_all(vm: &mut Vm) {
    let mut cells = Vec::new();
    vm.heap.for_each_cell(|c| cells.push(c));
    for c in cells {
        finalize(c);
    }
}

/// A string cell for tests of the collector.
pub fn string_for_test(vm: &mut Vm, s: &str) -> StrRef {
    let units: Vec<u16> = s.encode_utf16().collect();
    vm.new_string(&units)
}
