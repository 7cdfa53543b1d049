//! Field offsets and tag constants that native code depends on, in one
//! table. The JIT reads only these; it never writes an offset of its own.
//! Every offset comes from `offset_of!` on the runtime's own types, so the
//! table cannot drift from the layouts it describes.

use std::mem::offset_of;

use crate::heap::CellHeader;
use crate::ic::{IcEntry, PropIc};
use crate::interp::FuncInfo;
use crate::object::{EnvCell, ObjectCell, ShapeCell, ValidityCell};
use crate::stack::{FrameStack, ValueStack};
use crate::value;
use crate::vm::{FrameRecord, Vm};

// ---- values (see value.rs) ----
pub const NUMBER_TAG: u64 = value::NUMBER_TAG;
pub const DOUBLE_OFFSET: u64 = value::DOUBLE_OFFSET;
pub const NOT_CELL_MASK: u64 = value::NOT_CELL_MASK;
pub const CELL_MIN: u64 = value::CELL_MIN;
pub const UNDEFINED: u64 = value::UNDEFINED_BITS;
pub const NULL: u64 = value::NULL_BITS;
pub const TRUE: u64 = value::TRUE_BITS;
pub const FALSE: u64 = value::FALSE_BITS;
pub const HOLE: u64 = value::HOLE_BITS;
/// Returned by a runtime helper (and by native code) when a JS exception is
/// pending in `Vm::pending_exception`. Never a valid value: it would be a
/// cell pointer, but no cell lives at address 4.
pub const EXCEPTION: u64 = 4;
/// Returned by a helper that offers a fast path (`abi::h_construct_this`)
/// when the caller must take the generic one. Never a value (no cell lives
/// at address 8).
pub const GENERIC: u64 = 8;

/// A string's `CELL_FLAGS` bit: the cell is its text's atom, so two
/// different cells that both have it hold different texts.
pub const STRING_FLAG_ATOM: u8 = crate::string::FLAG_ATOM;
/// Where a string's UTF-16 code units start (its length is `CELL_EXTRA`).
pub const STRING_UNITS: i32 = crate::string::UNITS_OFFSET as i32;

// ---- cells ----
pub const CELL_KIND: i32 = offset_of!(CellHeader, kind) as i32;
pub const CELL_CLASS: i32 = offset_of!(CellHeader, class) as i32;
pub const CELL_FLAGS: i32 = offset_of!(CellHeader, flags) as i32;
/// Array length (arrays), string length (strings).
pub const CELL_EXTRA: i32 = offset_of!(CellHeader, extra) as i32;
pub const KIND_OBJECT: u8 = crate::heap::CellKind::Object as u8;
pub const KIND_STRING: u8 = crate::heap::CellKind::String as u8;
pub const CLASS_FUNCTION: u8 = crate::object::Class::Function as u8;
pub const CLASS_ARRAY: u8 = crate::object::Class::Array as u8;

// ---- objects ----
pub const OBJ_SHAPE: i32 = offset_of!(ObjectCell, shape) as i32;
// A string's word at `OBJ_SHAPE` has its odd hash low (on a little-endian
// target), so no string has a shape's (even, aligned) address there:
// compiled code compares that word of any cell with a shape
// (`StringCell::hash`).
const _: () = assert!(
    offset_of!(crate::string::StringCell, hash) == OBJ_SHAPE as usize
        && cfg!(target_endian = "little")
        && crate::heap::CELL_ALIGN.is_multiple_of(2)
);
pub const OBJ_SLOTS: i32 = offset_of!(ObjectCell, slots) as i32;
pub const OBJ_ELEMENTS: i32 = offset_of!(ObjectCell, elements) as i32;
pub const OBJ_ELEM_LEN: i32 = offset_of!(ObjectCell, elem_len) as i32;
pub const OBJ_ELEM_CAP: i32 = offset_of!(ObjectCell, elem_cap) as i32;
/// Word `i` of an object's class data (functions: info, env, home, fields).
pub const fn obj_word(i: i32) -> i32 {
    crate::object::OBJECT_HEADER_SIZE as i32 + 8 * i
}
/// The `FuncInfo` of a closure.
pub const FUNC_INFO: i32 = obj_word(0);
/// The captured environment of a closure.
pub const FUNC_ENV: i32 = obj_word(1);
/// The home object of a method.
pub const FUNC_HOME: i32 = obj_word(2);

// ---- shapes, validity cells, environments ----
pub const SHAPE_FLAGS: i32 = offset_of!(ShapeCell, flags) as i32;
/// The prototype of a shape's objects (null pointer: none).
pub const SHAPE_PROTO: i32 = offset_of!(ShapeCell, proto) as i32;
pub const CELL_VALID: i32 = offset_of!(ValidityCell, valid) as i32;
pub const ENV_PARENT: i32 = offset_of!(EnvCell, parent) as i32;
/// Slot `i` of an environment.
pub const fn env_slot(i: i32) -> i32 {
    std::mem::size_of::<EnvCell>() as i32 + 8 * i
}

