//! Inlining of small JS callees into speculative code.
//!
//! A call site whose feedback (`Code::call_fb`) saw one closure, a small
//! loop-free function without handlers, gets that function's body in place
//! of the call: a guard that the callee is still that closure, then the
//! callee's IR lowered with its own feedback, its parameters bound to the
//! call's operands and each `return` jumping to the join.
//!
//! Bodies are property, element and global loads, arithmetic, comparisons,
//! branches, further inlined calls and property stores, each lowered
//! speculatively. Every check that fails in the body goes to the caller's
//! deopt exit at the call, so the interpreter makes the whole call again,
//! and no frame for the callee is ever needed, as long as the body has
//! stored nothing. A store to an existing own property is deferred until
//! just before anything could read it or the block ends
//! (`Lowering::deferred`), so checks may follow it in the source. A check
//! after a store has reached memory cannot make the call again: its exit
//! (`chain_exit`) rebuilds the frames of the inlined calls, each stopped at
//! its call and the innermost at the check, writes the stores still
//! deferred, and the interpreter goes on from there (the frames the deopt
//! builds are listed in `Inline::chain`). Constructions are not rebuilt: in
//! them a check after a store abandons the inline. A body that turns out to
//! need anything else (a generic helper, a path that can throw) is
//! abandoned too, while it is lowered: the site then jumps to an ordinary
//! call instead, and the half-built body is unreachable code Cranelift
//! removes.

use super::*;

/// Most IR instructions of one inlined callee.
const MAX_INSTS: usize = 40;
/// Most inlined callees nested in one another.
const MAX_DEPTH: usize = 3;
/// Most IR instructions inlined into one compiled function.
const BUDGET: u32 = 400;
/// Most targets of a virtual call inlined (`inline_poly_call`), as V8's
/// `kMaxCallPolymorphism`: beyond that the chain of compares and bodies
/// costs compile time (parser's five-class AST walks: 6% of Cranelift's
/// work) and saves no run time.
const MAX_POLY_TARGETS: usize = 4;

/// A call being inlined.
pub(super) struct Inline {
    /// Where a failed check goes: the caller's deopt exit at the call
    /// (the outermost inlined call's, for nested ones).
    pub(super) bail: clif::Block,
    frame: Frame,
    /// The operands, each with whether it is known to be an int32, its
    /// kind fact (see `Facts::kinds`) and its canonical value.
    args: Vec<(clif::Value, bool, Option<u64>, u32)>,
    /// The join block, whose parameter is the result (and, when `flag`,
    /// a second one: its truth as an `i8`).
    ret: clif::Block,
    /// Every `return` of the body returns a boolean (and the call is not
    /// a construction): `ret` takes the truth too.
    flag: bool,
    /// The values the body's `return`s pass to `ret`.
    returns: Vec<clif::Value>,
    /// What holds at every `return`: what the caller knows after the
    /// call.
    exit_facts: Option<Facts>,
    /// A store has reached memory (in this body or an enclosing one): a
    /// check can no longer make the whole call again.
    pub(super) stored: bool,
    /// The frames above the body, outermost first, each stopped at its
    /// call: what a check after a store rebuilds. None when one of them,
    /// or the body, is a construction.
    pub(super) chain: Option<Vec<ChainFrame>>,
    /// The body (or one it inlines) has called out (`out_call_frames`):
    /// what the caller knew is gone.
    pub(super) called_out: bool,
    /// This inlined body among those of the compiled function (each
    /// lowering of a body has its own).
    id: u32,
    /// The handler block of the outermost call, if it is in a `try`:
    /// where an exception of a call out goes (else the compiled function
    /// returns it).
    handler: Option<clif::Block>,
}

/// An inlined callee's frame: its function, closure (a constant), `this`
/// and arguments.
#[derive(Clone)]
pub(super) struct InlinedFrame {
    info: &'static FuncInfo,
    callee: u64,
    this: clif::Value,
    args: Vec<clif::Value>,
}

/// A frame stopped at a call, as a deopt from inside the inlined callee
/// rebuilds it.
#[derive(Clone)]
pub(super) struct ChainFrame {
    /// None for the compiled function's own frame.
    inlined: Option<InlinedFrame>,
    /// The call's op, and the register of its result.
    pc: u32,
    dst: u32,
    /// The registers of the values live at the call, with their values.
    live: Vec<(u32, clif::Value)>,
}

/// Where an inline starts: the deopt exit that makes the whole call
/// again, the jump into the block where the checks begin (redirected to
/// the ordinary call if the inline is abandoned), and the frames above
/// the body.
pub(super) struct Entry {
    pub(super) bail: clif::Block,
    enter: clif::Inst,
    pre: clif::Block,
    chain: Option<Vec<ChainFrame>>,
    handler: Option<clif::Block>,
}

