//! The IR verifier: run after lowering and after every pass in debug builds
//! and tests.
//!
//! Checks: every reachable block ends in exactly one terminator; operand
//! counts, immediates, results and sites agree with the opcode table; branch
//! arguments match the target's parameters; handler blocks take exactly the
//! exception; every use is dominated by its definition.

use std::fmt;

use crate::function::*;
use crate::opcodes::{Arity, ImmKind, SiteKind};

/// One problem found by the verifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifierError {
    pub location: String,
    pub message: String,
}

/// Everything wrong with a function.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct VerifierErrors(pub Vec<VerifierError>);

impl fmt::Display for VerifierErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{}: {}", e.location, e.message)?;
        }
        Ok(())
    }
}

struct Verifier {
    errors: Vec<VerifierError>,
}

impl Verifier {
    fn err(&mut self, location: impl fmt::Display, message: impl Into<String>) {
        self.errors.push(VerifierError {
            location: location.to_string(),
            message: message.into(),
        });
    }
}

/// Immediate dominators over the CFG (including exceptional edges), by the
/// Cooper–Harvey–Kennedy iteration over reverse postorder.
pub fn dominators(func: &Function) -> Vec<Option<Block>> {
    let n = func.blocks.len();
    let entry = func.entry();
    // Reverse postorder.
    let mut order = Vec::new();
    let mut state = vec![0u8; n];
    let mut stack = vec![(entry, 0usize)];
    state[entry.index()] = 1;
    while let Some((b, i)) = stack.pop() {
        let succ = func.successors(b);
        if i < succ.len() {
            stack.push((b, i + 1));
            let s = succ[i];
            if state[s.index()] == 0 {
                state[s.index()] = 1;
                stack.push((s, 0));
            }
        } else {
            order.push(b);
        }
    }
    order.reverse();
    let mut rpo_index = vec![usize::MAX; n];
    for (i, b) in order.iter().enumerate() {
        rpo_index[b.index()] = i;
    }
    let mut preds: Vec<Vec<Block>> = vec![Vec::new(); n];
    for &b in &order {
        for s in func.successors(b) {
            preds[s.index()].push(b);
        }
    }
    let mut idom: Vec<Option<Block>> = vec![None; n];
    idom[entry.index()] = Some(entry);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in order.iter().skip(1) {
            let mut new: Option<Block> = None;
            for &p in &preds[b.index()] {
                if idom[p.index()].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(mut a) => {
                        let mut c = p;
                        while a != c {
                            while rpo_index[a.index()] > rpo_index[c.index()] {
                                a = idom[a.index()].unwrap();
                            }
                            while rpo_index[c.index()] > rpo_index[a.index()] {
                                c = idom[c.index()].unwrap();
                            }
                        }
                        a
                    }
                });
            }
            if new != idom[b.index()] {
                idom[b.index()] = new;
                changed = true;
            }
        }
    }
    idom
}

fn dominates(idom: &[Option<Block>], a: Block, mut b: Block) -> bool {
    loop {
        if a == b {
            return true;
        }
        match idom[b.index()] {
            Some(p) if p != b => b = p,
            _ => return false,
        }
    }
}

