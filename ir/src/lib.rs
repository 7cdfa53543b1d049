//! The typed SSA intermediate representation shared by protojit's
//! interpreter and JIT.
//!
//! A [`Module`] holds [`Function`]s; a function owns dense arenas of blocks,
//! instructions and values (`block3`, `inst7`, `v12`). Blocks take parameters
//! (no φ nodes) and end in exactly one terminator; a block may name a handler
//! block that receives exceptions thrown by its instructions. Every value has a
//! [`Type`], a bitset over the kinds of JS value.
//!
//! Where to start reading: [`opcodes`] (every operation, declared once with
//! its operands, result type and effects), then [`function`] (the data model),
//! [`builder`] (how the frontend builds SSA), [`verify`] and [`print`].
//!
//! Invariants: this crate knows nothing of the heap, the runtime or
//! Cranelift. Values are numbered densely from 0, so a value id is a register
//! index for the interpreter. Site ids are dense per site kind.

#![forbid(unsafe_code)]

pub mod builder;
pub mod function;
pub mod opcodes;
pub mod passes;
pub mod print;
pub mod types;
pub mod verify;

pub use builder::{FunctionBuilder, Variable};
pub use function::*;
pub use opcodes::{Arity, ImmKind, OpInfo, Opcode, SiteKind};
pub use types::Type;
pub use verify::{VerifierError, VerifierErrors, verify};