/// What an inlined body's frame holds.
pub(super) struct Frame {
    /// The callee (a constant), and its address.
    callee: clif::Value,
    callee_addr: u64,
    this: clif::Value,
    /// The caller's canonical value of `this`, when it passes one of its
    /// values (not an object a construction allocated).
    this_canon: Option<u32>,
    /// The shape `this` is known to have (an object's), if any.
    this_shape: Option<u64>,
    /// `this` is known to be an object (with a shape known or not).
    this_obj: bool,
    /// new.target: undefined for a call.
    new_target: clif::Value,
    /// A construction's callee and new.target (the constants above).
    pub(super) ctor: Option<(u64, u64)>,
    /// A base constructor's `this`: the result unless the body returns
    /// an object.
    ctor_this: Option<clif::Value>,
}

/// An inlinable callee: its IR, feedback and size.
pub(super) struct Body(&'static ir::Function, &'static Code, usize);

/// The per-function part of the lowering state, swapped with the
/// callee's while its body is lowered.
struct FnState {
    info: &'static FuncInfo,
    f: &'static ir::Function,
    code: &'static Code,
    module: &'static LoadedModule,
    blocks: Vec<Option<clif::Block>>,
    vals: Vec<Option<clif::Value>>,
    landings: Vec<Option<clif::Block>>,
    cur: ir::Block,
    conds: Vec<Option<(clif::Value, ir::Block)>>,
    osr: bool,
    liveness: Option<Liveness>,
    end_facts: Vec<Option<Facts>>,
    fact_preds: Vec<FactPreds>,
    branch_only: Vec<Option<u32>>,
    canon: Vec<u32>,
    canon_base: u32,
    inline: Option<Inline>,
}

impl Lowering<'_, '_> {
    fn swap_state(&mut self, st: &mut FnState) {
        use std::mem::swap;
        swap(&mut self.info, &mut st.info);
        swap(&mut self.f, &mut st.f);
        swap(&mut self.code, &mut st.code);
        swap(&mut self.module, &mut st.module);
        swap(&mut self.blocks, &mut st.blocks);
        swap(&mut self.vals, &mut st.vals);
        swap(&mut self.landings, &mut st.landings);
        swap(&mut self.cur, &mut st.cur);
        swap(&mut self.conds, &mut st.conds);
        swap(&mut self.osr, &mut st.osr);
        swap(&mut self.liveness, &mut st.liveness);
        swap(&mut self.end_facts, &mut st.end_facts);
        swap(&mut self.fact_preds, &mut st.fact_preds);
        swap(&mut self.branch_only, &mut st.branch_only);
        swap(&mut self.canon, &mut st.canon);
        swap(&mut self.canon_base, &mut st.canon_base);
        swap(&mut self.inline, &mut st.inline);
    }

    /// Whether a call or construction may be inlined here (speculating,
    /// and not nested too deep).
    pub(super) fn may_inline(&self) -> bool {
        self.spec && self.inline_stack.len() < MAX_DEPTH
    }

    /// The start of an inline at `inst` (see `Entry`); the exit that
    /// makes the call again is, nested, the one of the enclosing body at
    /// this call. A construction (`call` false) gets no chain. `None` when
    /// the inline is abandoned already.
    pub(super) fn inline_entry(&mut self, inst: ir::Inst, call: bool) -> Option<Entry> {
        let bail = self.deopt_exit(inst, DeoptReason::Inlined);
        if self.inline_abort {
            return None;
        }
        let chain = if call { self.chain_at(inst) } else { None };
        let handler = match &self.inline {
            Some(il) => il.handler,
            None => self.f.block(self.cur).handler.map(|h| self.block_of(h)),
        };
        let pre = self.b.create_block();
        let enter = self.b.ins().jump(pre, &[]);
        self.b.switch_to_block(pre);
        Some(Entry {
            bail,
            enter,
            pre,
            chain,
            handler,
        })
    }

    /// The frames a deopt inside a callee inlined at call `inst` rebuilds
    /// above it: the enclosing body's chain and its frame stopped at
    /// `inst`. None if a construction is among them.
    fn chain_at(&mut self, inst: ir::Inst) -> Option<Vec<ChainFrame>> {
        let (mut chain, inlined) = match &self.inline {
            None => (Vec::new(), None),
            Some(il) => {
                let fr = &il.frame;
                if fr.ctor.is_some() {
                    return None;
                }
                let inlined = Some(InlinedFrame {
                    info: self.info,
                    callee: fr.callee_addr,
                    this: fr.this,
                    args: self.frame_args(self.f),
                });
                (il.chain.clone()?, inlined)
            }
        };
        // Read here, at the call, which every exit of the body follows.
        let live = self
            .live_values(inst)
            .into_iter()
            .map(|v| (v.index() as u32, self.val(v)))
            .collect();
        chain.push(ChainFrame {
            inlined,
            pc: self.code.op_of_inst[inst.index()],
            dst: self.f.inst(inst).result.map_or(0, |v| v.0),
            live,
        });
        Some(chain)
    }

