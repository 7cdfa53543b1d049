//! Type inference: a forward fixpoint over the `Type` lattice.
//!
//! Every value starts at the opcode table's upper bound (instruction results)
//! or at `none` (block parameters). Rules below narrow the results of
//! operators from their operand types; a block parameter is the union of the
//! types of its incoming arguments; a handler's parameter is `any`. The
//! result is sound: a value's type contains every value it can hold at run
//! time, so the JIT may rely on it.

use crate::function::*;
use crate::opcodes::Opcode;
use crate::types::Type;

/// The result type of `op` given its operand types, within the table's bound.
fn rule(op: Opcode, imm: &Imm, args: &[Type], bound: Type) -> Type {
    let arg = |i: usize| args.get(i).copied().unwrap_or(Type::ANY);
    let t = match op {
        Opcode::Const => match imm {
            Imm::Const(c) => c.ty(),
            _ => bound,
        },
        Opcode::Add => {
            let (a, b) = (arg(0), arg(1));
            if a.is_subset_of(Type::STRING) || b.is_subset_of(Type::STRING) {
                Type::STRING
            } else if a.is_subset_of(Type::PRIMITIVE.without(Type::STRING))
                && b.is_subset_of(Type::PRIMITIVE.without(Type::STRING))
            {
                Type::NUMBER
            } else {
                bound
            }
        }
        Opcode::CheckInit | Opcode::CheckThis => arg(0).without(Type::HOLE),
        _ => bound,
    };
    t.intersect(bound)
}

/// Infers the type of every value of `func` in place.
pub fn infer_types(func: &mut Function) {
    // Block parameters start empty (except handler params: any value).
    let mut handlers = vec![false; func.blocks.len()];
    for &b in &func.layout {
        if let Some(h) = func.blocks[b.index()].handler {
            handlers[h.index()] = true;
        }
    }
    for &b in &func.layout {
        let is_handler = handlers[b.index()];
        for i in 0..func.blocks[b.index()].params.len() {
            let p = func.blocks[b.index()].params[i];
            func.values[p.index()].ty = if is_handler && i == 0 {
                Type::ANY
            } else {
                Type::NONE
            };
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for li in 0..func.layout.len() {
            let b = func.layout[li];
            for ii in 0..func.blocks[b.index()].insts.len() {
                let inst = func.blocks[b.index()].insts[ii];
                let d = &func.insts[inst.index()];
                if let Some(r) = d.result {
                    let args: Vec<Type> =
                        d.args.iter().map(|a| func.values[a.index()].ty).collect();
                    let bound = d.op.info().result.unwrap_or(Type::ANY_OR_HOLE);
                    let t = rule(d.op, &d.imm, &args, bound);
                    if func.values[r.index()].ty != t {
                        func.values[r.index()].ty = t;
                        changed = true;
                    }
                }
                let mut incoming: Vec<(Value, Type)> = Vec::new();
                for call in func.insts[inst.index()].targets() {
                    let params = &func.blocks[call.block.index()].params;
                    for (p, a) in params.iter().zip(&call.args) {
                        incoming.push((*p, func.values[a.index()].ty));
                    }
                }
                for (p, t) in incoming {
                    let old = func.values[p.index()].ty;
                    let new = old.union(t);
                    if new != old {
                        func.values[p.index()].ty = new;
                        changed = true;
                    }
                }
            }
        }
    }
}
