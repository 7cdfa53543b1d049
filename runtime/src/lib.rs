//! The protojit runtime: values, the heap and its collector, strings and
//! atoms, shapes and objects, property lookup with inline caches, the
//! builtins, and the baseline interpreter that runs the IR.
//!
//! Where to start reading: [`value`] (the NaN-boxed encoding), [`object`]
//! (cell layouts), [`shape`] (shapes, transitions, validity cells),
//! [`property`] (the spec's object internal methods), [`ic`] (inline
//! caches), [`interp`] (the interpreter loop), [`gc`] (roots and marking).
//!
//! Invariants:
//! - Cells never move. A value that points to a cell keeps it alive while it
//!   is on the native stack, in a register, in the value stack, or reachable
//!   from a root (see `gc.rs`).
//! - A shape fixes an object's class, inline capacity, prototype and named
//!   property layout; one shape compare proves all of them.
//! - A validity cell is valid only while nothing on the prototype chain it
//!   guards has changed shape or prototype.
//! - `unsafe` lives in `value`, `heap`, `object`, `string`, `stack`, `gc`,
//!   `ic` (raw slot access), `interp` (register access) and `call` (native
//!   function pointers); each block says why it is sound.

pub mod abi;
pub mod atoms;
pub mod builtins;
pub mod call;
pub mod conv;
pub mod errors;
pub mod gc;
pub mod heap;
pub mod ic;
pub mod inspect;
pub mod interp;
pub mod layout;
pub mod object;
pub mod ops;
pub mod property;
pub mod realm;
pub mod shape;
pub mod stack;
pub mod string;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{JsResult, Thrown, Vm, VmOptions};

/// The native stack size the VM's thread gets (JS recursion depth is bounded
/// well inside it).
pub const NATIVE_STACK_SIZE: usize = 256 << 20;

/// Longest string, in UTF-16 code units (V8's limit on 64-bit).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;