    /// The exit for a failed check at `inst` of an inlined body that has
    /// stored: writes the stores still deferred, then leaves for the
    /// interpreter with the frames of every inlined call built, the
    /// innermost resuming at `inst`. Only made where `Inline::chain` is.
    pub(super) fn chain_exit(&mut self, inst: ir::Inst, reason: DeoptReason) -> clif::Block {
        // Within one instruction the deferred stores only grow, so their
        // number tells them apart.
        let key = (self.inline_ctx().id, inst, reason, self.deferred.len());
        if let Some(e) = self.chain_exits.iter().find(|e| e.0 == key) {
            return e.1;
        }
        let live = self.live_values(inst);
        let exit = self.cold_aside(|s| {
            let live = live
                .into_iter()
                .map(|v| (v.index() as u32, s.val(v)))
                .collect();
            let (chain, innermost) = s.chain_to(inst, live);
            for (obj, loc, x, _) in s.deferred.clone() {
                s.store_loc(obj, loc, x);
            }
            let outer = &chain[0];
            let mut vals: Vec<clif::Value> = outer.live.iter().map(|l| l.1).collect();
            let mut frames = Vec::new();
            for (parent, cf) in chain.iter().zip(chain.iter().skip(1).chain([&innermost])) {
                let fr = cf.inlined.as_ref().expect("an inlined frame");
                vals.push(fr.this);
                vals.extend(&fr.args);
                vals.extend(cf.live.iter().map(|l| l.1));
                frames.push(runtime::interp::DeoptFrame {
                    callee: fr.callee,
                    pc: cf.pc,
                    ret: parent.dst,
                    argc: fr.args.len() as u32,
                    regs: cf.live.iter().map(|l| l.0).collect(),
                });
            }
            let point = DeoptPoint {
                pc: outer.pc,
                reason,
                regs: outer.live.iter().map(|l| l.0).collect(),
                frames: frames.into_boxed_slice(),
            };
            s.leave_for_interpreter(point, &vals);
        });
        self.chain_exits.push((key, exit));
        exit
    }

    /// The arguments of an inlined frame a deopt rebuilds: none when the
    /// function reads its parameters before anything else (no op it can
    /// resume at reads them again).
    fn frame_args(&self, f: &ir::Function) -> Vec<clif::Value> {
        let entry = f.entry();
        let leading = f
            .block(entry)
            .insts
            .iter()
            .take_while(|&&i| f.inst(i).op == Opcode::Param)
            .count();
        let params: usize = f
            .layout
            .iter()
            .map(|&b| {
                f.block(b)
                    .insts
                    .iter()
                    .filter(|&&i| f.inst(i).op == Opcode::Param)
                    .count()
            })
            .sum();
        if params == leading {
            return Vec::new();
        }
        self.inline_ctx().args.iter().map(|a| a.0).collect()
    }

    /// The chain above the body being lowered, and the body's own frame
    /// stopped at `inst` with live values `live`.
    fn chain_to(
        &self,
        inst: ir::Inst,
        live: Vec<(u32, clif::Value)>,
    ) -> (Vec<ChainFrame>, ChainFrame) {
        let args = self.frame_args(self.f);
        let il = self.inline_ctx();
        let chain = il.chain.clone().expect("a chain");
        let fr = &il.frame;
        let innermost = ChainFrame {
            inlined: Some(InlinedFrame {
                info: self.info,
                callee: fr.callee_addr,
                this: fr.this,
                args,
            }),
            pc: self.code.op_of_inst[inst.index()],
            dst: 0,
            live,
        };
        (chain, innermost)
    }

