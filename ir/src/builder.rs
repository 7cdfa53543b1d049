//! Building functions: blocks, instructions, and SSA construction for local
//! variables (Braun et al., "Simple and Efficient Construction of Static
//! Single Assignment Form", 2013), in the manner of `cranelift-frontend`.
//!
//! The frontend declares a `Variable` per non-captured binding, `def_var`s and
//! `use_var`s it; block parameters are added on demand and trivial ones are
//! removed by `finish`. A block must be sealed once all its predecessors are
//! known. Handler blocks are reached by exceptional edges from many points;
//! the frontend keeps every variable assigned inside a protected region out
//! of SSA, so a handler sees the variables' values from where the `try`
//! began, which the builder is told with `seal_handler`.

use rustc_hash::FxHashMap;

use crate::function::*;
use crate::opcodes::Opcode;
use crate::types::Type;

/// A local variable in SSA construction.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Variable(pub u32);

#[derive(Default, Clone)]
struct BlockSsa {
    sealed: bool,
    /// Predecessors: (block, index of the target in its terminator).
    preds: Vec<(Block, u8)>,
    /// Parameters added while unsealed, completed when sealed.
    incomplete: Vec<(Variable, Value)>,
    /// For handler blocks: the block whose variable values it sees.
    ssa_pred: Option<Block>,
}

/// Builds one `Function`.
pub struct FunctionBuilder<'m> {
    pub func: Function,
    pub module: &'m mut Module,
    ssa: Vec<BlockSsa>,
    defs: FxHashMap<(Block, Variable), Value>,
    current: Option<Block>,
    /// Source position stamped on new instructions.
    pub pos: u32,
    /// Handler given to blocks created from now on.
    handler: Option<Block>,
    /// Parameters that must never be removed (handler exception params).
    pinned: Vec<Value>,
}

