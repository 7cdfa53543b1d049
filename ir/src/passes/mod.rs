//! Passes over the IR. Each pass asks the opcode table's flags, not names,
//! wherever a rule is about effects.

pub mod infer;