    /// Before a call out of an inlined body at `inst` (a call that is not
    /// inlined): pushes a frame record for each inlined frame, as if the
    /// calls had been made, so that the callee sees its caller's record
    /// (site feedback, stack traces, call depth) and the compiled
    /// function's record stands at its call. Returns the innermost record,
    /// which the call's helpers take as their frame; `finish_out_call` pops
    /// them, and an exception pops them on its way out (`out_call_unwind`).
    /// None when the frames cannot be built (a construction among them):
    /// the inline is then abandoned.
    pub(super) fn out_call_frames(&mut self, inst: ir::Inst) -> Option<clif::Value> {
        self.inline.as_ref()?.chain.as_ref()?;
        let (chain, innermost) = self.chain_to(inst, Vec::new());
        let frames: Vec<&ChainFrame> = chain.iter().skip(1).chain([&innermost]).collect();
        let vm = self.vm_v;
        let len = self.load(I64, vm, L::VM_FRAMES_LEN);
        // No room for the records: the interpreter makes the calls (and
        // throws the RangeError at the one that goes too deep).
        let deep = self.b.ins().icmp_imm_s(
            IntCC::UnsignedGreaterThanOrEqual,
            len,
            (L::MAX_CALL_DEPTH - frames.len()) as i64,
        );
        let exit = self.deopt_exit(inst, DeoptReason::Inlined);
        let room = self.b.create_block();
        self.b.ins().brif(deep, exit, &[], room, &[]);
        self.b.switch_to_block(room);
        let outer_pc = self.b.ins().iconst(I32, i64::from(chain[0].pc));
        let fp = self.fp_v;
        self.store(outer_pc, fp, L::FR_PC);
        let first = self.frame_record_at(len);
        let zero32 = self.b.ins().iconst(I32, 0);
        let zero = self.iconst(0);
        let undefined = self.iconst(L::UNDEFINED);
        let hole = self.iconst(L::HOLE);
        let mut rec = first;
        for (i, cf) in frames.iter().enumerate() {
            let fr = cf.inlined.as_ref().expect("an inlined frame");
            if i > 0 {
                rec = self
                    .b
                    .ins()
                    .iadd_imm_s(first, i as i64 * L::FRAME_SIZE as i64);
            }
            let info = self.iconst(fr.info as *const FuncInfo as u64);
            let pc = self.b.ins().iconst(I32, i64::from(cf.pc));
            let callee = self.iconst(fr.callee);
            self.store(info, rec, L::FR_INFO);
            self.store(pc, rec, L::FR_PC);
            self.store(zero32, rec, L::FR_RET);
            self.store(zero, rec, L::FR_CODE);
            self.store(zero, rec, L::FR_REGS);
            self.store(zero32, rec, L::FR_ARGS_BASE);
            self.store(zero32, rec, L::FR_ARGC);
            self.store(fr.this, rec, L::FR_THIS);
            self.store(callee, rec, L::FR_CALLEE);
            self.store(undefined, rec, L::FR_NEW_TARGET);
            self.store(hole, rec, L::FR_CONSTRUCT_THIS);
        }
        let pushed = self.b.ins().iadd_imm_s(len, frames.len() as i64);
        self.store(pushed, vm, L::VM_FRAMES_LEN);
        self.out_call = Some((len, None));
        Some(rec)
    }

    /// After a call out of an inlined body returned: pops the records
    /// `out_call_frames` pushed. From here on, the body's checks rebuild
    /// its frames, and what anyone knew is gone.
    pub(super) fn finish_out_call(&mut self) {
        let Some((len, _)) = self.out_call.take() else {
            return;
        };
        let vm = self.vm_v;
        self.store(len, vm, L::VM_FRAMES_LEN);
        let il = self.inline.as_mut().expect("inlining");
        il.stored = true;
        il.called_out = true;
    }

    /// After a throw out of an inlined body (whose records the unwinding
    /// block pops): the body goes on as after a call out.
    pub(super) fn abandon_out_call(&mut self) {
        if self.out_call.take().is_some() {
            let il = self.inline.as_mut().expect("inlining");
            il.stored = true;
            il.called_out = true;
        }
    }

    /// Where an exception of a call out of an inlined body goes: a block
    /// that pops the records pushed for it, then goes to the handler of
    /// the outermost call or returns the exception. None when no call out
    /// is being made (the inline is then abandoned).
    pub(super) fn out_call_unwind(&mut self) -> Option<clif::Block> {
        let (len, made) = self.out_call?;
        if let Some(b) = made {
            return Some(b);
        }
        let handler = self.inline_ctx().handler;
        let b = self.cold_aside(|s| {
            let vm = s.vm_v;
            s.store(len, vm, L::VM_FRAMES_LEN);
            match handler {
                Some(h) => s.jump_to_handler(h),
                None => {
                    let u = s.unwind_block();
                    s.b.ins().jump(u, &[]);
                }
            }
        });
        self.out_call = Some((len, Some(b)));
        Some(b)
    }

    /// The function at call site `site` (callee `f`, `this` IR value
    /// `this_v`, operands `args`) inlined, when the site saw one closure
    /// that can be; `None` leaves the call to the caller.
    pub(super) fn inline_call(
        &mut self,
        inst: ir::Inst,
        site: u32,
        f: clif::Value,
        this_v: ir::Value,
        args: &[ir::Value],
    ) -> CResult<Option<clif::Value>> {
        if !self.may_inline() {
            return Ok(None);
        }
        let Some(fo) = self.one_closure_called(site) else {
            return Ok(None);
        };
        let ci = runtime::interp::func_info(fo);
        let this_shape = self.known_object_shape(this_v);
        let this_obj = this_shape.is_some() || self.kobj(this_v);
        let Some(body) = self.inlinable(ci, this_obj, false) else {
            return Ok(None);
        };

        let Some(entry) = self.inline_entry(inst, true) else {
            return Ok(None);
        };
        let t = self.root(fo.addr());
        if self.const_value(f) != Some(t as i64) {
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
            let cont = self.b.create_block();
            self.b.ins().brif(same, cont, &[], entry.bail, &[]);
            self.b.switch_to_block(cont);
            self.note_callee(f, t);
        }
        let frame = self.call_frame(t, this_v, this_shape, this_obj);
        self.inline_body(ci, body, args, entry, frame)
    }