// ---- inline caches ----
pub const IC_N: i32 = offset_of!(PropIc, n) as i32;
pub const IC_ENTRIES: i32 = offset_of!(PropIc, entries) as i32;
pub const IC_ENTRY_SIZE: i32 = std::mem::size_of::<IcEntry>() as i32;
pub const ICE_SHAPE: i32 = offset_of!(IcEntry, shape) as i32;
pub const ICE_HOLDER: i32 = offset_of!(IcEntry, holder) as i32;
pub const ICE_CELL: i32 = offset_of!(IcEntry, cell) as i32;
pub const ICE_LOC: i32 = offset_of!(IcEntry, loc) as i32;
pub const ICE_KIND: i32 = offset_of!(IcEntry, kind) as i32;
/// Set in a cache location when the slot is out of line (see `shape.rs`).
pub const OUT_OF_LINE: u32 = crate::shape::OUT_OF_LINE;

// ---- the VM, its stacks and frames ----
pub const VM_STACK_BASE: i32 = (offset_of!(Vm, stack) + offset_of!(ValueStack, base)) as i32;
pub const VM_STACK_TOP: i32 = (offset_of!(Vm, stack) + offset_of!(ValueStack, top)) as i32;
pub const VM_STACK_CAP: i32 = (offset_of!(Vm, stack) + offset_of!(ValueStack, cap)) as i32;
pub const VM_PENDING_EXCEPTION: i32 = offset_of!(Vm, pending_exception) as i32;
/// The global object (never moves, never dies).
pub fn global_object(vm: &Vm) -> usize {
    vm.realm.global.addr()
}
pub const FR_INFO: i32 = offset_of!(FrameRecord, info) as i32;
pub const FR_PC: i32 = offset_of!(FrameRecord, pc) as i32;
pub const FR_REGS: i32 = offset_of!(FrameRecord, regs) as i32;
pub const FR_ARGS_BASE: i32 = offset_of!(FrameRecord, args_base) as i32;
pub const FR_ARGC: i32 = offset_of!(FrameRecord, argc) as i32;
pub const FR_THIS: i32 = offset_of!(FrameRecord, this) as i32;
pub const FR_CALLEE: i32 = offset_of!(FrameRecord, callee) as i32;
pub const FR_NEW_TARGET: i32 = offset_of!(FrameRecord, new_target) as i32;
pub const FI_JIT_ENTRY: i32 = offset_of!(FuncInfo, jit_entry) as i32;
/// The native entry for plain calls (0 for class constructors and
/// functions without native code).
pub const FI_CALL_ENTRY: i32 = offset_of!(FuncInfo, jit_call_entry) as i32;
pub const FR_RET: i32 = offset_of!(FrameRecord, ret) as i32;
pub const FR_CODE: i32 = offset_of!(FrameRecord, code) as i32;
pub const FR_CONSTRUCT_THIS: i32 = offset_of!(FrameRecord, construct_this) as i32;
pub const FRAME_SIZE: i32 = std::mem::size_of::<FrameRecord>() as i32;
pub const VM_FRAMES_BASE: i32 = (offset_of!(Vm, frames) + offset_of!(FrameStack, base)) as i32;
pub const VM_FRAMES_LEN: i32 = (offset_of!(Vm, frames) + offset_of!(FrameStack, len)) as i32;
/// The collector's budget: `Heap::stats.bytes_since_gc` and
/// `Heap::threshold` (both `usize`); inline allocation collects (through a
/// helper) when the first would pass the second.
pub const VM_GC_BYTES: i32 = (offset_of!(Vm, heap)
    + offset_of!(crate::heap::Heap, stats)
    + offset_of!(crate::heap::HeapStats, bytes_since_gc)) as i32;
pub const VM_GC_THRESHOLD: i32 =
    (offset_of!(Vm, heap) + offset_of!(crate::heap::Heap, threshold)) as i32;
/// Where a free cell links the next one.
pub const FREE_NEXT: i32 = 8 * crate::heap::FREE_NEXT_WORD as i32;
pub const VM_NATIVE_STACK_LIMIT: i32 = offset_of!(Vm, native_stack_limit) as i32;
pub const VM_OSR_BLOCK: i32 = offset_of!(Vm, osr_block) as i32;
/// `Vm::create_cache`: the prototype, then the shape.
pub const VM_CREATE_PROTO: i32 = offset_of!(Vm, create_cache) as i32;
pub const VM_CREATE_SHAPE: i32 = offset_of!(Vm, create_cache) as i32 + 8;
/// `Vm::indexed_protos` (a `bool`).
pub const VM_INDEXED_PROTOS: i32 = offset_of!(Vm, indexed_protos) as i32;
pub const MAX_CALL_DEPTH: usize = crate::vm::MAX_CALL_DEPTH;
pub const SHAPE_FLAG_FROZEN_ELEMENTS: u16 = crate::object::sflags::FROZEN_ELEMENTS;
pub const OBJ_FLAG_SPARSE: u8 = crate::object::oflags::SPARSE;
pub const OBJ_FLAG_LENGTH_READONLY: u8 = crate::object::oflags::LENGTH_READONLY;
/// Set on objects that are some shape's prototype (stores must go through
/// the runtime, which invalidates validity cells).
pub const OBJ_FLAG_HAS_PROTO_INFO: u8 = crate::object::oflags::HAS_PROTO_INFO;