/// Verifies `func`.
pub fn verify(func: &Function) -> Result<(), VerifierErrors> {
    let mut v = Verifier { errors: Vec::new() };
    if func.layout.is_empty() {
        v.err("function", "no blocks");
        return Err(VerifierErrors(v.errors));
    }
    let entry = func.entry();
    if !func.block(entry).params.is_empty() {
        v.err(entry, "entry block has parameters");
    }
    let idom = dominators(func);
    // Position of each defining instruction within its block.
    let mut def_pos: Vec<Option<(Block, usize)>> = vec![None; func.values.len()];
    for &b in &func.layout {
        for (i, &inst) in func.block(b).insts.iter().enumerate() {
            if let Some(r) = func.inst(inst).result {
                def_pos[r.index()] = Some((b, i));
            }
        }
        for &p in &func.block(b).params {
            def_pos[p.index()] = Some((b, 0));
        }
    }
    let mut is_param = vec![false; func.values.len()];
    for &b in &func.layout {
        for &p in &func.block(b).params {
            is_param[p.index()] = true;
        }
    }

    for &b in &func.layout {
        let data = func.block(b);
        if let Some(h) = data.handler {
            if func.block(h).params.len() != 1 {
                v.err(b, format!("handler {h} must take exactly one parameter"));
            }
            if !func.layout.contains(&h) {
                v.err(b, format!("handler {h} is not in the layout"));
            }
        }
        if data.insts.is_empty() {
            v.err(b, "empty block");
            continue;
        }
        for (i, &inst) in data.insts.iter().enumerate() {
            let d = func.inst(inst);
            let info = d.op.info();
            let last = i + 1 == data.insts.len();
            let loc = format!("{b}:{inst} ({})", info.name);
            if d.op.is_terminator() != last {
                v.err(
                    &loc,
                    if last {
                        "block does not end in a terminator"
                    } else {
                        "terminator before the end of the block"
                    },
                );
            }
            match info.arity {
                Arity::Fixed(n) if d.args.len() != n as usize => {
                    v.err(&loc, format!("takes {n} operands, has {}", d.args.len()))
                }
                Arity::Variadic(n) if d.args.len() < n as usize => v.err(
                    &loc,
                    format!("takes at least {n} operands, has {}", d.args.len()),
                ),
                _ => {}
            }
            let imm_ok = matches!(
                (info.imm, &d.imm),
                (ImmKind::None, Imm::None)
                    | (ImmKind::Const, Imm::Const(_))
                    | (ImmKind::Index, Imm::Index(_))
                    | (ImmKind::Name, Imm::Name(_))
                    | (ImmKind::NameAttrs, Imm::NameAttrs(..))
                    | (ImmKind::Attrs, Imm::Attrs(_))
                    | (ImmKind::Env, Imm::Env(_))
                    | (ImmKind::Count, Imm::Count(_))
                    | (ImmKind::Func, Imm::Func(_))
                    | (ImmKind::Text, Imm::Text(_))
                    | (ImmKind::NameText, Imm::NameText(..))
                    | (ImmKind::Error, Imm::Error(..))
                    | (ImmKind::Jump, Imm::Jump(_))
                    | (ImmKind::Branch, Imm::Branch(..))
            );
            if !imm_ok {
                v.err(
                    &loc,
                    format!("immediate {:?} does not fit {:?}", d.imm, info.imm),
                );
            }
            if info.result.is_some() != d.result.is_some() {
                v.err(&loc, "result does not match the opcode");
            }
            let site_ok = if info.site == SiteKind::None {
                d.site == NO_SITE
            } else {
                d.site < func.sites.get(info.site)
            };
            if !site_ok {
                v.err(&loc, format!("bad site {}", d.site));
            }
            let mut uses: Vec<Value> = d.args.clone();
            for call in d.targets() {
                uses.extend(&call.args);
                let target = func.block(call.block);
                if !func.layout.contains(&call.block) {
                    v.err(&loc, format!("target {} is not in the layout", call.block));
                } else if target.params.len() != call.args.len() {
                    v.err(
                        &loc,
                        format!(
                            "{} takes {} arguments, given {}",
                            call.block,
                            target.params.len(),
                            call.args.len()
                        ),
                    );
                }
            }
            for u in uses {
                if u.index() >= func.values.len() {
                    v.err(&loc, format!("{u} does not exist"));
                    continue;
                }
                match def_pos[u.index()] {
                    None => v.err(&loc, format!("{u} is not defined in any reachable block")),
                    Some((db, di)) => {
                        let ok = if db == b {
                            is_param[u.index()] || di < i
                        } else {
                            dominates(&idom, db, b)
                        };
                        if !ok {
                            v.err(&loc, format!("{u} does not dominate this use"));
                        }
                    }
                }
            }
        }
    }
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(VerifierErrors(v.errors))
    }
}