    /// The shape IR value `v` is known to have, when that is an object's
    /// (not a primitive's pseudo shape).
    fn known_object_shape(&self, v: ir::Value) -> Option<u64> {
        self.facts
            .shape_of(self.cv(v))
            .filter(|&s| self.pseudo_shape(s).is_none())
    }

    /// The frame of a call of constant closure `callee` on the caller's
    /// value `this_v`.
    fn call_frame(
        &mut self,
        callee: u64,
        this_v: ir::Value,
        this_shape: Option<u64>,
        this_obj: bool,
    ) -> Frame {
        Frame {
            callee: self.iconst(callee),
            callee_addr: callee,
            this: self.val(this_v),
            this_canon: Some(self.cv(this_v)),
            this_shape,
            this_obj,
            new_target: self.iconst(L::UNDEFINED),
            ctor: None,
            ctor_this: None,
        }
    }

    /// A call whose feedback saw a few closures (a virtual call, like
    /// `this.list[i].execute()` over subclasses): a compare of the callee
    /// with each inlinable one, that one's body on a match, and an ordinary
    /// call for any other callee (and for a body abandoned while lowered).
    /// `None` when no target can be inlined, or the site saw more than
    /// `MAX_POLY_TARGETS`. Only outside inlines (nested
    /// ones would be abandoned by the ordinary call anyway).
    pub(super) fn inline_poly_call(
        &mut self,
        inst: ir::Inst,
        site: u32,
        f: clif::Value,
        args: &[ir::Value],
        this_v: ir::Value,
        arg_vals: &[clif::Value],
    ) -> CResult<Option<clif::Value>> {
        if !self.may_inline() || self.inline.is_some() {
            return Ok(None);
        }
        let Some(targets) = self
            .code
            .call_targets(site)
            .filter(|t| t.len() > 1 && t.len() <= MAX_POLY_TARGETS)
        else {
            return Ok(None);
        };
        let mut cases = Vec::new();
        for &t in &targets {
            let Some(fo) = runtime::call::live_closure(self.vm, t) else {
                continue;
            };
            let ci = runtime::interp::func_info(fo);
            if self.inlinable(ci, false, false).is_some() {
                cases.push((fo, ci));
            }
        }
        if cases.is_empty() {
            return Ok(None);
        }
        // Every callee the site saw has its body here: any other one leaves
        // for the interpreter (which notes it for the next compile), and
        // what the caller knows survives the call.
        let mut complete = cases.len() == targets.len();
        let this = self.val(this_v);
        let this_shape = self.known_object_shape(this_v);
        let this_obj = this_shape.is_some() || self.kobj(this_v);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let facts = self.facts.clone();
        let mut joined: Option<Facts> = None;
        // Some body called out (what the caller knew is gone then).
        let mut called_out = false;
        for (fo, ci) in cases {
            // The budget may have run out on an earlier case.
            let Some(body) = self.inlinable(ci, this_obj, false) else {
                complete = false;
                continue;
            };
            let t = self.root(fo.addr());
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
            let case = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(same, case, &[], next, &[]);
            self.b.switch_to_block(case);
            self.facts = facts.clone();
            let r = match self.inline_entry(inst, true) {
                Some(entry) => {
                    let frame = self.call_frame(t, this_v, this_shape, this_obj);
                    let r = self.inline_body(ci, body, args, entry, frame)?;
                    // Several bodies reach the join: no single truth.
                    self.inline_flag = None;
                    called_out |= r.is_some() && self.impure;
                    r
                }
                None => None,
            };
            // Abandoned, the code goes on in the block for the ordinary call.
            let r = match r {
                Some(r) => {
                    match &mut joined {
                        Some(j) => j.meet(&self.facts),
                        None => joined = Some(self.facts.clone()),
                    }
                    r
                }
                None => {
                    complete = false;
                    self.facts = facts.clone();
                    self.js_call(inst, site, f, this, arg_vals)
                }
            };
            self.b.ins().jump(join, &[BlockArg::Value(r)]);
            self.b.switch_to_block(next);
        }
        match joined.filter(|_| complete) {
            Some(joined) => {
                let exit = self.deopt_exit(inst, DeoptReason::CallTarget);
                self.b.ins().jump(exit, &[]);
                self.facts = joined;
                self.pure_call = !called_out;
                self.impure = called_out;
            }
            None => {
                self.facts = facts;
                let r = self.js_call(inst, site, f, this, arg_vals);
                self.b.ins().jump(join, &[BlockArg::Value(r)]);
                // Other code may have run: what the caller knew is gone.
                self.pure_call = false;
                self.impure = true;
            }
        }
        self.b.switch_to_block(join);
        Ok(Some(self.b.block_params(join)[0]))
    }