impl<'m> FunctionBuilder<'m> {
    pub fn new(module: &'m mut Module, func: Function) -> FunctionBuilder<'m> {
        FunctionBuilder {
            func,
            module,
            ssa: Vec::new(),
            defs: FxHashMap::default(),
            current: None,
            pos: 0,
            handler: None,
            pinned: Vec::new(),
        }
    }

    // ---- blocks ----

    /// A new empty block, protected by the current handler.
    pub fn create_block(&mut self) -> Block {
        let b = Block(self.func.blocks.len() as u32);
        self.func.blocks.push(BlockData {
            handler: self.handler,
            ..Default::default()
        });
        self.ssa.push(BlockSsa::default());
        self.func.layout.push(b);
        b
    }
    /// Sets the handler for blocks created from now on; returns the old one.
    pub fn set_handler(&mut self, h: Option<Block>) -> Option<Block> {
        std::mem::replace(&mut self.handler, h)
    }
    pub fn handler(&self) -> Option<Block> {
        self.handler
    }
    /// Creates a handler block (one parameter: the exception), sealed, whose
    /// variables have the values they have at the end of `ssa_pred`.
    pub fn create_handler_block(&mut self, ssa_pred: Block) -> (Block, Value) {
        let b = self.create_block();
        let exc = self.append_block_param(b, Type::ANY);
        self.pinned.push(exc);
        self.ssa[b.index()].sealed = true;
        self.ssa[b.index()].ssa_pred = Some(ssa_pred);
        (b, exc)
    }
    pub fn append_block_param(&mut self, b: Block, ty: Type) -> Value {
        let idx = self.func.blocks[b.index()].params.len() as u32;
        let v = self.new_value(ty, ValueDef::Param(b, idx));
        self.func.blocks[b.index()].params.push(v);
        v
    }
    pub fn switch_to_block(&mut self, b: Block) {
        self.current = Some(b);
    }
    pub fn current_block(&self) -> Option<Block> {
        self.current
    }
    /// Has the current block been terminated (or is there none)?
    pub fn is_unreachable(&self) -> bool {
        match self.current {
            None => true,
            Some(b) => self.func.terminator(b).is_some(),
        }
    }

    fn new_value(&mut self, ty: Type, def: ValueDef) -> Value {
        let v = Value(self.func.values.len() as u32);
        self.func.values.push(ValueData { ty, def });
        v
    }

    // ---- instructions ----

    /// Appends an instruction to the current block. Panics when the block is
    /// already terminated: the frontend must start a new block first.
    pub fn ins(&mut self, op: Opcode, args: &[Value], imm: Imm) -> Option<Value> {
        let b = self.current.expect("no current block");
        assert!(
            self.func.terminator(b).is_none(),
            "instruction after terminator in {b}"
        );
        let inst = Inst(self.func.insts.len() as u32);
        let info = op.info();
        let result = info
            .result
            .map(|ty| self.new_value(ty, ValueDef::Inst(inst)));
        let site = self.func.sites.next(info.site);
        if op.is_terminator() {
            let targets: Vec<Block> = match &imm {
                Imm::Jump(c) => vec![c.block],
                Imm::Branch(t, e) => vec![t.block, e.block],
                _ => vec![],
            };
            for (idx, t) in targets.into_iter().enumerate() {
                self.ssa[t.index()].preds.push((b, idx as u8));
            }
        }
        self.func.insts.push(InstData {
            op,
            args: args.to_vec(),
            imm,
            result,
            site,
            pos: self.pos,
        });
        self.func.blocks[b.index()].insts.push(inst);
        result
    }
    /// `ins` for an opcode that produces a value.
    pub fn ins_v(&mut self, op: Opcode, args: &[Value], imm: Imm) -> Value {
        self.ins(op, args, imm).expect("opcode has no result")
    }
    pub fn constant(&mut self, c: Constant) -> Value {
        self.ins_v(Opcode::Const, &[], Imm::Const(c))
    }
    pub fn undefined(&mut self) -> Value {
        self.constant(Constant::Undefined)
    }
    pub fn jump(&mut self, to: Block, args: &[Value]) {
        self.ins(
            Opcode::Jump,
            &[],
            Imm::Jump(BlockCall {
                block: to,
                args: args.to_vec(),
            }),
        );
    }
    pub fn branch(&mut self, cond: Value, then: Block, els: Block) {
        self.ins(
            Opcode::Branch,
            &[cond],
            Imm::Branch(
                BlockCall {
                    block: then,
                    args: vec![],
                },
                BlockCall {
                    block: els,
                    args: vec![],
                },
            ),
        );
    }

    // ---- SSA variables ----

    pub fn def_var(&mut self, var: Variable, val: Value) {
        let b = self.current.expect("no current block");
        self.defs.insert((b, var), val);
    }

    pub fn use_var(&mut self, var: Variable) -> Value {
        let b = self.current.expect("no current block");
        self.use_var_in(var, b)
    }

    fn use_var_in(&mut self, var: Variable, b: Block) -> Value {
        if let Some(&v) = self.defs.get(&(b, var)) {
            return v;
        }
        let state = &self.ssa[b.index()];
        let v = if let Some(p) = state.ssa_pred {
            self.use_var_in(var, p)
        } else if !state.sealed {
            let param = self.append_block_param(b, Type::ANY_OR_HOLE);
            self.ssa[b.index()].incomplete.push((var, param));
            param
        } else if state.preds.len() == 1 {
            let p = state.preds[0].0;
            self.use_var_in(var, p)
        } else if state.preds.is_empty() {
            // Unreachable code (or a variable the entry never defined):
            // the value is never observed; give it `undefined`.
            self.undefined_in(b)
        } else {
            let param = self.append_block_param(b, Type::ANY_OR_HOLE);
            self.defs.insert((b, var), param);
            self.add_param_args(var, b);
            param
        };
        self.defs.insert((b, var), v);
        v
    }

    /// An `undefined` constant at the start of block `b`.
    fn undefined_in(&mut self, b: Block) -> Value {
        let inst = Inst(self.func.insts.len() as u32);
        let v = self.new_value(Type::UNDEFINED, ValueDef::Inst(inst));
        self.func.insts.push(InstData {
            op: Opcode::Const,
            args: vec![],
            imm: Imm::Const(Constant::Undefined),
            result: Some(v),
            site: NO_SITE,
            pos: self.pos,
        });
        self.func.blocks[b.index()].insts.insert(0, inst);
        v
    }

    /// Appends the value of `var` in each predecessor of `b` to the branch
    /// arguments targeting `b`.
    fn add_param_args(&mut self, var: Variable, b: Block) {
        let preds = self.ssa[b.index()].preds.clone();
        for (p, idx) in preds {
            let v = self.use_var_in(var, p);
            let term = *self.func.blocks[p.index()]
                .insts
                .last()
                .expect("pred has terminator");
            let call = self.func.insts[term.index()]
                .targets_mut()
                .nth(idx as usize)
                .expect("branch target");
            debug_assert_eq!(call.block, b);
            call.args.push(v);
        }
    }

    /// All predecessors of `b` are known.
    pub fn seal_block(&mut self, b: Block) {
        if self.ssa[b.index()].sealed {
            return;
        }
        let incomplete = std::mem::take(&mut self.ssa[b.index()].incomplete);
        // Each incomplete parameter must be the variable's value in `b`
        // for the predecessors' arguments to be computed against it.
        for &(var, param) in &incomplete {
            self.defs.entry((b, var)).or_insert(param);
        }
        self.ssa[b.index()].sealed = true;
        // Arguments are added in parameter order, so add them after sealing.
        // Sealing first lets recursive lookups through this block terminate.
        for (var, _) in incomplete {
            self.add_param_args(var, b);
        }
    }

    // ---- finishing ----

    /// Seals every block, removes unreachable blocks and trivial block
    /// parameters, and returns the function.
    pub fn finish(mut self) -> Function {
        for i in 0..self.func.blocks.len() {
            self.seal_block(Block(i as u32));
        }
        order_layout(&mut self.func);
        remove_trivial_params(&mut self.func, &self.pinned);
        self.func
    }
}

/// Puts the layout in reverse postorder from the entry: every edge that
/// goes back in the layout is then a loop's back edge (what the
/// interpreter counts for OSR, and where the JIT finds loop headers).
/// Successors are visited last-first, so a block's first successor (a
/// loop's body, a branch's then-part) follows it when it can. Blocks not
/// reachable from the entry leave the layout and are emptied (block ids
/// stay stable: they stay in the arena).
fn order_layout(func: &mut Function) {
    let entry = func.layout[0];
    let mut seen = vec![false; func.blocks.len()];
    let mut post = Vec::with_capacity(func.layout.len());
    seen[entry.index()] = true;
    let mut stack = vec![(entry, func.successors(entry))];
    while let Some((b, succs)) = stack.last_mut() {
        match succs.pop() {
            Some(s) if !seen[s.index()] => {
                seen[s.index()] = true;
                let next = func.successors(s);
                stack.push((s, next));
            }
            Some(_) => {}
            None => {
                post.push(*b);
                stack.pop();
            }
        }
    }
    post.reverse();
    func.layout = post;
    for (i, data) in func.blocks.iter_mut().enumerate() {
        if !seen[i] {
            data.insts.clear();
            data.params.clear();
            data.handler = None;
        }
    }
}

/// Removes block parameters whose arguments are all one other value (or the
/// parameter itself), iterating to a fixpoint, then rewrites every use.
fn remove_trivial_params(func: &mut Function, pinned: &[Value]) {
    let n = func.values.len();
    let mut alias: Vec<Value> = (0..n as u32).map(Value).collect();
    fn resolve(alias: &[Value], mut v: Value) -> Value {
        while alias[v.index()] != v {
            v = alias[v.index()];
        }
        v
    }
    // Incoming argument lists per (block, param index).
    let mut preds: Vec<Vec<(Inst, u8)>> = vec![Vec::new(); func.blocks.len()];
    for &b in &func.layout {
        if let Some(&last) = func.blocks[b.index()].insts.last() {
            for (idx, call) in func.insts[last.index()].targets().enumerate() {
                preds[call.block.index()].push((last, idx as u8));
            }
        }
    }
    let mut removed = vec![false; n];
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &func.layout {
            if b == func.layout[0] {
                continue;
            }
            for (pi, &p) in func.blocks[b.index()].params.iter().enumerate() {
                if removed[p.index()] || pinned.contains(&p) {
                    continue;
                }
                let mut unique: Option<Value> = None;
                let mut trivial = true;
                for &(inst, idx) in &preds[b.index()] {
                    let call = func.insts[inst.index()]
                        .targets()
                        .nth(idx as usize)
                        .unwrap();
                    let a = resolve(&alias, call.args[pi]);
                    if a == p {
                        continue;
                    }
                    match unique {
                        None => unique = Some(a),
                        Some(u) if u == a => {}
                        Some(_) => {
                            trivial = false;
                            break;
                        }
                    }
                }
                if trivial && let Some(u) = unique {
                    alias[p.index()] = u;
                    removed[p.index()] = true;
                    changed = true;
                }
            }
        }
    }
    // Drop removed params and their arguments.
    for &b in &func.layout {
        let params = &func.blocks[b.index()].params;
        if !params.iter().any(|p| removed[p.index()]) {
            continue;
        }
        let keep: Vec<bool> = params.iter().map(|p| !removed[p.index()]).collect();
        for &(inst, idx) in &preds[b.index()] {
            let call = func.insts[inst.index()]
                .targets_mut()
                .nth(idx as usize)
                .unwrap();
            let mut i = 0;
            call.args.retain(|_| {
                let k = keep[i];
                i += 1;
                k
            });
        }
        func.blocks[b.index()]
            .params
            .retain(|p| !removed[p.index()]);
        for (i, &p) in func.blocks[b.index()].params.iter().enumerate() {
            func.values[p.index()].def = ValueDef::Param(b, i as u32);
        }
    }
    // Rewrite uses.
    for data in &mut func.insts {
        for a in &mut data.args {
            *a = resolve(&alias, *a);
        }
        for call in data.targets_mut() {
            for a in &mut call.args {
                *a = resolve(&alias, *a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::verify;

    /// `x = 0; while (x < 10) x = x + 1; return x`
    #[test]
    fn loop_gets_one_param() {
        let mut m = Module::new();
        let mut b = FunctionBuilder::new(&mut m, Function::new("f", FunctionKind::Normal));
        let x = Variable(0);
        let entry = b.create_block();
        let head = b.create_block();
        let body = b.create_block();
        let exit = b.create_block();
        b.switch_to_block(entry);
        b.seal_block(entry);
        let zero = b.constant(Constant::Number(0.0));
        b.def_var(x, zero);
        b.jump(head, &[]);
        b.switch_to_block(head);
        let xv = b.use_var(x);
        let ten = b.constant(Constant::Number(10.0));
        let c = b.ins_v(Opcode::Lt, &[xv, ten], Imm::None);
        b.branch(c, body, exit);
        b.switch_to_block(body);
        b.seal_block(body);
        let xv = b.use_var(x);
        let one = b.constant(Constant::Number(1.0));
        let sum = b.ins_v(Opcode::Add, &[xv, one], Imm::None);
        b.def_var(x, sum);
        b.jump(head, &[]);
        b.seal_block(head);
        b.switch_to_block(exit);
        b.seal_block(exit);
        let xv = b.use_var(x);
        b.ins(Opcode::Return, &[xv], Imm::None);
        let f = b.finish();
        verify(&f).unwrap();
        assert_eq!(f.blocks[head.index()].params.len(), 1);
        assert_eq!(f.blocks[exit.index()].params.len(), 0);
    }
}