    /// The construction of closure `ci` (at constant `callee`, checked
    /// already) with new.target `new_target` inlined: `this` is `ctor_this`
    /// for a base constructor (an object just allocated, of shape
    /// `this_shape`), the hole for a derived one. `entry` is where the
    /// inline starts. `None` leaves the construction to the caller.
    pub(super) fn inline_construct_body(
        &mut self,
        ci: &'static FuncInfo,
        body: Body,
        args: &[ir::Value],
        entry: Entry,
        (callee_addr, new_target_addr): (u64, u64),
        ctor_this: Option<(clif::Value, u64)>,
    ) -> CResult<Option<clif::Value>> {
        let callee = self.iconst(callee_addr);
        let new_target = self.iconst(new_target_addr);
        let (this, this_shape) = match ctor_this {
            Some((o, shape)) => {
                // Stores into it are not observable while a deopt makes
                // the whole construction again.
                self.fresh.push((o, entry.bail));
                (o, Some(shape))
            }
            None => (self.iconst(L::HOLE), None),
        };
        let frame = Frame {
            callee,
            callee_addr,
            this,
            this_canon: None,
            this_shape,
            this_obj: this_shape.is_some(),
            new_target,
            ctor: Some((callee_addr, new_target_addr)),
            ctor_this: ctor_this.map(|c| c.0),
        };
        self.inline_body(ci, body, args, entry, frame)
    }

    /// Lowers `body` (of `ci`) in place, entered with `frame` and the
    /// operands `args`; see `inline_call`.
    fn inline_body(
        &mut self,
        ci: &'static FuncInfo,
        body: Body,
        args: &[ir::Value],
        entry: Entry,
        frame: Frame,
    ) -> CResult<Option<clif::Value>> {
        let Entry {
            bail,
            enter,
            pre,
            chain,
            handler,
        } = entry;
        let chain = chain.filter(|_| frame.ctor.is_none());
        let Body(cf, code, n) = body;
        let ret = self.b.create_block();
        self.b.append_block_param(ret, I64);
        let flag = frame.ctor.is_none() && returns_bool(cf);
        if flag {
            self.b.append_block_param(ret, I8);
        }
        let args: Vec<(clif::Value, bool, Option<u64>, u32)> = args
            .iter()
            .map(|&v| (self.val(v), self.kint(v), self.kind_of(v), self.cv(v)))
            .collect();

        // The body starts knowing what the caller knows: its parameters
        // and `this` are the caller's values (`inline_param`).
        let first = self.facts.clone();
        let caller_facts = std::mem::take(&mut self.facts);
        let nv = cf.values.len();
        let nb = cf.blocks.len();
        let base = self.gvals.len() as u32;
        self.gvals.resize(base as usize + nv, None);
        self.known_int.resize(base as usize + nv, false);
        let mut st = FnState {
            info: ci,
            f: cf,
            code,
            module: ci.module(self.vm),
            blocks: vec![None; nb],
            vals: vec![None; nv],
            landings: vec![None; nb],
            cur: cf.entry(),
            conds: vec![None; nv],
            osr: false,
            liveness: None,
            end_facts: vec![None; nb],
            fact_preds: fact_preds(cf),
            branch_only: branch_only(cf),
            canon: (base..base + nv as u32).collect(),
            canon_base: base,
            inline: Some(Inline {
                bail,
                frame,
                args,
                ret,
                flag,
                returns: Vec::new(),
                exit_facts: None,
                // Nothing of this body is written yet (what enclosing
                // bodies wrote, `bail` rebuilds their frames for).
                stored: false,
                chain,
                called_out: false,
                id: self.inline_count,
                handler,
            }),
        };
        self.inline_count += 1;
        let pending_before = self.inline_pending;
        let cold = self.cold;
        self.inline_stack.push(self.info);
        self.swap_state(&mut st);
        let e = self.f.entry();
        let c = self.block_of(e);
        self.b.ins().jump(c, &[]);
        let order = rpo(self.f, &[e]);
        self.fact_preds = self.threaded_fact_preds(&order);
        let lowered = self.lower_blocks(&order, first);
        // Each block wrote its deferred stores before its end; a body left
        // half-lowered (abandoned) leaves none for the caller's code.
        if self.inline_stack.len() == 1 {
            self.deferred.clear();
        }
        self.swap_state(&mut st);
        self.cold = cold;
        self.inline_stack.pop();
        self.facts = caller_facts;
        lowered?;
        let il = st.inline.take().expect("inlined");
        self.inline_budget += n as u32;
        self.impure = false;
        let nested = self.inline.is_some();
        if std::mem::take(&mut self.inline_abort) {
            // Abandoned: the call goes the ordinary way; the body is
            // unreachable. The flag was clear when this body began
            // (`inline_entry`), so this body needed what it cannot do.
            // Nested, the ordinary call is a call out of the enclosing
            // body, which abandons that one in turn if it cannot make
            // one (a construction has no frames to push).
            let normal = self.b.create_block();
            self.b.change_jump_destination(enter, pre, normal);
            // The dead body may jump to the join: give it a body, so
            // that no instruction names a block the code lacks.
            self.b.switch_to_block(ret);
            self.b.ins().trap(clif::TrapCode::unwrap_user(1));
            self.b.switch_to_block(normal);
            self.inline_abandoned += 1;
            // Nothing the dead body did carries over.
            self.deferred.clear();
            self.shape_stored = None;
            self.out_call = None;
            if nested {
                self.inline_pending = pending_before;
            } else {
                self.fresh.clear();
                self.inline_pending = 0;
            }
            return Ok(None);
        }
        if il.stored
            && let Some(outer) = &mut self.inline
        {
            outer.stored = true;
            outer.called_out |= il.called_out;
        }
        if nested {
            self.inline_pending += 1;
        } else {
            self.fresh.clear();
            self.inlined += std::mem::take(&mut self.inline_pending) + 1;
        }
        self.b.switch_to_block(ret);
        // Unless the body called out, it ran no other code: what held at
        // its returns (what the caller knew, less what the body's stores
        // changed, and what the body learnt) holds after the call.
        self.pure_call = !il.called_out;
        self.impure = il.called_out;
        match il.exit_facts {
            Some(exit) => self.facts = exit,
            None => self.facts.clobber(),
        }
        // One value returned everywhere is the result itself (so that
        // what is known of it, such as being fresh, carries over).
        let r = match il.returns.split_first() {
            Some((&x, rest)) if rest.iter().all(|&y| y == x) => x,
            _ => self.b.block_params(ret)[0],
        };
        if il.flag {
            self.inline_flag = Some(self.b.block_params(ret)[1]);
        }
        Ok(Some(r))
    }

    /// Callee `ci`'s IR, feedback and size when it can be inlined (with
    /// `this` known to be an object when `this_obj`), called or, when
    /// `construct`, constructed.
    pub(super) fn inlinable(
        &self,
        ci: &'static FuncInfo,
        this_obj: bool,
        construct: bool,
    ) -> Option<Body> {
        use ir::FunctionKind as K;
        let kind_ok = if construct {
            matches!(
                ci.kind,
                K::Normal | K::ClassConstructor | K::DerivedConstructor
            )
        } else {
            matches!(ci.kind, K::Normal | K::Method | K::Arrow)
        };
        if !kind_ok
            || std::ptr::eq(ci, self.info)
            || self.inline_stack.iter().any(|&i| std::ptr::eq(i, ci))
        {
            return None;
        }
        // Feedback comes from the interpreter having run it.
        let code: &'static Code = ci.code.get()?;
        let f = ci.module(self.vm).ir.func(ci.id);
        let n: usize = f.layout.iter().map(|&b| f.block(b).insts.len()).sum();
        if n > MAX_INSTS || self.inline_budget + n as u32 > BUDGET {
            return None;
        }
        for &b in &f.layout {
            if f.block(b).handler.is_some() {
                return None;
            }
            for &i in &f.block(b).insts {
                use Opcode::*;
                let ok = match f.inst(i).op {
                    Const | Param | Callee | NewTarget | ClosureEnv | HomeObject | LoadEnv
                    | IsHole | Not | StrictEq | StrictNe | Lt | Le | Gt | Ge | Add | Sub | Mul
                    | Div | Mod | BitAnd | BitOr | BitXor | Shl | Sar | Shr | Neg | BitNot
                    | ToNumber | Inc | Dec | Jump | Branch | Return | GetProp | GetSuper
                    | GetElem | LoadGlobal | Call | CallMethod | SetProp | New | Throw => true,
                    // A sloppy function's `this` is an object.
                    This => ci.strict || this_obj,
                    SuperCall | CheckSuperOnce | CheckThis | DerivedResult => construct,
                    _ => false,
                };
                if !ok {
                    return None;
                }
            }
        }
        if !loop_headers(f).is_empty() {
            return None;
        }
        Some(Body(f, code, n))
    }

    pub(super) fn inline_ctx(&self) -> &Inline {
        self.inline.as_ref().expect("inlining")
    }

    /// Parameter `i` of the inlined callee.
    pub(super) fn inline_param(&mut self, i: usize, result: Option<ir::Value>) -> clif::Value {
        match self.inline_ctx().args.get(i).copied() {
            Some((x, int, kind, c)) => {
                if let Some(r) = result {
                    // The caller's value: what it knows of it holds here.
                    self.canon[r.index()] = c;
                    if int {
                        self.facts.set_int(c);
                    }
                    if let Some(k) = kind {
                        self.facts.set_kind(c, k);
                    }
                }
                x
            }
            None => self.iconst(L::UNDEFINED),
        }
    }

    /// The inlined callee's `this` (an object when the callee is sloppy:
    /// `inlinable` checked that).
    pub(super) fn inline_this(&mut self, result: Option<ir::Value>) -> clif::Value {
        let fr = &self.inline_ctx().frame;
        let (t, shape, obj, this_canon) = (fr.this, fr.this_shape, fr.this_obj, fr.this_canon);
        // A base constructor's `this`, allocated by the caller's code.
        let fresh = fr.ctor_this.is_some();
        if let Some(r) = result {
            if let Some(c) = this_canon {
                self.canon[r.index()] = c;
            }
            let c = self.cv(r);
            if let Some(s) = shape {
                self.facts.set_shape(c, s);
            }
            if obj {
                self.facts.set_kind(c, OBJECT_KIND);
            }
            if fresh {
                self.facts.set_fresh(c);
            }
        }
        t
    }

    /// The inlined callee's frame values: itself, its environment and home
    /// object (read from the closure), and new.target.
    pub(super) fn inline_frame_value(&mut self, op: Opcode) -> clif::Value {
        let fr = &self.inline_ctx().frame;
        let (callee, callee_addr, new_target) = (fr.callee, fr.callee_addr, fr.new_target);
        match op {
            Opcode::Callee => callee,
            // A closure's environment is fixed when it is made (and kept
            // alive by the closure, which the code roots): a constant (word
            // 1, at `layout::FUNC_ENV`), which costs nothing where unused.
            Opcode::ClosureEnv => {
                match runtime::call::live_closure(self.vm, callee_addr as usize) {
                    Some(fo) => self.iconst(fo.word_value(1).bits()),
                    None => self.load_fixed(I64, callee, L::FUNC_ENV),
                }
            }
            Opcode::HomeObject => self.load(I64, callee, L::FUNC_HOME),
            _ => new_target,
        }
    }

    /// A site of an inlined body that never ran: reaching it makes the
    /// whole call in the interpreter (whose feedback then covers it).
    pub(super) fn inline_unreached(&mut self, inst: ir::Inst, d: &ir::InstData) -> CResult<()> {
        let bail = self.deopt_exit(inst, DeoptReason::Inlined);
        self.b.ins().jump(bail, &[]);
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
        let u = self.iconst(L::UNDEFINED);
        self.finish(d, Some(u))
    }

    /// The callee and new.target of the construction being inlined, if
    /// one is.
    pub(super) fn inline_ctor(&self) -> Option<(u64, u64)> {
        self.inline.as_ref().and_then(|il| il.frame.ctor)
    }

    /// `return x` (IR value `xv`) in an inlined body. A base
    /// constructor's result is its `this` unless `x` is an object.
    pub(super) fn inline_return(&mut self, xv: ir::Value, x: clif::Value) {
        let here = self.facts.clone();
        let il = self.inline.as_mut().expect("inlining");
        match &mut il.exit_facts {
            Some(f) => f.meet(&here),
            None => il.exit_facts = Some(here),
        }
        let il = self.inline_ctx();
        let (ret, ctor_this, flag) = (il.ret, il.frame.ctor_this, il.flag);
        let r = match ctor_this {
            None => x,
            Some(t) if self.ir_const(xv).is_some() => t,
            Some(t) => {
                let (yes, no) = self.is_object(x);
                self.b.switch_to_block(yes);
                self.b.ins().jump(ret, &[BlockArg::Value(x)]);
                self.b.switch_to_block(no);
                self.b.ins().jump(ret, &[BlockArg::Value(t)]);
                // Two values reach the join: no single result.
                let il = self.inline.as_mut().expect("inlining");
                il.returns.extend([x, t]);
                return;
            }
        };
        if flag {
            // Not a construction: `r` is `x`, a boolean.
            let c = self.cond(xv);
            self.b
                .ins()
                .jump(ret, &[BlockArg::Value(r), BlockArg::Value(c)]);
        } else {
            self.b.ins().jump(ret, &[BlockArg::Value(r)]);
        }
        self.inline.as_mut().expect("inlining").returns.push(r);
    }
}

/// Does every `return` of `f` return a boolean?
fn returns_bool(f: &ir::Function) -> bool {
    f.layout.iter().all(|&b| {
        f.block(b).insts.iter().all(|&i| {
            let d = f.inst(i);
            d.op != Opcode::Return || bool_typed(f, d.args[0])
        })
    })
}
