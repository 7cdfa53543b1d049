//! IR → CLIF: one `ir::Function` (or an OSR entry into one of its loops)
//! to a Cranelift function `(vm, fp) -> value`.
//!
//! Values stay NaN-boxed `i64`s in Cranelift registers; IR blocks become
//! CLIF blocks with the same parameters. Every opcode is lowered (the match
//! has no catch-all arm): the hot ones inline, with a fallback to the
//! runtime helper of `runtime::abi` that implements the whole operation;
//! the rest as a helper call. A helper that throws returns
//! `layout::EXCEPTION`; the lowering branches to the IR block's handler
//! (with the pending exception) or returns `EXCEPTION` to the caller.
//!
//! Property sites are specialised with the interpreter's inline-cache
//! feedback at compile time: a guard per cached shape (and the validity
//! cell for prototype hits), the slot load at a constant location, and the
//! generic helper, which walks the prototype chain and updates the same
//! cache, on a miss. Shapes and cells the code embeds are kept alive as
//! roots of the function (`FuncInfo::jit_roots`).

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I8, I16, I32, I64};
use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use ir::{Constant, Imm, Opcode};
use runtime::abi;
use runtime::ic::IcKind;
use runtime::interp::{Code, DeoptPoint, DeoptReason, FuncInfo, LoadedModule};
use runtime::layout as L;
use runtime::{Value, Vm};
use rustc_hash::FxHashMap;

use crate::CompileError;
use crate::spec::{Facts, Liveness, OBJECT_KIND, Slot};

mod construct;
mod inline;

use inline::Inline;

type CResult<T> = Result<T, CompileError>;

pub struct Lowering<'a, 'b> {
    pub vm: &'a mut Vm,
    pub info: &'static FuncInfo,
    pub f: &'static ir::Function,
    pub code: &'static Code,
    pub module: &'static LoadedModule,
    pub b: FunctionBuilder<'b>,
    pub call_conv: cranelift_codegen::isa::CallConv,
    frontend_config: cranelift_codegen::isa::TargetFrontendConfig,
    vm_v: clif::Value,
    fp_v: clif::Value,
    blocks: Vec<Option<clif::Block>>,
    vals: Vec<Option<clif::Value>>,
    /// Per handler block: the landing block that fetches the exception.
    landings: Vec<Option<clif::Block>>,
    /// The shared block that returns EXCEPTION to the caller.
    unwind: Option<clif::Block>,
    sigs: Vec<Option<clif::SigRef>>,
    /// Cells embedded in the code (kept alive by the function).
    pub roots: Vec<Value>,
    /// The IR block being lowered.
    cur: ir::Block,
    /// It ends in a `throw`: its calls and constructions go straight to
    /// the generic helpers (no inlining, no native entry), which keeps
    /// the code of error paths small (they are compiled into every
    /// caller a throwing callee is inlined into).
    cold: bool,
    /// For values made by comparisons and `!`: their truth as an `i8`, so
    /// a branch on them tests the flag instead of the boxed boolean.
    conds: Vec<Option<(clif::Value, ir::Block)>>,
    /// Compiling an OSR entry: IR values are Cranelift variables (values
    /// from before the loop and from its enclosing loops can reach a use
    /// along paths the entry creates; the SSA builder adds the merges).
    osr: bool,
    fmod_sig: Option<clif::SigRef>,
    /// Speculating on the interpreter's feedback: a failed guard leaves
    /// for the interpreter (deopt) instead of running a generic path, and
    /// what guards establish (`facts`) lets later sites skip work.
    spec: bool,
    liveness: Option<Liveness>,
    /// Deopt exits made so far: one per instruction and reason.
    exits: Vec<(ir::Inst, DeoptReason, clif::Block)>,
    /// Exits that rebuild inlined frames (`chain_exit`) made so far: one
    /// per inlined body (`Inline::id`), instruction of it, reason and
    /// number of stores still deferred.
    chain_exits: Vec<((u32, ir::Inst, DeoptReason, usize), clif::Block)>,
    /// Inlined bodies lowered so far (their ids).
    inline_count: u32,
    /// The deopt points the exits refer to (the function keeps them).
    #[expect(clippy::vec_box, reason = "the code embeds each point's address")]
    pub deopt_points: Vec<Box<DeoptPoint>>,
    /// The stack slot exits spill live values to, and its size in values.
    spill: Option<(clif::StackSlot, u32)>,
    /// Blocks that spill a list of values and leave for the interpreter,
    /// by that list: exits that spill the same values (guards of one IR
    /// block, mostly) share one, passing their deopt point. They are
    /// filled once everything else is lowered (`fill_leaves`), in the
    /// order they were made.
    leaves: FxHashMap<Vec<clif::Value>, clif::Block>,
    leaf_order: Vec<(clif::Block, Vec<clif::Value>)>,
    facts: Facts,
    /// Per IR block: the facts at its end, once lowered.
    end_facts: Vec<Option<Facts>>,
    /// Per IR block: the predecessors whose facts it starts with.
    fact_preds: Vec<FactPreds>,
    /// Per IR block: the parameter it only branches on (`branch_only`).
    branch_only: Vec<Option<u32>>,
    /// Per IR value: the canonical value it is known to equal (a load
    /// forwarded from a store or an earlier load, an inlined callee's
    /// parameter the caller's operand), itself otherwise. Canonical values
    /// are numbered across the compiled function and the bodies inlined
    /// into it (each lowering of a body from its `canon_base`), so facts
    /// name values of callers and callees alike.
    canon: Vec<u32>,
    /// The canonical number of this function's (or inlined body's) first
    /// IR value.
    canon_base: u32,
    /// Per canonical value: its code value (`gval`), once defined.
    gvals: Vec<Option<clif::Value>>,
    /// The compiled function's values are SSA variables (an OSR entry):
    /// how many canonical values (its own, from 0) are variables.
    outer_vars: u32,
    /// The instruction being lowered emitted a path that can run
    /// arbitrary code: facts do not survive it.
    impure: bool,
    /// The argument count and the address of the first argument, loaded
    /// by the first of a run of `Param`s for the next ones.
    param_args: Option<(clif::Value, clif::Value)>,
    /// The call being lowered was inlined as code that keeps facts.
    pure_call: bool,
    /// Per canonical value: known to be an int32 (speculative int
    /// arithmetic made it; an SSA value stays what it is).
    known_int: Vec<bool>,
    /// Lowering the body of an inlined callee (the per-function fields
    /// above are the callee's then; see `inline.rs`).
    inline: Option<Inline>,
    /// The functions being inlined, outermost first (no recursion).
    inline_stack: Vec<*const FuncInfo>,
    /// An inlined body emitted code that is not pure (a helper call, a
    /// store): the outermost inline is abandoned (see `inline_call`).
    inline_abort: bool,
    /// IR instructions inlined so far (bounded per compiled function).
    inline_budget: u32,
    /// Nested inlines done under the outermost one being lowered.
    inline_pending: u32,
    /// The truth (an `i8`) of the result of the call just inlined, when
    /// every `return` of the body returned a boolean: the caller branches
    /// on it without testing the boxed value (see `finish`).
    inline_flag: Option<clif::Value>,
    /// Objects the outermost inlined body being lowered allocated, each
    /// with the exit that makes its construction again: stores into one
    /// are not observable from a body whose checks leave by that exit
    /// (not from one whose exit rebuilds frames after the allocation).
    fresh: Vec<(clif::Value, clif::Block)>,
    /// Calls inlined, and inlines abandoned (for `--stats`).
    inlined: u32,
    inline_abandoned: u32,
    /// Loop headers may start knowing what holds on entry to the loop
    /// (see `LoopFacts`); off, they start knowing nothing.
    loop_facts: Option<LoopFacts>,
    /// Per IR block: an OSR entry jumps in (it starts knowing nothing).
    osr_target: Vec<bool>,
    /// Stores of an inlined body not yet written to memory: (object,
    /// slot location, value, key). A check may still fail (the caller's
    /// deopt makes the whole call again, stores included), so checks can
    /// follow them; they are written before anything could read them, and
    /// at the end of each block of the body (`flush_stores`).
    deferred: Vec<(clif::Value, u32, clif::Value, u64)>,
    /// The last shape store of a transition (`entry_store`): the object
    /// and the store, which the next transition of that object may drop.
    shape_stored: Option<(clif::Value, clif::Inst)>,
    /// A call out of an inlined body being lowered: the frame-stack depth
    /// before its records were pushed, and the block an exception of it
    /// goes to, once made (see `out_call_frames`).
    out_call: Option<(clif::Value, Option<clif::Block>)>,
    /// Per IR block of the function: something in it forgot all facts.
    clobbered: Vec<bool>,
    /// The function's blocks in the order they were lowered.
    lowered_order: Vec<ir::Block>,
}

/// Facts at loop headers, found by lowering more than once. A header
/// starts with what holds at the ends of its forward predecessors (narrowed
/// by `hints`); once the whole function is lowered, each assumption is
/// checked against the ends of the header's back edges. One that does not
/// hold there becomes a narrower hint for the next attempt (facts only
/// shrink, so this ends). OSR entries cannot come in at a header that
/// assumes anything.
#[derive(Clone, Debug, Default)]
pub struct LoopFacts {
    /// Per IR block: at most this is assumed at the header (None: no bound).
    pub hints: Vec<Option<Facts>>,
    /// Loop headers whose OSR entries this lowering emits.
    pub osr_headers: Vec<ir::Block>,
    /// What each header assumed.
    pub assumed: Vec<(ir::Block, Facts)>,
    /// A first, plain lowering (OSR entries at every loop, nothing
    /// assumed) that notes in `assumed` what the headers could assume.
    pub probe: bool,
    /// Per loop header, found by the probe: what held at the ends of all
    /// its back edges that names no value (valid cells, prototypes'
    /// slots). Jumps into the loop check these before they enter, so the
    /// header assumes them and the body checks none of them (loop-invariant
    /// checks hoisted).
    pub hoist: Vec<(ir::Block, Facts)>,
}

/// What lowering a function leaves besides its CLIF.
pub struct Lowered {
    /// Cells embedded in the code (kept alive by the function).
    pub roots: Vec<Value>,
    /// The deopt points the exits refer to (the function keeps them).
    #[expect(clippy::vec_box, reason = "the code embeds each point's address")]
    pub deopt_points: Vec<Box<DeoptPoint>>,
    /// Calls inlined, and inlines abandoned.
    pub inlined: u32,
    pub inline_abandoned: u32,
    /// With `assume_at_loops`: what the headers assumed, and the narrower
    /// hints to lower again with when an assumption did not hold.
    pub loop_facts: Option<LoopFacts>,
    pub retry: Option<Vec<Option<Facts>>>,
    /// The loop headers OSR can enter at (`Vm`'s `osr_headers`).
    pub osr_headers: Vec<u32>,
}

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'b> Lowering<'a, 'b> {
    pub fn new(
        vm: &'a mut Vm,
        info: &'static FuncInfo,
        b: FunctionBuilder<'b>,
        frontend_config: cranelift_codegen::isa::TargetFrontendConfig,
    ) -> Lowering<'a, 'b> {
        let call_conv = frontend_config.default_call_conv;
        let module = info.module(vm);
        let f = module.ir.func(info.id);
        let code = info.code(vm);
        Lowering {
            vm,
            info,
            f,
            code,
            module,
            b,
            call_conv,
            frontend_config,
            vm_v: clif::Value::from_u32(0),
            fp_v: clif::Value::from_u32(0),
            blocks: vec![None; f.blocks.len()],
            vals: vec![None; f.values.len()],
            landings: vec![None; f.blocks.len()],
            unwind: None,
            sigs: Vec::new(),
            roots: Vec::new(),
            cur: f.entry(),
            cold: false,
            conds: vec![None; f.values.len()],
            osr: false,
            fmod_sig: None,
            spec: false,
            liveness: None,
            exits: Vec::new(),
            chain_exits: Vec::new(),
            inline_count: 0,
            deopt_points: Vec::new(),
            spill: None,
            leaves: FxHashMap::default(),
            leaf_order: Vec::new(),
            facts: Facts::default(),
            end_facts: vec![None; f.blocks.len()],
            fact_preds: vec![FactPreds::None; f.blocks.len()],
            branch_only: branch_only(f),
            canon: (0..f.values.len() as u32).collect(),
            canon_base: 0,
            gvals: vec![None; f.values.len()],
            outer_vars: 0,
            impure: false,
            param_args: None,
            known_int: vec![false; f.values.len()],
            pure_call: false,
            inline: None,
            inline_stack: Vec::new(),
            inline_abort: false,
            inline_budget: 0,
            inline_pending: 0,
            inline_flag: None,
            fresh: Vec::new(),
            inlined: 0,
            inline_abandoned: 0,
            loop_facts: None,
            osr_target: vec![false; f.blocks.len()],
            deferred: Vec::new(),
            shape_stored: None,
            out_call: None,
            clobbered: vec![false; f.blocks.len()],
            lowered_order: Vec::new(),
        }
    }

    /// Lets loop headers assume facts (`LoopFacts`), after `speculate`.
    pub fn assume_at_loops(&mut self, lf: LoopFacts) {
        if self.spec {
            self.loop_facts = Some(lf);
        }
    }

    /// Turns speculation on (before `lower`).
    pub fn speculate(&mut self) {
        self.spec = true;
        let f = self.f;
        self.liveness = Some(Liveness::new(f));
        self.fact_preds = fact_preds(f);
    }

    // ---------------------------------------------------------------- speculation

    /// The canonical index of IR value `v` (see `canon`).
    fn cv(&self, v: ir::Value) -> u32 {
        self.canon[v.index()]
    }
    /// The instruction that defines IR value `v`, if one does.
    fn ir_op(&self, v: ir::Value) -> Option<Opcode> {
        match self.f.values[v.index()].def {
            ir::ValueDef::Inst(i) => Some(self.f.inst(i).op),
            ir::ValueDef::Param(..) => None,
        }
    }
    /// The constant IR value `v` is, if it is one.
    fn ir_const(&self, v: ir::Value) -> Option<Constant> {
        let ir::ValueDef::Inst(i) = self.f.values[v.index()].def else {
            return None;
        };
        match self.f.inst(i) {
            ir::InstData {
                op: Opcode::Const,
                imm: Imm::Const(c),
                ..
            } => Some(*c),
            _ => None,
        }
    }
    /// Is IR value `v` known to be an int32, or an int32 constant?
    fn int_like(&self, v: ir::Value) -> bool {
        self.kint(v)
            || matches!(self.ir_const(v), Some(Constant::Number(n)) if Value::number(n).is_int())
    }
    /// Is IR value `v` known to be an int32?
    fn kint(&self, v: ir::Value) -> bool {
        let c = self.cv(v);
        self.known_int[c as usize] || self.facts.is_int(c)
    }
    /// What IR value `v` is known to be: an object cell (`OBJECT_KIND`)
    /// or a primitive of a pseudo shape.
    fn kind_of(&self, v: ir::Value) -> Option<u64> {
        if self.kobj(v) {
            return Some(OBJECT_KIND);
        }
        if self.kstr(v) {
            return Some(self.string_kind());
        }
        let c = self.cv(v);
        self.facts.kinds.iter().find(|k| k.0 == c).map(|k| k.1)
    }
    /// The closure call site `site` has called, when it has called one
    /// only (and that one is still alive).
    fn one_closure_called(&self, site: u32) -> Option<runtime::object::ObjRef> {
        let fb = self.code.call_fb.get(site as usize)?.get();
        if fb.polymorphic || fb.target == 0 {
            return None;
        }
        runtime::call::live_closure(self.vm, fb.target)
    }
    /// Is IR value `v` known to be an object cell (by its type, or a check
    /// passed)?
    fn kobj(&self, v: ir::Value) -> bool {
        let t = self.f.values[v.index()].ty;
        (!t.is_none() && t.is_subset_of(ir::Type::ANY_OBJECT))
            // A sloppy function's `this` is coerced to an object (it is
            // never a derived constructor, whose `this` starts as the
            // hole: class code is strict).
            || (!self.info.strict && self.ir_op(v) == Some(Opcode::This))
            || self.facts.is_object(self.cv(v))
    }

    /// The block that leaves for the interpreter at `inst` (which runs
    /// again there, in full), saving the values live before it.
    fn deopt_exit(&mut self, inst: ir::Inst, reason: DeoptReason) -> clif::Block {
        if let Some(il) = &self.inline {
            // In an inlined body: the caller makes the whole call again,
            // unless the body has stored; then the exit builds the frames
            // of the inlined calls, and the innermost one resumes at `inst`
            // (see `inline.rs`).
            if !il.stored {
                return il.bail;
            }
            if il.chain.is_some() {
                return self.chain_exit(inst, reason);
            }
            self.inline_abort = true;
            return il.bail;
        }
        if let Some(e) = self.exits.iter().find(|e| e.0 == inst && e.1 == reason) {
            return e.2;
        }
        let live = self.live_values(inst);
        let exit = self.cold_aside(|s| {
            let point = DeoptPoint {
                pc: s.code.op_of_inst[inst.index()],
                reason,
                regs: live.iter().map(|v| v.index() as u32).collect(),
                frames: Box::new([]),
            };
            let vals: Vec<clif::Value> = live.iter().map(|&v| s.val(v)).collect();
            s.leave_for_interpreter(point, &vals);
        });
        self.exits.push((inst, reason, exit));
        exit
    }

    /// A new cold block, filled (and ended) by `emit` while the current
    /// block waits; the current block stays current.
    fn cold_aside(&mut self, emit: impl FnOnce(&mut Self)) -> clif::Block {
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        let here = self.b.current_block();
        self.b.switch_to_block(block);
        emit(self);
        if let Some(h) = here {
            self.b.switch_to_block(h);
        }
        block
    }

    /// Ends the current block with a jump to handler block `h`, passing
    /// the pending exception (which it takes from the VM).
    fn jump_to_handler(&mut self, h: clif::Block) {
        let vm = self.vm_v;
        let exc = self.load(I64, vm, L::VM_PENDING_EXCEPTION);
        let u = self.iconst(L::UNDEFINED);
        self.store(u, vm, L::VM_PENDING_EXCEPTION);
        // A handler's parameter (the exception) is of any type, so never
        // a boolean's flag (see `block_of`).
        debug_assert_eq!(
            self.b
                .func
                .dfg
                .value_type(self.b.func.dfg.block_params(h)[0]),
            I64
        );
        self.b.ins().jump(h, &[BlockArg::Value(exc)]);
    }

    /// The values live before `inst` of the function being lowered
    /// (constants left out: they are in the registers a frame starts
    /// with). Their Cranelift values are to be read where they are used
    /// (an OSR entry's variables are read per block).
    fn live_values(&mut self, inst: ir::Inst) -> Vec<ir::Value> {
        let f = self.f;
        let live = self
            .liveness
            .get_or_insert_with(|| Liveness::new(f))
            .live_at(f, self.cur, inst);
        live.into_iter()
            .filter(|v| match f.values[v.index()].def {
                ir::ValueDef::Inst(i) => f.inst(i).op != Opcode::Const,
                ir::ValueDef::Param(..) => true,
            })
            .collect()
    }

    /// Ends the current (exit) block: leaves for the interpreter at
    /// `point`, whose live values are `vals`. The spills and the call of
    /// `abi::h_deopt` are in a block shared by every exit that spills the
    /// same values (they differ only in their point, a block parameter),
    /// which makes a function's code and compile time smaller.
    fn leave_for_interpreter(&mut self, point: DeoptPoint, vals: &[clif::Value]) {
        let point = Box::new(point);
        let pv = self.iconst(&*point as *const DeoptPoint as u64);
        self.deopt_points.push(point);
        let leave = match self.leaves.get(vals) {
            Some(&b) => b,
            None => {
                let b = self.b.create_block();
                self.b.set_cold_block(b);
                self.b.append_block_param(b, I64);
                self.leaves.insert(vals.to_vec(), b);
                self.leaf_order.push((b, vals.to_vec()));
                b
            }
        };
        self.b.ins().jump(leave, &[BlockArg::Value(pv)]);
    }

    /// Fills the blocks `leave_for_interpreter` made (Cranelift's builder
    /// fills one block at a time, and exits are made mid-block).
    fn fill_leaves(&mut self) {
        for (b, vals) in std::mem::take(&mut self.leaf_order) {
            self.b.switch_to_block(b);
            let pv = self.b.block_params(b)[0];
            self.spill_and_deopt(pv, &vals);
        }
    }

    /// Ends the current block: spills `vals` and calls `abi::h_deopt`
    /// with point `pv`, whose result the code returns.
    fn spill_and_deopt(&mut self, pv: clif::Value, vals: &[clif::Value]) {
        let n = vals.len() as u32;
        let slot = match self.spill {
            Some((slot, size)) => {
                self.spill = Some((slot, size.max(n)));
                slot
            }
            None => {
                let slot = self.b.create_sized_stack_slot(clif::StackSlotData::new(
                    clif::StackSlotKind::ExplicitSlot,
                    0,
                    3,
                ));
                self.spill = Some((slot, n));
                slot
            }
        };
        // One address for all the stores (a `stack_store` each would
        // become an address and a store).
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        for (i, &x) in vals.iter().enumerate() {
            self.store(x, addr, (8 * i) as i32);
        }
        let (vm, fp) = (self.vm_v, self.fp_v);
        let r = self.call(abi::h_deopt as *const () as usize, &[vm, fp, pv, addr]);
        self.b.ins().return_(&[r]);
    }

    /// Continues when `ok` holds, else deopts at `inst`.
    fn guard(&mut self, inst: ir::Inst, ok: clif::Value, reason: DeoptReason) {
        let exit = self.deopt_exit(inst, reason);
        self.continue_if(ok, exit);
    }

    /// Continues when `bad` does not hold, else deopts at `inst` (one
    /// branch on the flag, such as an overflow's, with no negation).
    fn guard_not(&mut self, inst: ir::Inst, bad: clif::Value, reason: DeoptReason) {
        let exit = self.deopt_exit(inst, reason);
        let cont = self.b.create_block();
        self.b.ins().brif(bad, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Continues (in a new block) when `ok` holds, else jumps to
    /// `otherwise`.
    fn continue_if(&mut self, ok: clif::Value, otherwise: clif::Block) {
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], otherwise, &[]);
        self.b.switch_to_block(cont);
    }

    /// Continues when `ok` holds, else goes where `miss` says.
    fn check_or(&mut self, inst: ir::Inst, ok: clif::Value, reason: DeoptReason, miss: Miss) {
        match miss {
            Miss::Deopt | Miss::DeoptRecording => self.guard(inst, ok, reason),
            Miss::Slow(slow) => {
                self.continue_if(ok, slow);
            }
        }
    }

    /// Continues when validity cell `cell` is valid, else goes where
    /// `miss` says (recording the fact when it may).
    fn check_cell(&mut self, inst: ir::Inst, cell: u64, miss: Miss) {
        if miss == Miss::DeoptRecording {
            self.guard_cell(inst, cell);
        } else {
            let cv = self.iconst(cell);
            let valid = self.load(I64, cv, L::CELL_VALID);
            self.check_or(inst, valid, DeoptReason::ProtoCell, miss);
        }
    }

    /// Branches on `obj`'s shape over the cache entries: `hit` emits each
    /// entry's code in its own block (ending it), objects of other shapes
    /// and non-objects go to `miss`. Leaves no block current.
    fn shape_dispatch(
        &mut self,
        v: Option<ir::Value>,
        obj: clif::Value,
        entries: &[runtime::ic::IcEntry],
        miss: clif::Block,
        mut hit: impl FnMut(&mut Self, &runtime::ic::IcEntry),
    ) {
        let (yes, no) = self.has_shape_word(v, obj);
        self.b.switch_to_block(no);
        self.b.ins().jump(miss, &[]);
        self.b.switch_to_block(yes);
        let shape = self.load(I64, obj, L::OBJ_SHAPE);
        for e in entries {
            let s = self.root(e.shape as usize);
            let yes = self.b.create_block();
            let next = self.b.create_block();
            let eq = self.b.ins().icmp_imm_s(IntCC::Equal, shape, s as i64);
            self.b.ins().brif(eq, yes, &[], next, &[]);
            self.b.switch_to_block(yes);
            hit(self, e);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(miss, &[]);
    }

    /// The entry to specialise on when one applies to a value known to
    /// have shape `known` (or when there is only one).
    fn pick_entry(
        entries: &[runtime::ic::IcEntry],
        known: Option<u64>,
    ) -> Option<runtime::ic::IcEntry> {
        entries
            .iter()
            .find(|e| Some(e.shape as u64) == known)
            .or(if entries.len() == 1 {
                entries.first()
            } else {
                None
            })
            .copied()
    }

    /// The primitive type a realm pseudo shape stands for, if `shape` is one.
    fn pseudo_shape(&self, shape: u64) -> Option<Primitive> {
        let r = &self.vm.realm;
        if shape == r.string_shape.ptr() as u64 {
            Some(Primitive::String)
        } else if shape == r.number_shape.ptr() as u64 {
            Some(Primitive::Number)
        } else if shape == r.boolean_shape.ptr() as u64 {
            Some(Primitive::Boolean)
        } else {
            None
        }
    }

    /// Guards that `x` (IR value `v`) has cache shape `shape` (an object's
    /// shape, or a primitive type's pseudo shape), unless that is known;
    /// then it is.
    fn guard_shape(&mut self, inst: ir::Inst, v: ir::Value, x: clif::Value, shape: u64) {
        let c = self.cv(v);
        if self.facts.shape_of(c) == Some(shape) {
            return;
        }
        if let Some(p) = self.pseudo_shape(shape) {
            let ok = match p {
                Primitive::Number => self.is_number(x),
                Primitive::Boolean => {
                    let t = self.b.ins().bor_imm_s(x, 1);
                    self.b.ins().icmp_imm_s(IntCC::Equal, t, L::TRUE as i64)
                }
                Primitive::String => {
                    let exit = self.deopt_exit(inst, DeoptReason::Shape);
                    let is_cell = self.is_cell(x);
                    self.continue_if(is_cell, exit);
                    let kind = self.load(I8, x, L::CELL_KIND);
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, kind, L::KIND_STRING as i64)
                }
            };
            self.guard(inst, ok, DeoptReason::Shape);
            self.facts.set_kind(c, shape);
            return;
        }
        let exit = self.deopt_exit(inst, DeoptReason::Shape);
        let (yes, no) = self.has_shape_word(Some(v), x);
        self.b.switch_to_block(no);
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(yes);
        let sh = self.load(I64, x, L::OBJ_SHAPE);
        let eq = self.b.ins().icmp_imm_s(IntCC::Equal, sh, shape as i64);
        self.guard(inst, eq, DeoptReason::Shape);
        self.facts.set_shape(c, shape);
        self.facts.set_kind(c, OBJECT_KIND);
    }

    /// Guards that validity cell `cell` is valid, unless that is known.
    fn guard_cell(&mut self, inst: ir::Inst, cell: u64) {
        if self.facts.cells.contains(&cell) {
            return;
        }
        let cv = self.iconst(cell);
        let valid = self.load(I64, cv, L::CELL_VALID);
        self.guard(inst, valid, DeoptReason::ProtoCell);
        self.facts.cells.push(cell);
    }

    /// Guards that the global object has shape `shape`, unless known.
    fn guard_global_shape(&mut self, inst: ir::Inst, g: clif::Value, shape: u64) {
        if self.facts.global_shape == Some(shape) {
            return;
        }
        let sh = self.load(I64, g, L::OBJ_SHAPE);
        let eq = self.b.ins().icmp_imm_s(IntCC::Equal, sh, shape as i64);
        self.guard(inst, eq, DeoptReason::GlobalShape);
        self.facts.global_shape = Some(shape);
    }

    /// Loads what cache entry `e` (a get: own, prototype, array or string
    /// length) finds in `obj`, whose shape is `e.shape`; a check that fails
    /// goes where `miss` says.
    fn entry_load(
        &mut self,
        inst: ir::Inst,
        obj: clif::Value,
        e: &runtime::ic::IcEntry,
        miss: Miss,
    ) -> clif::Value {
        match e.kind {
            IcKind::OwnData => self.load_loc(obj, e.loc),
            IcKind::StringLength => {
                let len = self.load(I32, obj, L::CELL_EXTRA);
                self.box_int(len)
            }
            IcKind::ArrayLength => {
                let len = self.load(I32, obj, L::CELL_EXTRA);
                // Lengths up to 2^31-1 are int32.
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, len, 0);
                self.check_or(inst, ok, DeoptReason::Overflow, miss);
                self.box_int(len)
            }
            _ => {
                let cell = self.root(e.cell as usize);
                self.check_cell(inst, cell, miss);
                let holder = self.root(e.holder as usize);
                if let Some(v) = self.facts.slot(holder, e.loc) {
                    return self.iconst(v);
                }
                let hv = self.iconst(holder);
                self.load_loc(hv, e.loc)
            }
        }
    }

    /// A speculative named-property get of IR value `recv` (`None` when
    /// the site has no usable feedback): guards for the shapes the cache
    /// saw, a deopt on any other.
    fn spec_get(
        &mut self,
        inst: ir::Inst,
        ic_ptr: *mut runtime::ic::PropIc,
        recv: ir::Value,
        key: u64,
        result: Option<ir::Value>,
    ) -> Option<clif::Value> {
        if !self.spec {
            return None;
        }
        // SAFETY: `ic_ptr` points into the decoded code of the function
        // being compiled, which lives as long as the VM.
        let ic = unsafe { *ic_ptr };
        let entries = self.feedback(
            &ic,
            &[
                IcKind::OwnData,
                IcKind::ProtoData,
                IcKind::ArrayLength,
                IcKind::StringLength,
            ],
        );
        if entries.is_empty() {
            return None;
        }
        if entries.len() > 1
            && entries
                .iter()
                .any(|e| self.pseudo_shape(e.shape as u64).is_some())
        {
            // Primitive receivers in a polymorphic site: the generic path.
            return None;
        }
        let o = self.cv(recv);
        if let Some(c) = self.facts.prop(o, key) {
            return self.forward(result, c);
        }
        let x = self.val(recv);
        if let Some(e) = Self::pick_entry(&entries, self.facts.shape_of(o)) {
            self.root(e.shape as usize);
            self.guard_shape(inst, recv, x, e.shape as u64);
            let r = self.entry_load(inst, x, &e, Miss::DeoptRecording);
            if e.kind == IcKind::ProtoData {
                let slot = Slot {
                    holder: e.holder as u64,
                    loc: e.loc,
                    key,
                    cell: e.cell as u64,
                    value: 0,
                };
                self.facts.set_loaded(slot, u64::from(r.as_u32()));
            }
            if let Some(res) = result {
                match e.kind {
                    IcKind::OwnData | IcKind::ProtoData => {
                        self.facts.set_prop(o, key, self.cv(res))
                    }
                    // A length loaded here is an int32 (see `entry_load`).
                    IcKind::StringLength | IcKind::ArrayLength => self.set_known_int(res),
                    _ => {}
                }
            }
            return Some(r);
        }
        let exit = self.deopt_exit(inst, DeoptReason::Shape);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.shape_dispatch(Some(recv), x, &entries, exit, |s, e| {
            let r = s.entry_load(inst, x, e, Miss::Deopt);
            s.b.ins().jump(join, &[BlockArg::Value(r)]);
        });
        self.b.switch_to_block(join);
        self.facts.set_kind(o, OBJECT_KIND);
        Some(self.b.block_params(join)[0])
    }

    /// `super.key` in a method with home object `args[0]`: the lookup
    /// starts at the home object's prototype, whose shape the site caches
    /// (data properties only; anything else deopts).
    fn spec_get_super(&mut self, inst: ir::Inst, d: &ir::InstData) -> Option<clif::Value> {
        if !self.spec {
            return None;
        }
        let ic = *self.code.prop_ic(d.site);
        let entries = self.feedback(&ic, &[IcKind::OwnData, IcKind::ProtoData]);
        let e = *entries.first()?;
        let home = self.val(d.args[0]);
        let shape = self.load(I64, home, L::OBJ_SHAPE);
        let start = self.load(I64, shape, L::SHAPE_PROTO);
        let some = self.b.ins().icmp_imm_s(IntCC::NotEqual, start, 0);
        self.guard(inst, some, DeoptReason::Shape);
        let s = self.root(e.shape as usize);
        let sh = self.load(I64, start, L::OBJ_SHAPE);
        let eq = self.b.ins().icmp_imm_s(IntCC::Equal, sh, s as i64);
        self.guard(inst, eq, DeoptReason::Shape);
        Some(self.entry_load(inst, start, &e, Miss::DeoptRecording))
    }

    /// Stores `x` by cache entry `e` (own or add) into `obj`, whose shape
    /// is `e.shape` (`miss` as for `entry_load`); `fresh`: `obj` is known
    /// to be no prototype (`Facts::fresh`).
    fn entry_store(
        &mut self,
        inst: ir::Inst,
        obj: clif::Value,
        e: &runtime::ic::IcEntry,
        x: clif::Value,
        miss: Miss,
        fresh: bool,
    ) {
        if e.kind == IcKind::StoreAdd {
            // The transition: no setter or read-only property appeared on
            // the chain (cell), and the object is no prototype (whose
            // change the runtime must record).
            if !e.cell.is_null() {
                let cell = self.root(e.cell as usize);
                self.check_cell(inst, cell, miss);
            }
            if !fresh {
                let flags = self.load(I8, obj, L::CELL_FLAGS);
                let proto = self
                    .b
                    .ins()
                    .band_imm_s(flags, L::OBJ_FLAG_HAS_PROTO_INFO as i64);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, proto, 0);
                self.check_or(inst, ok, DeoptReason::ProtoObject, miss);
            }
            let ns = self.root(e.new_shape as usize);
            let nsv = self.iconst(ns);
            self.drop_shape_store_before(obj);
            self.store(nsv, obj, L::OBJ_SHAPE);
            let at = self
                .b
                .func
                .layout
                .last_inst(self.b.current_block().expect("a block"));
            self.shape_stored = at.map(|i| (obj, i));
        }
        self.store_loc(obj, e.loc, x);
    }

    /// Removes the previous transition's shape store to `obj` when
    /// nothing since, in the same block, could read the shape: only
    /// stores to `obj`'s slots and constants (a constructor adding its
    /// properties one after another writes the last shape only).
    fn drop_shape_store_before(&mut self, obj: clif::Value) {
        let Some((o, prev)) = self.shape_stored.take() else {
            return;
        };
        let f = &self.b.func;
        if o != obj || f.layout.inst_block(prev) != self.b.current_block() {
            return;
        }
        let mut at = f.layout.next_inst(prev);
        while let Some(i) = at {
            let ok = match f.dfg.insts[i] {
                clif::InstructionData::Store {
                    opcode: clif::Opcode::Store,
                    args: [_, addr],
                    offset,
                    ..
                } => addr == obj && i32::from(offset) != L::OBJ_SHAPE,
                clif::InstructionData::UnaryImm {
                    opcode: clif::Opcode::Iconst,
                    ..
                } => true,
                _ => false,
            };
            if !ok {
                return;
            }
            at = f.layout.next_inst(i);
        }
        self.b.func.layout.remove_inst(prev);
    }

    /// A speculative named-property set (false when the site has no
    /// usable feedback).
    fn spec_set(
        &mut self,
        inst: ir::Inst,
        site: u32,
        obj_v: ir::Value,
        key: u64,
        x_v: ir::Value,
    ) -> bool {
        if !self.spec {
            return false;
        }
        let ic = *self.code.prop_ic(site);
        let mut entries = self.feedback(&ic, &[IcKind::StoreOwn, IcKind::StoreAdd]);
        let o = self.cv(obj_v);
        // An object whose shape is known but not in the cache (a base
        // constructor inlined for one of many subclasses): the entry the
        // cache would get, when it needs no allocation.
        if let Some(s) = self.facts.shape_of(o)
            && key < 1 << 31
            && self.pseudo_shape(s).is_none()
            && !entries.iter().any(|e| e.shape as u64 == s)
        {
            // SAFETY: a known shape is a live shape cell (the code roots it).
            let shape = unsafe {
                runtime::object::ShapeRef::from_raw(s as *mut runtime::object::ShapeCell)
            };
            let k = runtime::string::Atom(key as u32);
            if let Some(e) = runtime::ic::known_store_entry(self.vm, shape, k) {
                entries = vec![e];
            }
        }
        // Adding a property inline only when its slot is in the object
        // (growing the out-of-line slots is the runtime's job).
        entries.retain(|e| e.kind == IcKind::StoreOwn || e.loc & L::OUT_OF_LINE == 0);
        if entries.is_empty() {
            return false;
        }
        let obj = self.val(obj_v);
        let x = self.val(x_v);
        let pick = Self::pick_entry(&entries, self.facts.shape_of(o));
        let defer = self.inline.is_some() && pick.is_some_and(|e| e.kind == IcKind::StoreOwn);
        if !defer {
            self.flush_stores();
        }
        if let Some(e) = pick {
            self.root(e.shape as usize);
            self.guard_shape(inst, obj_v, obj, e.shape as u64);
            if defer {
                self.deferred.push((obj, e.loc, x, key));
            } else {
                let fresh = self.facts.fresh.contains(&o);
                self.entry_store(inst, obj, &e, x, Miss::DeoptRecording, fresh);
            }
            let old = e.shape as u64;
            if e.kind == IcKind::StoreAdd {
                self.facts.forget_shape(old);
                self.facts.set_shape(o, e.new_shape as u64);
            } else if self.facts.global_shape == Some(old) {
                self.facts.globals.clear();
            }
        } else {
            let exit = self.deopt_exit(inst, DeoptReason::Shape);
            let join = self.b.create_block();
            self.shape_dispatch(Some(obj_v), obj, &entries, exit, |s, e| {
                s.entry_store(inst, obj, e, x, Miss::Deopt, false);
                s.b.ins().jump(join, &[]);
            });
            self.b.switch_to_block(join);
            self.facts.set_kind(o, OBJECT_KIND);
            for e in &entries {
                let old = e.shape as u64;
                if e.kind == IcKind::StoreAdd {
                    self.facts.forget_shape(old);
                } else if self.facts.global_shape == Some(old) {
                    self.facts.globals.clear();
                }
            }
            self.facts.shapes.retain(|s| s.0 != o);
        }
        let xc = self.cv(x_v);
        self.facts.forget_key(key);
        self.facts.set_prop(o, key, xc);
        true
    }

    /// Writes the deferred stores of an inlined body (see `deferred`);
    /// after that, no check may follow in the body.
    fn flush_stores(&mut self) {
        if self.deferred.is_empty() {
            return;
        }
        for (obj, loc, x, _) in std::mem::take(&mut self.deferred) {
            self.store_loc(obj, loc, x);
        }
        if let Some(il) = &mut self.inline {
            il.stored = true;
        }
    }

    /// The cache entry of global site `site` for the global object's
    /// current shape, if it has one of kind `kind`.
    fn global_entry(&self, site: u32, kind: IcKind) -> Option<runtime::ic::IcEntry> {
        let ic = *self.code.global_ic(site);
        let now = self.vm.realm.global.shape_ptr();
        self.feedback(&ic, &[kind])
            .into_iter()
            .find(|e| e.shape == now)
    }

    fn spec_load_global(
        &mut self,
        inst: ir::Inst,
        site: u32,
        key: u64,
        result: Option<ir::Value>,
    ) -> Option<clif::Value> {
        if !self.spec {
            return None;
        }
        let e = self.global_entry(site, IcKind::OwnData)?;
        if let Some(c) = self.facts.global(key) {
            return self.forward(result, c);
        }
        let s = self.root(e.shape as usize);
        let g = self.iconst(L::global_object(self.vm) as u64);
        self.guard_global_shape(inst, g, s);
        let x = self.load_loc(g, e.loc);
        if let Some(r) = result {
            self.facts.set_global(key, self.cv(r));
        }
        Some(x)
    }

    fn spec_store_global(&mut self, inst: ir::Inst, site: u32, key: u64, x_v: ir::Value) -> bool {
        if !self.spec {
            return false;
        }
        let Some(e) = self.global_entry(site, IcKind::StoreOwn) else {
            return false;
        };
        let s = self.root(e.shape as usize);
        let g = self.iconst(L::global_object(self.vm) as u64);
        self.guard_global_shape(inst, g, s);
        let x = self.val(x_v);
        self.store_loc(g, e.loc, x);
        let xc = self.cv(x_v);
        self.facts.forget_key(key);
        self.facts.set_global(key, xc);
        true
    }

    /// Defines IR value `r` as equal to (canonical) value `c`.
    fn forward(&mut self, r: Option<ir::Value>, c: u32) -> Option<clif::Value> {
        let x = self.gval(c);
        if let Some(r) = r {
            self.canon[r.index()] = c;
        }
        Some(x)
    }

    // ---------------------------------------------------------------- plumbing

    fn val(&mut self, v: ir::Value) -> clif::Value {
        if self.osr {
            return self.b.use_var(Variable::from_u32(v.index() as u32));
        }
        self.vals[v.index()].unwrap_or_else(|| panic!("{v} used before its definition"))
    }
    fn set_val(&mut self, v: ir::Value, x: clif::Value) {
        if self.osr {
            self.b.def_var(Variable::from_u32(v.index() as u32), x);
        } else {
            self.vals[v.index()] = Some(x);
            self.gvals[self.canon_base as usize + v.index()] = Some(x);
        }
    }
    /// The code value of canonical value `c` (a value of this body or of
    /// one it is inlined into, defined where it is used: a fact names it).
    fn gval(&mut self, c: u32) -> clif::Value {
        if c < self.outer_vars {
            return self.b.use_var(Variable::from_u32(c));
        }
        self.gvals[c as usize]
            .unwrap_or_else(|| panic!("canonical value {c} used before its definition"))
    }
    /// Notes that IR value `v` (just defined) is an int32 wherever it is.
    fn set_known_int(&mut self, v: ir::Value) {
        let c = self.cv(v);
        self.known_int[c as usize] = true;
    }
    fn def(&mut self, v: Option<ir::Value>, x: clif::Value) {
        if let Some(v) = v {
            self.set_val(v, x);
        }
    }
    fn iconst(&mut self, bits: u64) -> clif::Value {
        self.b.ins().iconst(I64, bits as i64)
    }
    fn load(&mut self, ty: clif::Type, base: clif::Value, off: i32) -> clif::Value {
        self.b.ins().load(ty, mem(), base, off)
    }
    fn store(&mut self, x: clif::Value, base: clif::Value, off: i32) {
        self.b.ins().store(mem(), x, base, off);
    }
    /// A word of the running function's frame record (or its callee's)
    /// that never changes during the activation: as `load_fixed`, and
    /// Cranelift may also move it (the record and its callee are always
    /// there), so one nothing uses costs nothing.
    fn load_frame(&mut self, base: clif::Value, off: i32) -> clif::Value {
        let flags = mem().with_readonly().with_can_move();
        self.b.ins().load(I64, flags, base, off)
    }
    /// A load of a word that never changes once its cell is made (a
    /// closure's environment): Cranelift may drop it when unused and
    /// share it between uses.
    pub(crate) fn load_fixed(
        &mut self,
        ty: clif::Type,
        base: clif::Value,
        off: i32,
    ) -> clif::Value {
        self.b.ins().load(ty, mem().with_readonly(), base, off)
    }
    /// The Cranelift block of IR block `b`, with a parameter per IR
    /// parameter: the value, or for a boolean one its truth as an `i8`
    /// (the block boxes it, if that is used), so that a branch on it
    /// tests the flag.
    fn block_of(&mut self, b: ir::Block) -> clif::Block {
        if let Some(c) = self.blocks[b.index()] {
            return c;
        }
        let c = self.b.create_block();
        for &p in &self.f.block(b).params {
            let ty = if self.is_bool(p) { I8 } else { I64 };
            self.b.append_block_param(c, ty);
        }
        self.blocks[b.index()] = Some(c);
        c
    }
    /// Is IR value `v` typed a boolean?
    fn is_bool(&self, v: ir::Value) -> bool {
        bool_typed(self.f, v)
    }
    /// The arguments of an edge to IR block `target` whose parameters get
    /// `args` (the values of IR values `ir_args`, when known): a boolean
    /// parameter gets the argument's truth (see `block_of`).
    fn edge_args(
        &mut self,
        target: ir::Block,
        args: &[clif::Value],
        ir_args: Option<&[ir::Value]>,
    ) -> Vec<BlockArg> {
        let f = self.f;
        let mut out = Vec::with_capacity(args.len());
        for (i, (&p, &x)) in f.block(target).params.iter().zip(args).enumerate() {
            let a = if !self.is_bool(p) {
                x
            } else if let Some(v) = ir_args {
                self.cond(v[i])
            } else {
                self.is_true(x)
            };
            out.push(BlockArg::Value(a));
        }
        out
    }
    fn sig(&mut self, n: usize) -> clif::SigRef {
        if self.sigs.len() <= n {
            self.sigs.resize(n + 1, None);
        }
        if let Some(s) = self.sigs[n] {
            return s;
        }
        let mut sig = clif::Signature::new(self.call_conv);
        for _ in 0..n {
            sig.params.push(clif::AbiParam::new(I64));
        }
        sig.returns.push(clif::AbiParam::new(I64));
        let s = self.b.import_signature(sig);
        self.sigs[n] = Some(s);
        s
    }
    /// Calls runtime helper `f` (an `extern "C"` function address).
    fn call(&mut self, f: usize, args: &[clif::Value]) -> clif::Value {
        let sig = self.sig(args.len());
        let callee = self.iconst(f as u64);
        let inst = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(inst)[0]
    }
    /// Records the running instruction in the frame record (for errors and
    /// stack traces) before anything that can observe it.
    fn sync_pc(&mut self, inst: ir::Inst) {
        if self.inline.is_some() {
            // Only code that can throw or call out records its pc.
            self.inline_abort = true;
            return;
        }
        let pc = self.code.op_of_inst[inst.index()];
        let x = self.b.ins().iconst(I32, pc as i64);
        let fp = self.fp_v;
        self.store(x, fp, L::FR_PC);
    }
    /// Where an exception in the current IR block goes.
    fn exception_target(&mut self) -> clif::Block {
        if self.inline.is_some() {
            // Inlined bodies throw only from calls out; anything else that
            // can throw abandons the inline.
            if let Some(b) = self.out_call_unwind() {
                return b;
            }
            self.inline_abort = true;
            return self.inline_ctx().bail;
        }
        match self.f.block(self.cur).handler {
            Some(h) => {
                if let Some(l) = self.landings[h.index()] {
                    return l;
                }
                let landing = self.cold_aside(|s| {
                    let target = s.block_of(h);
                    s.jump_to_handler(target);
                });
                self.landings[h.index()] = Some(landing);
                landing
            }
            None => self.unwind_block(),
        }
    }
    /// The block that returns the pending exception to the caller.
    fn unwind_block(&mut self) -> clif::Block {
        if let Some(u) = self.unwind {
            return u;
        }
        let u = self.cold_aside(|s| {
            let e = s.iconst(L::EXCEPTION);
            s.b.ins().return_(&[e]);
        });
        self.unwind = Some(u);
        u
    }
    /// Continues after a helper result `r`, or goes to the exception target.
    fn check(&mut self, r: clif::Value) {
        let is_exc = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, L::EXCEPTION as i64);
        let target = self.exception_target();
        let cont = self.b.create_block();
        self.b.ins().brif(is_exc, target, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
    /// A fallible helper call whose result is the instruction's value.
    fn helper(&mut self, inst: ir::Inst, f: usize, args: &[clif::Value]) -> clif::Value {
        self.sync_pc(inst);
        let r = self.call(f, args);
        self.check(r);
        r
    }

    // ---- value tests ----

    /// Is `x` an int32?
    fn is_int(&mut self, x: clif::Value) -> clif::Value {
        let t = self.iconst(L::NUMBER_TAG);
        let m = self.b.ins().band(x, t);
        self.b.ins().icmp(IntCC::Equal, m, t)
    }
    /// Are both int32?
    fn both_int(&mut self, x: clif::Value, y: clif::Value) -> clif::Value {
        let both = self.b.ins().band(x, y);
        self.is_int(both)
    }
    /// The int32 payload of an int32 value.
    fn unbox_int(&mut self, x: clif::Value) -> clif::Value {
        self.b.ins().ireduce(I32, x)
    }
    fn box_int(&mut self, i: clif::Value) -> clif::Value {
        let w = self.b.ins().uextend(I64, i);
        self.b.ins().bor_imm_s(w, L::NUMBER_TAG as i64)
    }
    fn box_bool(&mut self, c: clif::Value) -> clif::Value {
        // FALSE and TRUE differ in the low bit.
        let w = self.b.ins().uextend(I64, c);
        self.b.ins().bor_imm_s(w, L::FALSE as i64)
    }
    /// Is `x` a cell pointer? (One range test: see `layout::CELL_MIN`.)
    fn is_cell(&mut self, x: clif::Value) -> clif::Value {
        let off = self.b.ins().iadd_imm_s(x, -(L::CELL_MIN as i64));
        self.b.ins().icmp_imm_s(
            IntCC::UnsignedLessThan,
            off,
            (L::DOUBLE_OFFSET - L::CELL_MIN) as i64,
        )
    }

    /// Can `x` (IR value `v`) be compared by the word at `OBJ_SHAPE`, an
    /// object's shape? Every cell a value points to can: a string's word
    /// there is odd (`StringCell::hash`), and shapes are 16-byte aligned
    /// cells, so no string has any shape; so one range test (`is_cell`)
    /// and the shape compare tell an object of that shape from any other
    /// value, without `is_object`'s load and test of the cell's kind.
    fn has_shape_word(
        &mut self,
        v: Option<ir::Value>,
        x: clif::Value,
    ) -> (clif::Block, clif::Block) {
        let yes = self.b.create_block();
        let no = self.b.create_block();
        if v.is_some_and(|v| self.kobj(v)) {
            self.b.ins().jump(yes, &[]);
        } else {
            let is_cell = self.is_cell(x);
            self.b.ins().brif(is_cell, yes, &[], no, &[]);
        }
        (yes, no)
    }

    /// Is `x` a pointer to an object cell? Returns (yes, no) blocks; the
    /// caller fills them in.
    fn is_object(&mut self, x: clif::Value) -> (clif::Block, clif::Block) {
        let yes = self.b.create_block();
        let no = self.b.create_block();
        let check_kind = self.b.create_block();
        let is_cell = self.is_cell(x);
        self.b.ins().brif(is_cell, check_kind, &[], no, &[]);
        self.b.switch_to_block(check_kind);
        let kind = self.load(I8, x, L::CELL_KIND);
        let is_obj = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, L::KIND_OBJECT as i64);
        self.b.ins().brif(is_obj, yes, &[], no, &[]);
        (yes, no)
    }

    // ---------------------------------------------------------------- functions

    /// Builds the whole function.
    /// With `osr_only`, only the OSR entries and what they reach.
    pub fn lower(mut self, osr_only: bool) -> CResult<Lowered> {
        let start = self.b.create_block();
        self.b.append_block_params_for_function_params(start);
        self.b.switch_to_block(start);
        self.vm_v = self.b.block_params(start)[0];
        self.fp_v = self.b.block_params(start)[1];
        let e = self.f.entry();
        let headers = loop_headers(self.f);
        if osr_only && headers.is_empty() {
            return Err(CompileError::Unsupported(
                "OSR into a function without loops".into(),
            ));
        }
        let order = if headers.is_empty() {
            let c = self.block_of(e);
            self.b.ins().jump(c, &[]);
            rpo(self.f, &[e])
        } else {
            // Calls enter with the record's pc at 0; the interpreter enters
            // a running frame (OSR) with the pc of a loop header and the
            // header in `Vm::osr_block`. Values are SSA variables, so the
            // builder joins what each entry defines.
            if headers.contains(&e) {
                return Err(CompileError::Unsupported(
                    "a loop at the function's entry block".into(),
                ));
            }
            for _ in 0..self.f.values.len() {
                self.b.declare_var(I64);
            }
            self.osr = true;
            self.outer_vars = self.f.values.len() as u32;
            let fp = self.fp_v;
            if !osr_only {
                let pc = self.load(I32, fp, L::FR_PC);
                let call = self.b.create_block();
                let osr = self.b.create_block();
                self.b.set_cold_block(osr);
                self.b.ins().brif(pc, osr, &[], call, &[]);
                self.b.switch_to_block(call);
                let c = self.block_of(e);
                self.b.ins().jump(c, &[]);
                self.b.switch_to_block(osr);
            }
            let regs = self.load(I64, fp, L::FR_REGS);
            let which = self.load(I32, self.vm_v, L::VM_OSR_BLOCK);
            let mut switch = Switch::new();
            let entries = match &self.loop_facts {
                Some(lf) if !osr_only && !lf.probe => osr_entries_of(self.f, &lf.osr_headers),
                _ => osr_entries(self.f),
            };
            for &b in &entries {
                self.osr_target[b.index()] = true;
            }
            let preambles: Vec<clif::Block> =
                entries.iter().map(|_| self.b.create_block()).collect();
            for (&h, &p) in entries.iter().zip(&preambles) {
                self.b.set_cold_block(p);
                switch.set_entry(h.index() as u128, p);
            }
            let bad = self.b.create_block();
            self.b.set_cold_block(bad);
            switch.emit(&mut self.b, which, bad);
            self.b.switch_to_block(bad);
            self.b.ins().trap(clif::TrapCode::unwrap_user(1));
            for (&h, &p) in entries.iter().zip(&preambles) {
                self.b.switch_to_block(p);
                self.osr_preamble(h, regs);
            }
            let mut starts = if osr_only { vec![] } else { vec![e] };
            starts.extend(&entries);
            rpo(self.f, &starts)
        };
        if self.spec {
            self.fact_preds = self.threaded_fact_preds(&order);
        }
        self.lower_blocks(&order, Facts::default())?;
        self.drop_clobbered_loops();
        self.note_hoists();
        let retry = self.check_loop_facts();
        self.fill_leaves();
        if let Some((slot, n)) = self.spill {
            self.b.func.sized_stack_slots[slot].size = 8 * n;
        }
        self.b.seal_all_blocks();
        self.b.finalize(self.frontend_config);
        let osr_headers = self
            .osr_target
            .iter()
            .enumerate()
            .filter(|t| *t.1)
            .map(|t| t.0 as u32)
            .collect();
        Ok(Lowered {
            roots: self.roots,
            deopt_points: self.deopt_points,
            inlined: self.inlined,
            inline_abandoned: self.inline_abandoned,
            loop_facts: self.loop_facts,
            retry,
            osr_headers,
        })
    }

    /// In a probe: forgets the loops whose bodies forget all facts (a call
    /// that is not inlined, a generic helper), where assuming anything at
    /// the header would not hold. A loop's body: the blocks that reach one
    /// of its back edges without passing its header.
    fn drop_clobbered_loops(&mut self) {
        let Some(lf) = self.loop_facts.as_ref().filter(|lf| lf.probe) else {
            return;
        };
        let preds_of = |b: ir::Block| match &self.fact_preds[b.index()] {
            FactPreds::Some(ps) => &ps[..],
            _ => &[][..],
        };
        let keep: Vec<bool> = lf
            .assumed
            .iter()
            .map(|&(h, _)| {
                let Some((mut stack, _)) = self.loop_preds(h) else {
                    return false;
                };
                let mut body = vec![h];
                while let Some(x) = stack.pop() {
                    if body.contains(&x) {
                        continue;
                    }
                    body.push(x);
                    stack.extend_from_slice(preds_of(x));
                }
                !body.iter().any(|b| self.clobbered[b.index()])
            })
            .collect();
        let mut keep = keep.into_iter();
        let lf = self.loop_facts.as_mut().expect("probe");
        lf.assumed.retain(|_| keep.next().unwrap_or(false));
    }

    /// Loop header `h`'s predecessors as lowered: those lowered at or after
    /// it (its back edges), and the others (forward; not lowered ones
    /// among them, which know nothing). None if `h` was not lowered.
    fn loop_preds(&self, h: ir::Block) -> Option<(Vec<ir::Block>, Vec<ir::Block>)> {
        let pos = |b: ir::Block| self.lowered_order.iter().position(|&x| x == b);
        let start = pos(h)?;
        let FactPreds::Some(ps) = &self.fact_preds[h.index()] else {
            return Some((Vec::new(), Vec::new()));
        };
        Some(
            ps.iter()
                .copied()
                .partition(|&p| pos(p).is_some_and(|i| i >= start)),
        )
    }

    /// In a probe, after `drop_clobbered_loops`: what each remaining loop
    /// header could have checked on entry (`LoopFacts::hoist`). Only
    /// headers that assume something anyway get hoists: the final lowering
    /// gives them no OSR entry (which would come in unchecked).
    fn note_hoists(&mut self) {
        let Some(lf) = self.loop_facts.as_ref().filter(|lf| lf.probe) else {
            return;
        };
        let mut hoist = Vec::new();
        for (h, _) in &lf.assumed {
            let Some((back, forward)) = self.loop_preds(*h) else {
                continue;
            };
            let Some(at_ends) = self.lowered_meet(&back) else {
                continue;
            };
            let mut facts = Facts {
                cells: at_ends.cells,
                slots: at_ends.slots,
                ..Facts::default()
            };
            // What the header knows anyway needs no check.
            if let Some(forward) = self.lowered_meet(&forward) {
                facts.cells.retain(|c| !forward.cells.contains(c));
                facts.slots.retain(|s| !forward.slots.contains(s));
            }
            if facts.count() > 0 {
                hoist.push((*h, facts));
            }
        }
        self.loop_facts.as_mut().expect("probe").hoist = hoist;
    }

    /// Before jump `inst` into loop header `h` (not lowered yet): checks
    /// what the probe found hoistable there (`LoopFacts::hoist`), leaving
    /// for the interpreter at the jump if one fails, so the header can
    /// assume it.
    fn check_hoisted(&mut self, inst: ir::Inst, h: ir::Block) {
        if self.inline.is_some() || h == self.cur || self.end_facts[h.index()].is_some() {
            return;
        }
        let Some(lf) = self.loop_facts.as_ref().filter(|lf| !lf.probe) else {
            return;
        };
        let Some((_, facts)) = lf.hoist.iter().find(|x| x.0 == h) else {
            return;
        };
        let facts = facts.clone();
        for c in facts.cells {
            let c = self.root(c as usize);
            self.guard_cell(inst, c);
        }
        for slot in facts.slots {
            if self.facts.slot(slot.holder, slot.loc) == Some(slot.value) {
                continue;
            }
            // The cell first: the slot is where it was only while valid.
            let cell = self.root(slot.cell as usize);
            self.guard_cell(inst, cell);
            let holder = self.root(slot.holder as usize);
            let v = self.root(slot.value as usize);
            let hv = self.iconst(holder);
            let x = self.load_loc(hv, slot.loc);
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, x, v as i64);
            self.guard(inst, same, DeoptReason::CallTarget);
            self.facts.set_slot(slot);
        }
    }

    /// Whether every loop header's assumption holds at the ends of all its
    /// predecessors; if not, the narrower hints to lower again with.
    fn check_loop_facts(&self) -> Option<Vec<Option<Facts>>> {
        let lf = self.loop_facts.as_ref().filter(|lf| !lf.probe)?;
        let mut hints = lf.hints.clone();
        let mut narrowed = false;
        for (h, assumed) in &lf.assumed {
            let FactPreds::Some(ps) = &self.fact_preds[h.index()] else {
                continue;
            };
            let mut holds = assumed.clone();
            if let Some(ends) = self.lowered_meet(ps) {
                holds.meet(&ends);
            }
            if holds.count() < assumed.count() {
                narrowed = true;
                hints[h.index()] = Some(holds);
            }
        }
        narrowed.then_some(hints)
    }

    /// Lowers IR blocks `order` (each after its dominators). A block starts
    /// with what its predecessors know at their ends (`fact_preds`); the
    /// first, if it has none, with `first`.
    fn lower_blocks(&mut self, order: &[ir::Block], first: Facts) -> CResult<()> {
        let mut first = Some(first);
        for &b in order {
            self.cur = b;
            let start = first.take().unwrap_or_default();
            // An OSR entry comes in knowing nothing; a probe still notes
            // what its loop header could assume.
            let osr_target = self.inline.is_none() && self.osr_target[b.index()];
            let probe = self.loop_facts.as_ref().is_some_and(|lf| lf.probe);
            self.facts = match self.fact_preds[b.index()].clone() {
                FactPreds::Some(ps) if !osr_target || probe => {
                    let facts = self.start_facts(b, &ps);
                    if osr_target { Facts::default() } else { facts }
                }
                FactPreds::None if !osr_target => start,
                _ => Facts::default(),
            };
            let c = self.block_of(b);
            self.b.switch_to_block(c);
            let last = self.f.block(b).insts.last().copied();
            self.cold = last.is_some_and(|i| self.f.inst(i).op == Opcode::Throw);
            if self.cold {
                self.b.set_cold_block(c);
            }
            let params = self.b.block_params(c).to_vec();
            for (&p, x) in self.f.block(b).params.iter().zip(params) {
                if self.is_bool(p) {
                    let boxed = self.box_bool(x);
                    self.set_val(p, boxed);
                    self.conds[p.index()] = Some((x, b));
                } else {
                    self.set_val(p, x);
                }
            }
            for &inst in &self.f.block(b).insts {
                self.impure = false;
                self.pure_call = false;
                if !self.deferred.is_empty()
                    && (Some(inst) == last || !defer_past(self.f.inst(inst).op))
                {
                    self.flush_stores();
                }
                self.inst(inst)?;
                if self.f.inst(inst).op != Opcode::Param {
                    self.param_args = None;
                }
                let keeps = keeps_facts(self.f.inst(inst).op) || self.pure_call;
                if self.impure || !keeps {
                    self.facts.clobber();
                    if self.inline.is_some() {
                        // Only a call out may forget what the body knew.
                        if !self.inline_ctx().called_out {
                            self.inline_abort = true;
                        }
                    } else {
                        self.clobbered[b.index()] = true;
                    }
                }
            }
            if self.inline.is_none() {
                self.lowered_order.push(b);
            }
            self.end_facts[b.index()] = Some(std::mem::take(&mut self.facts));
        }
        Ok(())
    }

    /// What block `b` starts knowing: what holds at the ends of all of its
    /// predecessors `preds`; at a loop header (a predecessor not lowered
    /// yet), with loop facts on, what holds at the ends of the lowered ones,
    /// within the header's hint, assumed (and checked once all is lowered).
    fn start_facts(&mut self, b: ir::Block, preds: &[ir::Block]) -> Facts {
        let back_edge = preds.iter().any(|p| self.end_facts[p.index()].is_none());
        if !back_edge || self.inline.is_some() {
            return self.merged_facts(preds);
        }
        let Some(lf) = &self.loop_facts else {
            return Facts::default();
        };
        let Some(mut facts) = self.lowered_meet(preds) else {
            return Facts::default();
        };
        if let Some(h) = &lf.hints[b.index()] {
            facts.meet(h);
        }
        if facts.count() > 0
            && let Some(lf) = &mut self.loop_facts
        {
            lf.assumed.push((b, facts.clone()));
        }
        facts
    }

    /// What holds at the ends of all of `preds` (nothing while one is not
    /// lowered yet: a loop's back edge).
    fn merged_facts(&self, preds: &[ir::Block]) -> Facts {
        if preds.iter().any(|p| self.end_facts[p.index()].is_none()) {
            return Facts::default();
        }
        self.lowered_meet(preds).unwrap_or_default()
    }

    /// What holds at the ends of those of `preds` lowered so far (None if
    /// none is).
    fn lowered_meet(&self, preds: &[ir::Block]) -> Option<Facts> {
        let mut ends = preds
            .iter()
            .filter_map(|p| self.end_facts[p.index()].as_ref());
        let mut facts = ends.next()?.clone();
        for e in ends {
            facts.meet(e);
        }
        Some(facts)
    }

    /// The start of an OSR entry at loop header `header`: every value the
    /// blocks reachable from it use starts as the interpreter's register
    /// (the SSA builder keeps the ones a path from this entry can reach:
    /// values from before the loop, and values of enclosing loops whose
    /// definitions the entry skips; the other loads are dead).
    fn osr_preamble(&mut self, header: ir::Block, regs: clif::Value) {
        let mut used = vec![false; self.f.values.len()];
        let mut live_in: Vec<ir::Value> = Vec::new();
        let header_params = self.f.block(header).params.clone();
        for &p in &header_params {
            used[p.index()] = true;
            live_in.push(p);
        }
        for b in rpo(self.f, &[header]) {
            for &i in &self.f.block(b).insts {
                let d = self.f.inst(i);
                for a in d.uses() {
                    if !used[a.index()] {
                        used[a.index()] = true;
                        live_in.push(*a);
                    }
                }
            }
        }
        for &v in &live_in {
            let x = self.b.ins().load(
                I64,
                MemFlagsData::trusted().with_readonly(),
                regs,
                (8 * v.index()) as i32,
            );
            self.set_val(v, x);
        }
        let vals: Vec<clif::Value> = header_params.iter().map(|p| self.val(*p)).collect();
        let c = self.block_of(header);
        let params = self.edge_args(header, &vals, None);
        self.b.ins().jump(c, &params);
    }

    /// A branch on IR value `v` to the edges `t` (true) and `e`, each
    /// threaded (`thread`) knowing `v`'s truth on it.
    fn branch_on(&mut self, v: ir::Value, t: &ir::BlockCall, e: &ir::BlockCall) {
        let cond = self.cond(v);
        let t = self.thread(t, Some((v, true)));
        let e = self.thread(e, Some((v, false)));
        let tb = self.block_of(t.block);
        let eb = self.block_of(e.block);
        let ta = self.block_args(&t);
        let ea = self.block_args(&e);
        self.b.ins().brif(cond, tb, &ta, eb, &ea);
    }

    /// Where edge `call` really goes when `known` (an IR value and its
    /// truth on this edge) decides the branch of a block that only
    /// branches on a parameter (`branch_only`): on to that branch's target,
    /// the block's parameters replaced by the edge's arguments. This is how
    /// `a && b` and `a || b` in a condition become plain branches, with no
    /// boolean made and tested again where the paths merge.
    fn thread(&self, call: &ir::BlockCall, known: Option<(ir::Value, bool)>) -> ir::BlockCall {
        let mut call = call.clone();
        // A cycle of such blocks (`for (; a && b;) {}`) stops somewhere.
        for _ in 0..8 {
            let Some((v, t, e)) = self.branch_only_on(&call) else {
                break;
            };
            let truth = match (known, self.ir_const(v)) {
                (Some((k, truth)), _) if k == v => truth,
                (_, Some(Constant::Bool(truth))) => truth,
                _ => break,
            };
            call = if truth { t } else { e };
        }
        call
    }

    /// When edge `call` goes to a block that only branches on one of its
    /// parameters (`branch_only`): the value the edge passes it, and the
    /// branch's edges with the block's parameters replaced by the edge's
    /// arguments.
    fn branch_only_on(
        &self,
        call: &ir::BlockCall,
    ) -> Option<(ir::Value, ir::BlockCall, ir::BlockCall)> {
        let b = call.block;
        let k = self.branch_only[b.index()]?;
        // OSR enters at blocks: keep the edges to them.
        if self.inline.is_none() && self.osr_target[b.index()] {
            return None;
        }
        let data = self.f.block(b);
        let d = self.f.inst(data.insts[0]);
        let Imm::Branch(t, e) = &d.imm else {
            return None;
        };
        let subst = |c: &ir::BlockCall| ir::BlockCall {
            block: c.block,
            args: c
                .args
                .iter()
                .map(|a| match data.params.iter().position(|p| p == a) {
                    Some(i) => call.args[i],
                    None => *a,
                })
                .collect(),
        };
        Some((call.args[k as usize], subst(t), subst(e)))
    }

    /// The blocks the code of block `b` goes to: its handler, and the
    /// targets of its terminator as `thread` and `branch_on` lower them.
    fn threaded_succs(&self, b: ir::Block) -> Vec<ir::Block> {
        let mut out: Vec<ir::Block> = self.f.block(b).handler.into_iter().collect();
        let Some(d) = self.f.terminator(b) else {
            return out;
        };
        let mut branch = |v: ir::Value, t: &ir::BlockCall, e: &ir::BlockCall| {
            out.push(self.thread(t, Some((v, true))).block);
            out.push(self.thread(e, Some((v, false))).block);
        };
        match (&d.op, &d.imm) {
            (Opcode::Jump, Imm::Jump(c)) => {
                let c = self.thread(c, None);
                match self.branch_only_on(&c) {
                    Some((v, t, e)) => branch(v, &t, &e),
                    None => out.push(c.block),
                }
            }
            (Opcode::Branch, Imm::Branch(t, e)) => branch(d.args[0], t, e),
            _ => out.extend(d.targets().map(|c| c.block)),
        }
        out
    }

    /// `fact_preds` with edges threaded past branch-only blocks: a block
    /// that an `&&` or `||` edge reaches directly starts with what its
    /// real predecessors know, not with the meet at the skipped merge.
    /// Blocks are reached from the blocks of `order` that have no
    /// predecessors (the entry), OSR entries and handlers; a block no edge
    /// reaches any more has no predecessors.
    fn threaded_fact_preds(&self, order: &[ir::Block]) -> Vec<FactPreds> {
        let f = self.f;
        let n = f.blocks.len();
        let mut preds: Vec<Vec<ir::Block>> = vec![Vec::new(); n];
        let mut seen = vec![false; n];
        let handler = handlers(f, order);
        let mut stack: Vec<ir::Block> = Vec::new();
        // Every block `order` starts from (entries, OSR headers) and every
        // handler: reached however the code gets there.
        for &b in order {
            let start = matches!(
                self.fact_preds[b.index()],
                FactPreds::None | FactPreds::Handler
            ) || (self.inline.is_none() && self.osr_target[b.index()])
                || handler[b.index()];
            if start && !seen[b.index()] {
                seen[b.index()] = true;
                stack.push(b);
            }
        }
        while let Some(b) = stack.pop() {
            for s in self.threaded_succs(b) {
                if !preds[s.index()].contains(&b) {
                    preds[s.index()].push(b);
                }
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    stack.push(s);
                }
            }
        }
        classify_preds(preds, handler)
    }

    fn block_args(&mut self, call: &ir::BlockCall) -> Vec<BlockArg> {
        let vals: Vec<clif::Value> = call.args.iter().map(|a| self.val(*a)).collect();
        self.edge_args(call.block, &vals, Some(&call.args))
    }

    /// Operands as a stack array: (pointer, count).
    fn spill_args(&mut self, args: &[clif::Value]) -> (clif::Value, clif::Value) {
        let n = args.len() as u32;
        if n == 0 {
            let z = self.iconst(0);
            return (z, z);
        }
        let slot = self.b.create_sized_stack_slot(clif::StackSlotData::new(
            clif::StackSlotKind::ExplicitSlot,
            8 * n,
            3,
        ));
        let p = self.b.ins().stack_addr(I64, slot, 0);
        for (i, &a) in args.iter().enumerate() {
            self.store(a, p, (8 * i) as i32);
        }
        let c = self.iconst(n as u64);
        (p, c)
    }

    /// `callee(...args)` with `this`: closures with native code are entered
    /// directly (argument slots and a frame record pushed inline, the same
    /// layout `interp::enter` builds); everything else, and every limit
    /// (call depth, native stack, value stack), goes through `h_call`.
    fn js_call(
        &mut self,
        inst: ir::Inst,
        site: u32,
        callee: clif::Value,
        this: clif::Value,
        args: &[clif::Value],
    ) -> clif::Value {
        // From an inlined body, the call out's records (see
        // `out_call_frames`).
        let fp = self.call_frame_record(inst);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // The function info of the closure called.
        let called = self.b.create_block();
        self.b.append_block_param(called, I64);

        // The one closure the site has called: one compare, and its
        // function info is a constant.
        if let Some(fo) = self.one_closure_called(site) {
            let t = self.root(fo.addr());
            let fi = runtime::interp::func_info(fo) as *const FuncInfo as u64;
            let fi = self.iconst(fi);
            let other = self.b.create_block();
            if self.const_value(callee) == Some(t as i64) {
                self.b.ins().jump(called, &[BlockArg::Value(fi)]);
            } else {
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, callee, t as i64);
                self.b
                    .ins()
                    .brif(same, called, &[BlockArg::Value(fi)], other, &[]);
            }
            self.b.switch_to_block(other);
        }
        let (yes, no) = self.is_object(callee);
        self.b.switch_to_block(no);
        self.b.ins().jump(slow, &[]);
        self.b.switch_to_block(yes);
        let class = self.load(I8, callee, L::CELL_CLASS);
        let is_fn = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, class, L::CLASS_FUNCTION as i64);
        self.continue_if(is_fn, slow);
        let info = self.load(I64, callee, L::FUNC_INFO);
        self.b.ins().jump(called, &[BlockArg::Value(info)]);
        self.b.switch_to_block(called);
        let info = self.b.block_params(called)[0];
        let entry = self.load(I64, info, L::FI_CALL_ENTRY);
        let u = self.iconst(L::UNDEFINED);
        let r = self.enter_native(info, entry, callee, this, u, args, slow);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);

        self.b.switch_to_block(slow);
        let vm = self.vm_v;
        let sv = self.iconst(site as u64);
        let (p, n) = self.spill_args(args);
        let r = self.call(
            abi::h_call as *const () as usize,
            &[vm, fp, sv, callee, this, p, n],
        );
        self.check(r);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.finish_out_call();
        self.b.block_params(join)[0]
    }

    /// The frame record a call's helpers take: from an inlined body, the
    /// innermost of the records pushed for the call out
    /// (`out_call_frames`), else the function's own, its pc synced.
    fn call_frame_record(&mut self, inst: ir::Inst) -> clif::Value {
        match self.out_call_frames(inst) {
            Some(rec) => rec,
            None => {
                self.sync_pc(inst);
                self.fp_v
            }
        }
    }

    /// A call or construction made by helpers alone (see `cold`):
    /// `helper(frame, args pointer, count)` with the arguments spilled,
    /// its exception checked.
    pub(super) fn generic_call_out(
        &mut self,
        inst: ir::Inst,
        args: &[clif::Value],
        helper: impl FnOnce(&mut Self, clif::Value, clif::Value, clif::Value) -> clif::Value,
    ) -> clif::Value {
        let fp = self.call_frame_record(inst);
        let (p, n) = self.spill_args(args);
        let r = helper(self, fp, p, n);
        self.check(r);
        self.finish_out_call();
        r
    }

    /// `callee(...args)` with `this` through `h_call` only (see `cold`);
    /// without a callee, the method of `this` that site `site` names,
    /// looked up by `h_get_method`.
    fn generic_call(
        &mut self,
        inst: ir::Inst,
        site: u32,
        callee: Option<clif::Value>,
        this: clif::Value,
        args: &[clif::Value],
    ) -> clif::Value {
        self.generic_call_out(inst, args, |s, fp, p, n| {
            let vm = s.vm_v;
            let sv = s.iconst(site as u64);
            let callee = callee.unwrap_or_else(|| {
                let f = s.call(abi::h_get_method as *const () as usize, &[vm, fp, sv, this]);
                s.check(f);
                f
            });
            s.call(
                abi::h_call as *const () as usize,
                &[vm, fp, sv, callee, this, p, n],
            )
        })
    }

    /// Enters native `entry` of closure `callee` (function info `info`):
    /// arguments on the value stack, a frame record as `interp::enter`
    /// builds it; any limit (no entry, call depth, native or value stack)
    /// jumps to `slow` instead. Returns the result (exceptions checked).
    #[expect(
        clippy::too_many_arguments,
        reason = "one field of the frame record each"
    )]
    fn enter_native(
        &mut self,
        info: clif::Value,
        entry: clif::Value,
        callee: clif::Value,
        this: clif::Value,
        new_target: clif::Value,
        args: &[clif::Value],
        slow: clif::Block,
    ) -> clif::Value {
        let vm = self.vm_v;
        let len = self.load(I64, vm, L::VM_FRAMES_LEN);
        let top = self.load(I64, vm, L::VM_STACK_TOP);
        let sp = self.b.ins().get_stack_pointer(I64);
        let limit = self.load(I64, vm, L::VM_NATIVE_STACK_LIMIT);
        // A compare and branch for each way to leave the fast path (flags
        // combined with `bor` cost a setcc each and a test more).
        let has_entry = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, 0);
        self.continue_if(has_entry, slow);
        let room = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, len, L::MAX_CALL_DEPTH as i64);
        self.continue_if(room, slow);
        let stack = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, sp, limit);
        self.continue_if(stack, slow);
        let end = self.b.ins().iadd_imm_s(top, args.len() as i64);
        // Without arguments the value stack does not grow (its top is
        // never past its capacity).
        if !args.is_empty() {
            let cap = self.load(I64, vm, L::VM_STACK_CAP);
            let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, end, cap);
            self.continue_if(fits, slow);
            let sbase = self.load(I64, vm, L::VM_STACK_BASE);
            let off = self.b.ins().ishl_imm_s(top, 3);
            let at = self.b.ins().iadd(sbase, off);
            for (i, &x) in args.iter().enumerate() {
                self.store(x, at, 8 * i as i32);
            }
            self.store(end, vm, L::VM_STACK_TOP);
        }
        let rec = self.frame_record_at(len);
        let zero = self.iconst(0);
        self.store(info, rec, L::FR_INFO);
        // The two 32-bit pairs (pc, ret) and (args base, argc) are written
        // a word each (both targets are little-endian: the low half is the
        // first field).
        const _: () = assert!(L::FR_RET == L::FR_PC + 4 && L::FR_PC % 8 == 0);
        const _: () = assert!(L::FR_ARGC == L::FR_ARGS_BASE + 4 && L::FR_ARGS_BASE % 8 == 0);
        self.store(zero, rec, L::FR_PC);
        self.store(zero, rec, L::FR_CODE);
        self.store(zero, rec, L::FR_REGS);
        // The value stack's top fits the record's 32 bits, as in
        // `interp::enter`.
        let base_argc = self.b.ins().bor_imm_s(top, (args.len() as i64) << 32);
        self.store(base_argc, rec, L::FR_ARGS_BASE);
        self.store(this, rec, L::FR_THIS);
        self.store(callee, rec, L::FR_CALLEE);
        self.store(new_target, rec, L::FR_NEW_TARGET);
        let hole = self.iconst(L::HOLE);
        self.store(hole, rec, L::FR_CONSTRUCT_THIS);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.store(len1, vm, L::VM_FRAMES_LEN);
        let sig = self.sig(2);
        let call = self.b.ins().call_indirect(sig, entry, &[vm, rec]);
        let r = self.b.inst_results(call)[0];
        self.store(len, vm, L::VM_FRAMES_LEN);
        self.store(top, vm, L::VM_STACK_TOP);
        self.check(r);
        r
    }

    /// The address of frame record `len` (the next one when `len` is the
    /// VM's frame count).
    fn frame_record_at(&mut self, len: clif::Value) -> clif::Value {
        let vm = self.vm_v;
        let fbase = self.load(I64, vm, L::VM_FRAMES_BASE);
        let foff = self.b.ins().imul_imm_s(len, L::FRAME_SIZE as i64);
        self.b.ins().iadd(fbase, foff)
    }

    fn key_imm(&self, d: &ir::InstData) -> u64 {
        let id = match d.imm {
            Imm::Name(n) | Imm::NameAttrs(n, _) | Imm::Text(n) | Imm::NameText(n, _) => n.index(),
            _ => unreachable!("a name immediate"),
        };
        self.code_key(id)
    }

    /// The op key of atom `a` (as `key_imm` encodes atom keys).
    fn code_key_of_atom(&self, a: runtime::string::Atom) -> u64 {
        a.0 as u64
    }

    /// The op key the decoded code uses for module string `id`.
    fn code_key(&self, id: usize) -> u64 {
        match self.module.keys[id] {
            runtime::property::PropKey::Atom(a) => self.code_key_of_atom(a),
            // Index keys: find the decoded code's entry for them.
            k => {
                let i = self
                    .code
                    .keys
                    .iter()
                    .position(|x| *x == k)
                    .expect("decoded index key");
                (1u64 << 31) | i as u64
            }
        }
    }

    // ---------------------------------------------------------------- instructions

    fn inst(&mut self, inst: ir::Inst) -> CResult<()> {
        let d: &'static ir::InstData = &self.f.insts[inst.index()];
        let a: Vec<clif::Value> = d.args.iter().map(|x| self.val(*x)).collect();
        let vm = self.vm_v;
        let fp = self.fp_v;
        let op_no = d.op as u64;
        macro_rules! h {
            ($f:expr, $($arg:expr),* $(,)?) => {{
                let args = [$($arg),*];
                self.helper(inst, $f as *const () as usize, &args)
            }};
        }
        macro_rules! k {
            ($x:expr) => {
                self.iconst($x as u64)
            };
        }
        let result: Option<clif::Value> = match d.op {
            Opcode::Const => {
                let Imm::Const(c) = d.imm else { unreachable!() };
                let bits = match c {
                    Constant::Undefined => L::UNDEFINED,
                    Constant::Null => L::NULL,
                    Constant::Bool(true) => L::TRUE,
                    Constant::Bool(false) => L::FALSE,
                    Constant::Number(n) => Value::number(n).bits(),
                    Constant::String(s) => self.module.strings[s.index()].bits(),
                    Constant::Hole => L::HOLE,
                };
                Some(self.iconst(bits))
            }
            Opcode::Param if self.inline.is_some() => {
                let Imm::Index(i) = d.imm else { unreachable!() };
                Some(self.inline_param(i as usize, d.result))
            }
            Opcode::This if self.inline.is_some() => Some(self.inline_this(d.result)),
            Opcode::Callee | Opcode::ClosureEnv | Opcode::HomeObject | Opcode::NewTarget
                if self.inline.is_some() =>
            {
                Some(self.inline_frame_value(d.op))
            }
            Opcode::Return if self.inline.is_some() => {
                self.inline_return(d.args[0], a[0]);
                None
            }
            Opcode::Param => {
                let Imm::Index(i) = d.imm else { unreachable!() };
                // The count and the address of the arguments, shared by a
                // run of parameters (nothing between them moves the stack).
                let (argc, args) = match self.param_args {
                    Some(p) => p,
                    None => {
                        let argc = self.load(I32, fp, L::FR_ARGC);
                        let base = self.load(I32, fp, L::FR_ARGS_BASE);
                        let base = self.b.ins().uextend(I64, base);
                        let off = self.b.ins().ishl_imm_s(base, 3);
                        let stack = self.load(I64, vm, L::VM_STACK_BASE);
                        let args = self.b.ins().iadd(stack, off);
                        self.param_args = Some((argc, args));
                        (argc, args)
                    }
                };
                let present = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedGreaterThan, argc, i as i64);
                let yes = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                let u = self.iconst(L::UNDEFINED);
                self.b
                    .ins()
                    .brif(present, yes, &[], join, &[BlockArg::Value(u)]);
                self.b.switch_to_block(yes);
                let x = self.load(I64, args, 8 * i as i32);
                self.b.ins().jump(join, &[BlockArg::Value(x)]);
                self.b.switch_to_block(join);
                Some(self.b.block_params(join)[0])
            }
            Opcode::This => {
                if self.info.strict {
                    // Nothing stores it during the activation (a sloppy
                    // function's wrapper, below, is the only store): a load
                    // nothing uses goes, and two are one.
                    Some(self.load_frame(fp, L::FR_THIS))
                } else {
                    let t = self.load(I64, fp, L::FR_THIS);
                    let join = self.b.create_block();
                    self.b.append_block_param(join, I64);
                    let (yes, no) = self.is_object(t);
                    self.b.switch_to_block(yes);
                    self.b.ins().jump(join, &[BlockArg::Value(t)]);
                    self.b.switch_to_block(no);
                    let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, t, L::HOLE as i64);
                    let coerce = self.b.create_block();
                    self.b
                        .ins()
                        .brif(is_hole, join, &[BlockArg::Value(t)], coerce, &[]);
                    self.b.switch_to_block(coerce);
                    let c = self.call(abi::h_coerce_this as *const () as usize, &[vm, t]);
                    // Bound once: later uses of `this` see the same wrapper.
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), c, fp, L::FR_THIS);
                    self.b.ins().jump(join, &[BlockArg::Value(c)]);
                    self.b.switch_to_block(join);
                    Some(self.b.block_params(join)[0])
                }
            }
            // The record's callee and new.target never change.
            Opcode::Callee => Some(self.load_frame(fp, L::FR_CALLEE)),
            Opcode::NewTarget => Some(self.load_frame(fp, L::FR_NEW_TARGET)),
            Opcode::Arguments => Some(self.call(abi::h_arguments as *const () as usize, &[vm, fp])),
            Opcode::RestArgs => {
                let Imm::Index(i) = d.imm else { unreachable!() };
                let n = k!(i);
                Some(self.call(abi::h_rest_args as *const () as usize, &[vm, fp, n]))
            }
            Opcode::ClosureEnv => {
                let c = self.load_frame(fp, L::FR_CALLEE);
                Some(self.load_frame(c, L::FUNC_ENV))
            }
            Opcode::HomeObject => {
                let c = self.load_frame(fp, L::FR_CALLEE);
                Some(self.load(I64, c, L::FUNC_HOME))
            }
            Opcode::CreateEnv => {
                let Imm::Count(n) = d.imm else { unreachable!() };
                let n = k!(n);
                Some(self.call(abi::h_create_env as *const () as usize, &[vm, a[0], n]))
            }
            Opcode::CopyEnv => Some(self.call(abi::h_copy_env as *const () as usize, &[vm, a[0]])),
            Opcode::LoadEnv => {
                let Imm::Env(e) = d.imm else { unreachable!() };
                let mut env = a[0];
                for _ in 0..e.hops {
                    env = self.load(I64, env, L::ENV_PARENT);
                }
                Some(self.load(I64, env, L::env_slot(e.slot as i32)))
            }
            Opcode::StoreEnv => {
                let Imm::Env(e) = d.imm else { unreachable!() };
                let mut env = a[0];
                for _ in 0..e.hops {
                    env = self.load(I64, env, L::ENV_PARENT);
                }
                self.store(a[1], env, L::env_slot(e.slot as i32));
                None
            }
            Opcode::CheckInit => {
                let Imm::Name(n) = d.imm else { unreachable!() };
                let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], L::HOLE as i64);
                let throw = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(throw);
                self.b.ins().brif(is_hole, throw, &[], ok, &[]);
                self.b.switch_to_block(throw);
                let nv = k!(n.0);
                h!(abi::h_throw_tdz, vm, fp, nv);
                let target = self.exception_target();
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(ok);
                Some(a[0])
            }
            Opcode::ThrowError => {
                let Imm::Error(kind, msg) = d.imm else {
                    unreachable!()
                };
                let kv = k!(kind as u8);
                let mv = k!(msg.0);
                h!(abi::h_throw_error, vm, fp, kv, mv);
                // Unreachable after the helper's exception; keep the block valid.
                None
            }
            Opcode::LoadGlobal | Opcode::LoadGlobalOrUndefined => {
                let key = self.key_imm(d);
                let typeof_mode = (d.op == Opcode::LoadGlobalOrUndefined) as u64;
                match self.spec_load_global(inst, d.site, key, d.result) {
                    Some(x) => Some(x),
                    None => Some(self.load_global(inst, d.site, key, typeof_mode)),
                }
            }
            Opcode::StoreGlobal => {
                let key = self.key_imm(d);
                if !self.spec_store_global(inst, d.site, key, d.args[0]) {
                    self.store_global(inst, d.site, key, a[0]);
                }
                None
            }
            Opcode::DeclareGlobalVar => {
                let key = k!(self.key_imm(d));
                h!(abi::h_declare_global_var, vm, fp, key);
                None
            }
            Opcode::DeclareGlobalFunction => {
                let key = k!(self.key_imm(d));
                h!(abi::h_declare_global_function, vm, fp, key, a[0]);
                None
            }
            Opcode::GetProp => {
                let key = self.key_imm(d);
                if self.deferred.iter().any(|s| s.3 == key)
                    && self.facts.prop(self.cv(d.args[0]), key).is_none()
                {
                    // It may read what a deferred store writes.
                    self.flush_stores();
                }
                let ic: *mut runtime::ic::PropIc = self.code.prop_ic(d.site);
                // SAFETY: as in `spec_get`.
                if self.inline.is_some() && self.never_ran(unsafe { &*ic }) {
                    return self.inline_unreached(inst, d);
                }
                match self.spec_get(inst, ic, d.args[0], key, d.result) {
                    Some(x) => Some(x),
                    None => Some(self.get_prop(inst, d.site, a[0], key)),
                }
            }
            Opcode::SetProp => {
                let key = self.key_imm(d);
                let pending = self.deferred.len();
                if !self.spec_set(inst, d.site, d.args[0], key, d.args[1]) {
                    self.flush_stores();
                    self.set_prop(inst, d.site, a[0], key, a[1]);
                }
                let deferred = self.deferred.len() > pending;
                if let Some(il) = &mut self.inline
                    && !deferred
                    && !self.fresh.contains(&(a[0], il.bail))
                {
                    il.stored = true;
                }
                None
            }
            Opcode::GetElem => Some(self.get_elem(inst, d)),
            Opcode::SetElem => {
                self.flush_stores();
                self.facts.elems.clear();
                self.set_elem(inst, a[0], a[1], a[2]);
                None
            }
            Opcode::HasProp => Some(h!(abi::h_has_prop, vm, a[0], a[1])),
            Opcode::DeleteProp => {
                let key = k!(self.key_imm(d));
                Some(h!(abi::h_delete_prop, vm, fp, a[0], key))
            }
            Opcode::DeleteElem => Some(h!(abi::h_delete_elem, vm, fp, a[0], a[1])),
            Opcode::GetSuper => match self.spec_get_super(inst, d) {
                Some(x) => Some(x),
                None => {
                    self.impure = true;
                    let key = k!(self.key_imm(d));
                    Some(h!(abi::h_get_super, vm, fp, a[0], a[1], key))
                }
            },
            Opcode::GetSuperElem => Some(h!(abi::h_get_super_elem, vm, a[0], a[1], a[2])),
            Opcode::SetSuper => {
                let key = k!(self.key_imm(d));
                h!(abi::h_set_super, vm, fp, a[0], a[1], key, a[2]);
                None
            }
            Opcode::SetSuperElem => {
                h!(abi::h_set_super_elem, vm, fp, a[0], a[1], a[2], a[3]);
                None
            }
            Opcode::SuperBase => Some(self.call(abi::h_super_base as *const () as usize, &[a[0]])),
            Opcode::NewObject => {
                let Imm::Count(n) = d.imm else { unreachable!() };
                let n = k!(n);
                Some(self.call(abi::h_new_object as *const () as usize, &[vm, n]))
            }
            Opcode::DefineField => {
                let Imm::NameAttrs(_, at) = d.imm else {
                    unreachable!()
                };
                let key = k!(self.key_imm(d));
                let at = k!(at);
                h!(abi::h_define_field, vm, fp, a[0], key, a[1], at);
                None
            }
            Opcode::DefineFieldElem => {
                let Imm::Attrs(at) = d.imm else {
                    unreachable!()
                };
                let at = k!(at);
                h!(abi::h_define_field_elem, vm, a[0], a[1], a[2], at);
                None
            }
            Opcode::DefineGetter | Opcode::DefineSetter => {
                let Imm::NameAttrs(_, at) = d.imm else {
                    unreachable!()
                };
                let key = k!(self.key_imm(d));
                let at = k!(at);
                let flags = k!((d.op == Opcode::DefineSetter) as u64);
                h!(abi::h_define_accessor, vm, fp, a[0], key, a[1], at, flags);
                None
            }
            Opcode::DefineGetterElem | Opcode::DefineSetterElem => {
                let Imm::Attrs(at) = d.imm else {
                    unreachable!()
                };
                let at = k!(at);
                let flags = k!(2 | (d.op == Opcode::DefineSetterElem) as u64);
                h!(abi::h_define_accessor, vm, fp, a[0], a[1], a[2], at, flags);
                None
            }
            Opcode::SetProtoLiteral => {
                self.call(
                    abi::h_set_proto_literal as *const () as usize,
                    &[vm, a[0], a[1]],
                );
                None
            }
            Opcode::NewArray if a.is_empty() => Some(self.new_empty_array(d.result)),
            Opcode::NewArray => {
                let (p, n) = self.spill_args(&a);
                Some(self.call(abi::h_new_array as *const () as usize, &[vm, p, n]))
            }
            Opcode::ArrayAppend => {
                self.call(abi::h_array_append as *const () as usize, &[vm, a[0], a[1]]);
                None
            }
            Opcode::ArrayAppendSpread | Opcode::ArgsAppendSpread => {
                let Imm::Text(t) = d.imm else { unreachable!() };
                let flag = if d.op == Opcode::ArgsAppendSpread {
                    abi::SPREAD_CALL_ARGS
                } else {
                    0
                };
                let t = k!(t.0 as u64 | flag);
                h!(abi::h_array_append_spread, vm, fp, a[0], a[1], t);
                None
            }
            Opcode::ArrayAppendHole => {
                self.call(abi::h_array_append_hole as *const () as usize, &[a[0]]);
                None
            }
            Opcode::TemplateObject => {
                let Imm::Index(i) = d.imm else { unreachable!() };
                let i = k!(i);
                Some(h!(abi::h_template_object, vm, fp, i))
            }
            Opcode::MakeClosure => {
                let Imm::Func(fid) = d.imm else {
                    unreachable!()
                };
                let fid = k!(fid.0);
                let u = k!(L::UNDEFINED);
                Some(self.call(
                    abi::h_make_closure as *const () as usize,
                    &[vm, fp, a[0], u, fid],
                ))
            }
            Opcode::MakeMethod => {
                let Imm::Func(fid) = d.imm else {
                    unreachable!()
                };
                let fid = k!(fid.0);
                Some(self.call(
                    abi::h_make_closure as *const () as usize,
                    &[vm, fp, a[0], a[1], fid],
                ))
            }
            Opcode::MakeClass => {
                let Imm::Func(fid) = d.imm else {
                    unreachable!()
                };
                let fid = k!(fid.0);
                Some(h!(abi::h_make_class, vm, fp, a[0], a[1], fid))
            }
            Opcode::SetFieldInit => {
                self.call(abi::h_set_field_init as *const () as usize, &[a[0], a[1]]);
                None
            }
            Opcode::InitFields => {
                h!(abi::h_init_fields, vm, a[0], a[1]);
                None
            }
            Opcode::Call if self.cold => {
                Some(self.generic_call(inst, d.site, Some(a[0]), a[1], &a[2..]))
            }
            Opcode::CallMethod if self.cold => {
                Some(self.generic_call(inst, d.site, None, a[0], &a[1..]))
            }
            Opcode::Call => {
                if let Some(r) = self.spec_parse_int(inst, d, &a) {
                    return self.finish(d, Some(r));
                }
                match self.inline_call(inst, d.site, a[0], d.args[1], &d.args[2..])? {
                    Some(r) => Some(r),
                    None => Some(self.js_call(inst, d.site, a[0], a[1], &a[2..])),
                }
            }
            Opcode::CallMethod => {
                let ic: *mut runtime::ic::PropIc = self.code.prop_ic_for_call(d.site);
                // SAFETY: as in `spec_get`.
                if self.inline.is_some() && self.never_ran(unsafe { &*ic }) {
                    return self.inline_unreached(inst, d);
                }
                let site = d.site as u64;
                let recv = a[0];
                let key = self.key_imm(d);
                let f = match self.spec_get(inst, ic, d.args[0], key, None) {
                    Some(f) => f,
                    None => self.cached_get(inst, ic, recv, |s| {
                        let (vm, fp) = (s.vm_v, s.fp_v);
                        let sv = s.iconst(site);
                        s.call(abi::h_get_method as *const () as usize, &[vm, fp, sv, recv])
                    }),
                };
                if let Some(r) = self.spec_builtin_call(inst, d, ic, f) {
                    return self.finish(d, Some(r));
                }
                if let Some(r) = self.spec_string_piece(inst, d, ic, f) {
                    return self.finish(d, Some(r));
                }
                if let Some(r) = self.spec_math_call(inst, d, f, &a) {
                    return self.finish(d, Some(r));
                }
                if let Some(r) = self.spec_object_create(inst, d.site, f, &d.args[1..]) {
                    return self.finish(d, Some(r));
                }
                if let Some(r) = self.inline_call(inst, d.site, f, d.args[0], &d.args[1..])? {
                    return self.finish(d, Some(r));
                }
                if let Some(r) =
                    self.inline_poly_call(inst, d.site, f, &d.args[1..], d.args[0], &a[1..])?
                {
                    return self.finish(d, Some(r));
                }
                Some(self.js_call(inst, d.site, f, recv, &a[1..]))
            }
            Opcode::CallSpread => {
                let site = k!(d.site);
                Some(h!(abi::h_call_spread, vm, fp, site, a[0], a[1], a[2]))
            }
            Opcode::New => Some(self.js_new(inst, d, a[0], &a[1..])?),
            Opcode::NewSpread => {
                let site = k!(d.site);
                Some(h!(abi::h_new_spread, vm, fp, site, a[0], a[1]))
            }
            Opcode::SuperCall => Some(self.js_super_call(inst, d, a[0], a[1], &a[2..])?),
            Opcode::SuperCallSpread => Some(h!(abi::h_super_call_spread, vm, a[0], a[1], a[2])),
            // What `super()` returned is an object.
            Opcode::CheckThis if self.ir_op(d.args[0]) == Some(Opcode::SuperCall) => Some(a[0]),
            Opcode::CheckThis => {
                let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], L::HOLE as i64);
                let throw = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(throw);
                self.b.ins().brif(is_hole, throw, &[], ok, &[]);
                self.b.switch_to_block(throw);
                h!(abi::h_throw_this_uninit, vm);
                let target = self.exception_target();
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(ok);
                Some(a[0])
            }
            // `this` is still the hole constant: `super()` has not run.
            Opcode::CheckSuperOnce if self.ir_const(d.args[0]) == Some(Constant::Hole) => None,
            Opcode::CheckSuperOnce => {
                let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], L::HOLE as i64);
                let throw = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(throw);
                self.b.ins().brif(is_hole, ok, &[], throw, &[]);
                self.b.switch_to_block(throw);
                h!(abi::h_throw_super_twice, vm);
                let target = self.exception_target();
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(ok);
                None
            }
            // `return;` after `super()`: the object it made.
            Opcode::DerivedResult
                if self.ir_const(d.args[0]) == Some(Constant::Undefined)
                    && self.ir_op(d.args[1]) == Some(Opcode::SuperCall) =>
            {
                Some(a[1])
            }
            Opcode::DerivedResult => Some(h!(abi::h_derived_result, vm, a[0], a[1])),
            Opcode::Add if self.string_add_site(d) => Some(self.string_add(inst, d)),
            Opcode::Add | Opcode::Sub | Opcode::Mul | Opcode::Div | Opcode::Mod => {
                match self.arith_feedback(d) {
                    Seen::Ints => Some(self.spec_int_binop(inst, d)),
                    Seen::Numbers => Some(self.num_binop(inst, d, true)),
                    Seen::Any => Some(self.num_binop(inst, d, false)),
                }
            }
            Opcode::BitAnd
            | Opcode::BitOr
            | Opcode::BitXor
            | Opcode::Shl
            | Opcode::Sar
            | Opcode::Shr => match self.arith_feedback(d) {
                Seen::Ints => Some(self.spec_int_binop(inst, d)),
                _ => Some(self.int_binop(inst, d.op, a[0], a[1])),
            },
            Opcode::Exp | Opcode::LooseEq | Opcode::LooseNe | Opcode::InstanceOf => {
                let opv = k!(op_no);
                Some(h!(abi::h_binop, vm, opv, a[0], a[1]))
            }
            Opcode::Lt
            | Opcode::Le
            | Opcode::Gt
            | Opcode::Ge
            | Opcode::StrictEq
            | Opcode::StrictNe => {
                let (boxed, raw) = self.compare(inst, d);
                if let Some(r) = d.result {
                    self.conds[r.index()] = Some((raw, self.cur));
                }
                Some(boxed)
            }
            Opcode::Neg | Opcode::BitNot | Opcode::ToNumber | Opcode::Inc | Opcode::Dec
                if self.arith_feedback(d) == Seen::Ints =>
            {
                Some(self.spec_unop(inst, d))
            }
            Opcode::Neg | Opcode::BitNot | Opcode::ToNumber | Opcode::Inc | Opcode::Dec => {
                Some(self.int_unop(inst, d.op, a[0]))
            }
            Opcode::Not => {
                let t = self.cond(d.args[0]);
                let nt = self.b.ins().bxor_imm_s(t, 1);
                if let Some(r) = d.result {
                    self.conds[r.index()] = Some((nt, self.cur));
                }
                Some(self.box_bool(nt))
            }
            Opcode::TypeOf | Opcode::ToStr | Opcode::ToPropertyKey => {
                let opv = k!(op_no);
                Some(h!(abi::h_unop, vm, opv, a[0]))
            }
            Opcode::ForInStart => Some(h!(abi::h_for_in_start, vm, a[0])),
            Opcode::ForInNext => {
                Some(self.call(abi::h_for_in_next as *const () as usize, &[vm, a[0]]))
            }
            Opcode::ForOfStart => {
                let Imm::Text(t) = d.imm else { unreachable!() };
                let t = k!(t.0);
                Some(h!(abi::h_for_of_start, vm, fp, a[0], t))
            }
            Opcode::ForOfNext => Some(h!(abi::h_for_of_next, vm, a[0])),
            Opcode::IsHole => {
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], L::HOLE as i64);
                Some(self.box_bool(c))
            }
            Opcode::Jump => {
                let Imm::Jump(c) = &d.imm else { unreachable!() };
                let c = self.thread(c, None);
                match self.branch_only_on(&c) {
                    // The target only branches on what this edge passes:
                    // branch here instead.
                    Some((v, t, e)) => self.branch_on(v, &t, &e),
                    None => {
                        self.check_hoisted(inst, c.block);
                        let target = self.block_of(c.block);
                        let args = self.block_args(&c);
                        self.b.ins().jump(target, &args);
                    }
                }
                None
            }
            Opcode::Branch => {
                let Imm::Branch(t, e) = &d.imm else {
                    unreachable!()
                };
                self.branch_on(d.args[0], t, e);
                None
            }
            Opcode::Return => {
                self.b.ins().return_(&[a[0]]);
                None
            }
            Opcode::Throw => {
                // From an inlined body, as a call out that throws: the
                // records of the inlined frames are pushed for the helper
                // (which notes where the throw was) and popped on the way
                // to the handler.
                let fp = self.call_frame_record(inst);
                self.call(abi::h_throw as *const () as usize, &[vm, fp, a[0]]);
                let target = self.exception_target();
                self.b.ins().jump(target, &[]);
                self.abandon_out_call();
                None
            }
        };
        self.finish(d, result)
    }

    /// Defines the result of the instruction `d` just lowered.
    fn finish(&mut self, d: &ir::InstData, result: Option<clif::Value>) -> CResult<()> {
        if let (Some(flag), Some(r)) = (self.inline_flag.take(), d.result) {
            self.conds[r.index()] = Some((flag, self.cur));
        }
        if let Some(r) = result {
            self.def(d.result, r);
        } else if let Some(r) = d.result {
            // An op that always throws: its value is never used.
            let u = self.iconst(L::UNDEFINED);
            self.set_val(r, u);
        }
        Ok(())
    }

    /// `arr.push(x)` for an array of a shape `spec_get` guarded (an
    /// extensible array whose prototype's `push` is the built-in): stored
    /// inline when the elements are dense up to the length and have room,
    /// grown by a helper when not; other states deopt.
    fn inline_push(&mut self, inst: ir::Inst, d: &ir::InstData) -> clif::Value {
        let arr = self.val(d.args[0]);
        let x = self.val(d.args[1]);
        let vm = self.vm_v;
        let flags = self.load(I8, arr, L::CELL_FLAGS);
        let bad_flags = self.b.ins().band_imm_s(
            flags,
            (L::OBJ_FLAG_SPARSE | L::OBJ_FLAG_LENGTH_READONLY) as i64,
        );
        let protos = self.load(I8, vm, L::VM_INDEXED_PROTOS);
        let len = self.load(I32, arr, L::CELL_EXTRA);
        let dense = self.load(I32, arr, L::OBJ_ELEM_LEN);
        let mismatch = self.b.ins().icmp(IntCC::NotEqual, len, dense);
        let big = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, len, 0);
        let f1 = self.b.ins().bor(bad_flags, protos);
        let f1 = self.b.ins().icmp_imm_s(IntCC::NotEqual, f1, 0);
        let f2 = self.b.ins().bor(mismatch, big);
        let bad = self.b.ins().bor(f1, f2);
        self.guard_not(inst, bad, DeoptReason::Elements);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let store = self.b.create_block();
        let grow = self.b.create_block();
        self.b.set_cold_block(grow);
        let cap = self.load(I32, arr, L::OBJ_ELEM_CAP);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.b.ins().brif(room, store, &[], grow, &[]);
        self.b.switch_to_block(store);
        let elems = self.load(I64, arr, L::OBJ_ELEMENTS);
        let lw = self.b.ins().uextend(I64, len);
        let off = self.b.ins().ishl_imm_s(lw, 3);
        let at = self.b.ins().iadd(elems, off);
        self.store(x, at, 0);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.store(len1, arr, L::OBJ_ELEM_LEN);
        self.store(len1, arr, L::CELL_EXTRA);
        let r = self.box_int(len1);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(grow);
        let r = self.call(abi::h_array_push_grow as *const () as usize, &[vm, arr, x]);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        // The array's `length` changed.
        let len_key = self.code_key_of_atom(runtime::atoms::LENGTH);
        self.facts.forget_key(len_key);
        self.pure_call = true;
        if let Some(il) = &mut self.inline {
            il.stored = true;
        }
        self.b.block_params(join)[0]
    }

    /// The one method a call site's cache found on a prototype: its entry
    /// and the value the holder's slot holds now.
    fn one_proto_method(
        &self,
        ic_ptr: *mut runtime::ic::PropIc,
    ) -> Option<(runtime::ic::IcEntry, Value)> {
        // SAFETY: as in `spec_get`.
        let ic = unsafe { *ic_ptr };
        let entries = self.feedback(&ic, &[IcKind::ProtoData]);
        let [e] = entries.as_slice() else {
            return None;
        };
        Some((*e, runtime::ic::proto_data_value(e)?))
    }

    /// Guards that method call `d`'s callee `f` is `target` and its
    /// receiver has entry `e`'s shape: known when `spec_get` guarded it,
    /// checked here when the site's other entries (say, an object with a
    /// `push` of its own) made the get generic.
    fn guard_proto_method(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        f: clif::Value,
        e: &runtime::ic::IcEntry,
        target: Value,
    ) {
        let t = self.root(target.bits() as usize);
        self.guard_callee(inst, f, t);
        let recv = self.val(d.args[0]);
        self.guard_shape(inst, d.args[0], recv, e.shape as u64);
    }

    /// A method call inlined when the site's feedback shows a built-in
    /// the JIT knows (guarded by the callee's identity): `Array.prototype.push`
    /// with one argument, `String.prototype.charCodeAt` and `charAt` with
    /// one int32 argument.
    fn spec_builtin_call(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        ic_ptr: *mut runtime::ic::PropIc,
        f: clif::Value,
    ) -> Option<clif::Value> {
        if !self.spec || d.args.len() != 2 {
            return None;
        }
        let (e, target) = self.one_proto_method(ic_ptr)?;
        let string_recv = self.pseudo_shape(e.shape as u64) == Some(Primitive::String);
        let push = !string_recv
            // In an inlined body, a check after the push must be able to
            // rebuild the frames.
            && self.inline.as_ref().is_none_or(|il| il.chain.is_some())
            && runtime::builtins::array::is_push(target)
            && {
            // SAFETY: entry shapes are live shapes (the cache is a root).
            let sflags = unsafe { (*e.shape).flags };
            sflags & runtime::object::sflags::NOT_EXTENSIBLE == 0
        };
        let char_at = string_recv && runtime::builtins::string::is_char_at(target);
        if !(push || char_at || string_recv && runtime::builtins::string::is_char_code_at(target)) {
            return None;
        }
        self.guard_proto_method(inst, d, f, &e, target);
        if push {
            return Some(self.inline_push(inst, d));
        }
        // The receiver is a string (guarded above).
        let s = self.val(d.args[0]);
        self.guard_ints(inst, d.args[1], None);
        let idx = self.val(d.args[1]);
        let i = self.unbox_int(idx);
        let len = self.load(I32, s, L::CELL_EXTRA);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        // `charCodeAt` in range is an int32: an index outside the string
        // (NaN) deopts, keeping the code, until the function has done that
        // `SOFT_DEOPTS` times. (Not in an inlined body, whose checks make
        // the whole call again: a deopt that drops the code.)
        if !char_at
            && self.inline.is_none()
            && self.info.soft_deopts.get() < runtime::interp::SOFT_DEOPTS
        {
            self.guard(inst, inb, DeoptReason::Range);
            let w = self.string_unit(s, i);
            let w = self.b.ins().ireduce(I32, w);
            if let Some(r) = d.result {
                self.set_known_int(r);
            }
            self.pure_call = true;
            return Some(self.box_int(w));
        }
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let load = self.b.create_block();
        // Out of range: NaN, or the empty string for `charAt`.
        let outside = if char_at {
            self.vm.empty_string.bits()
        } else {
            Value::number(f64::NAN).bits()
        };
        let outside = self.iconst(outside);
        self.b
            .ins()
            .brif(inb, load, &[], join, &[BlockArg::Value(outside)]);
        self.b.switch_to_block(load);
        let w = self.string_unit(s, i);
        let r = if char_at {
            // The VM's one-unit strings below 256 (a table that never
            // changes after start-up, its strings atoms), else a new one.
            let cached = self.b.create_block();
            let fresh = self.b.create_block();
            self.b.set_cold_block(fresh);
            let small = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, w, 256);
            self.b.ins().brif(small, cached, &[], fresh, &[]);
            self.b.switch_to_block(fresh);
            let vm = self.vm_v;
            let r = self.call(abi::h_unit_string as *const () as usize, &[vm, w]);
            self.b.ins().jump(join, &[BlockArg::Value(r)]);
            self.b.switch_to_block(cached);
            let table = self.iconst(self.vm.char_strings.as_ptr() as u64);
            let off = self.b.ins().ishl_imm_s(w, 3);
            let at = self.b.ins().iadd(table, off);
            self.b
                .ins()
                .load(I64, MemFlagsData::trusted().with_readonly(), at, 0)
        } else {
            let w = self.b.ins().ireduce(I32, w);
            self.box_int(w)
        };
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.pure_call = true;
        Some(self.b.block_params(join)[0])
    }

    /// Code unit `i` (an in-range int32 index) of string `s`, as an i64.
    fn string_unit(&mut self, s: clif::Value, i: clif::Value) -> clif::Value {
        let iw = self.b.ins().uextend(I64, i);
        let off = self.b.ins().ishl_imm_s(iw, 1);
        let at = self.b.ins().iadd(s, off);
        let unit = self.load(I16, at, L::STRING_UNITS);
        self.b.ins().uextend(I64, unit)
    }

    /// `s.slice(a, b)` and `s.substring(a, b)` (`b` optional) where the
    /// site saw that built-in on strings: with the callee checked and
    /// int32 arguments, a direct call of `abi::h_str_slice`, which runs no
    /// JS (the generic call would box the arguments and convert them).
    fn spec_string_piece(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        ic_ptr: *mut runtime::ic::PropIc,
        f: clif::Value,
    ) -> Option<clif::Value> {
        use runtime::builtins::string::{is_slice, is_substring};
        if !self.spec || !(2..=3).contains(&d.args.len()) {
            return None;
        }
        let (e, target) = self.one_proto_method(ic_ptr)?;
        let sub = is_substring(target);
        if self.pseudo_shape(e.shape as u64) != Some(Primitive::String)
            || !(sub || is_slice(target))
        {
            return None;
        }
        self.guard_proto_method(inst, d, f, &e, target);
        self.guard_ints(inst, d.args[1], d.args.get(2).copied());
        let s = self.val(d.args[0]);
        // The helper reads the low 32 bits: a boxed int32's payload.
        let from = self.val(d.args[1]);
        let to = match d.args.get(2) {
            Some(&b) => self.val(b),
            // No end: the whole rest (bounded by the length).
            None => self.iconst(i32::MAX as u64),
        };
        let (vm, sub) = (self.vm_v, self.iconst(u64::from(sub)));
        let r = self.call(
            abi::h_str_slice as *const () as usize,
            &[vm, s, from, to, sub],
        );
        self.pure_call = true;
        Some(r)
    }

    /// `parseInt(s)` and `parseInt(s, radix)` where the site saw that
    /// built-in: with the callee checked, `s` a string and `radix` an
    /// int32, a direct call of `abi::h_parse_int` (no generic call, no
    /// JS to run); anything else takes the call.
    fn spec_parse_int(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        a: &[clif::Value],
    ) -> Option<clif::Value> {
        if !self.spec || !(3..=4).contains(&d.args.len()) {
            return None;
        }
        let targets = self.code.call_targets(d.site)?;
        let [target] = targets.as_slice() else {
            return None;
        };
        if !runtime::builtins::global::is_parse_int(Value::from_bits(*target as u64)) {
            return None;
        }
        let t = self.root(*target);
        let (f, x) = (a[0], a[2]);
        let radix = match a.get(3) {
            Some(&r) => r,
            None => self.iconst(L::UNDEFINED),
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let cell = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
        let is_cell = self.is_cell(x);
        let mut ok = self.b.ins().band(same, is_cell);
        if a.len() > 3 {
            let int = self.is_int(radix);
            ok = self.b.ins().band(ok, int);
        }
        self.b.ins().brif(ok, cell, &[], slow, &[]);
        self.b.switch_to_block(cell);
        let kind = self.load(I8, x, L::CELL_KIND);
        let string = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, L::KIND_STRING as i64);
        self.b.ins().brif(string, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let (vm, tv) = (self.vm_v, self.iconst(t));
        let r = self.call(abi::h_parse_int as *const () as usize, &[vm, x, radix, tv]);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(slow);
        let r = self.js_call(inst, d.site, a[0], a[1], &a[2..]);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        Some(self.b.block_params(join)[0])
    }

    /// `Math.floor(x)` and its kin (`unary_op`), where the site saw that
    /// one built-in: with the callee checked and a number argument, the
    /// operation inline; any other callee or argument takes the call.
    fn spec_math_call(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        f: clif::Value,
        a: &[clif::Value],
    ) -> Option<clif::Value> {
        use runtime::builtins::math::{UnaryOp, unary_op};
        if !self.spec || d.args.len() != 2 {
            return None;
        }
        let targets = self.code.call_targets(d.site)?;
        let [target] = targets.as_slice() else {
            return None;
        };
        let op = unary_op(Value::from_bits(*target as u64))?;
        let t = self.root(*target);
        let x = a[1];
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
        let num = self.is_number(x);
        let ok = self.b.ins().band(same, num);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let fx = self.unbox_f64(x);
        let r = match op {
            UnaryOp::Floor => self.b.ins().floor(fx),
            UnaryOp::Ceil => self.b.ins().ceil(fx),
            UnaryOp::Trunc => self.b.ins().trunc(fx),
            UnaryOp::Sqrt => self.b.ins().sqrt(fx),
            UnaryOp::Abs => self.b.ins().fabs(fx),
        };
        let r = self.box_f64(r);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(slow);
        let r = self.js_call(inst, d.site, f, a[0], &a[1..]);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        Some(self.b.block_params(join)[0])
    }

    /// The constant `x` is, when an `iconst` defines it.
    fn const_value(&self, x: clif::Value) -> Option<i64> {
        let clif::ValueDef::Result(i, _) = self.b.func.dfg.value_def(x) else {
            return None;
        };
        match self.b.func.dfg.insts[i] {
            clif::InstructionData::UnaryImm {
                opcode: clif::Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// Callee `f` has passed a check that it is closure `t`: if a cache
    /// entry loaded it from a prototype's slot, that slot holds `t` (until
    /// a store to its key or anything that forgets all).
    fn note_callee(&mut self, f: clif::Value, t: u64) {
        if let Some(slot) = self.facts.loaded_from(u64::from(f.as_u32())) {
            self.facts.set_slot(Slot { value: t, ..slot });
        }
    }

    /// Guards that callee `f` is closure (or built-in) `t`, unless it is
    /// that constant already (`Facts::slots`).
    fn guard_callee(&mut self, inst: ir::Inst, f: clif::Value, t: u64) {
        if self.const_value(f) == Some(t as i64) {
            return;
        }
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
        self.guard(inst, same, DeoptReason::CallTarget);
        self.note_callee(f, t);
    }

    /// Is boxed `x` the value `true`?
    fn is_true(&mut self, x: clif::Value) -> clif::Value {
        self.b.ins().icmp_imm_s(IntCC::Equal, x, L::TRUE as i64)
    }

    /// ToBoolean as an `i8` (0 or 1), fast for booleans.
    fn truthy(&mut self, x: clif::Value) -> clif::Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        let not_true = self.b.create_block();
        let slow = self.b.create_block();
        let one = self.b.ins().iconst(I8, 1);
        let zero = self.b.ins().iconst(I8, 0);
        let is_true = self.is_true(x);
        self.b
            .ins()
            .brif(is_true, join, &[BlockArg::Value(one)], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, x, L::FALSE as i64);
        self.b
            .ins()
            .brif(is_false, join, &[BlockArg::Value(zero)], slow, &[]);
        self.b.switch_to_block(slow);
        let r = self.call(abi::h_to_boolean as *const () as usize, &[x]);
        let r8 = self.b.ins().ireduce(I8, r);
        self.b.ins().jump(join, &[BlockArg::Value(r8)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The note of arithmetic site `d` (`interp::seen` bits; 0 for a site
    /// that saw only int32s or never ran), where the code speculates.
    fn arith_note(&self, d: &ir::InstData) -> Option<u8> {
        if !self.spec {
            return None;
        }
        self.code.arith_fb.get(d.site as usize).map(|c| c.get())
    }

    /// What arithmetic site `d` has seen, for speculation.
    fn arith_feedback(&self, d: &ir::InstData) -> Seen {
        use runtime::interp::seen;
        match self.arith_note(d) {
            // The interpreter notes operands only off its int32 fast path.
            Some(0) => Seen::Ints,
            Some(fb) if fb & (seen::STRING | seen::OTHER) == 0 => Seen::Numbers,
            _ => Seen::Any,
        }
    }

    /// Guards that IR values `xv` and `yv` are int32s (unless known).
    fn guard_ints(&mut self, inst: ir::Inst, xv: ir::Value, yv: Option<ir::Value>) {
        let kx = self.int_like(xv);
        let ky = yv.is_none_or(|y| self.int_like(y));
        let t = match (kx, ky) {
            (true, true) => return,
            (false, true) => self.val(xv),
            (true, false) => self.val(yv.expect("two operands")),
            (false, false) => {
                let x = self.val(xv);
                let y = self.val(yv.expect("two operands"));
                self.b.ins().band(x, y)
            }
        };
        let ok = self.is_int(t);
        self.guard(inst, ok, DeoptReason::NotInt);
        // Past the guard, both are int32s.
        let cx = self.cv(xv);
        self.facts.set_int(cx);
        if let Some(y) = yv {
            let cy = self.cv(y);
            self.facts.set_int(cy);
        }
    }

    /// A binary operator where only int32 operands and results were seen:
    /// anything else deopts; the result is a known int32.
    fn spec_int_binop(&mut self, inst: ir::Inst, d: &ir::InstData) -> clif::Value {
        let (xv, yv) = (d.args[0], d.args[1]);
        self.guard_ints(inst, xv, Some(yv));
        let x = self.val(xv);
        let y = self.val(yv);
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
        macro_rules! ins {
            ($s:expr) => {
                $s.b.ins()
            };
        }
        let r = match d.op {
            Opcode::Add | Opcode::Sub | Opcode::Mul => {
                let (r, of) = match d.op {
                    Opcode::Add => ins!(self).sadd_overflow(xi, yi),
                    Opcode::Sub => ins!(self).ssub_overflow(xi, yi),
                    _ => ins!(self).smul_overflow(xi, yi),
                };
                let bad = if d.op == Opcode::Mul {
                    // A zero product of a negative operand is -0.
                    let zero = ins!(self).icmp_imm_s(IntCC::Equal, r, 0);
                    let either = ins!(self).bor(xi, yi);
                    let neg = ins!(self).icmp_imm_s(IntCC::SignedLessThan, either, 0);
                    let negzero = ins!(self).band(zero, neg);
                    ins!(self).bor(of, negzero)
                } else {
                    of
                };
                self.guard_not(inst, bad, DeoptReason::Overflow);
                r
            }
            Opcode::Div => {
                // Exact quotients only: not by 0, not MIN / -1, no
                // remainder, and not 0 / negative (-0).
                let yz = ins!(self).icmp_imm_s(IntCC::Equal, yi, 0);
                let ym1 = ins!(self).icmp_imm_s(IntCC::Equal, yi, -1);
                let xmin = ins!(self).icmp_imm_s(IntCC::Equal, xi, i32::MIN as i64);
                let ovf = ins!(self).band(ym1, xmin);
                let bad = ins!(self).bor(yz, ovf);
                self.guard_not(inst, bad, DeoptReason::Overflow);
                let q = ins!(self).sdiv(xi, yi);
                let rem = ins!(self).srem(xi, yi);
                let inexact = ins!(self).icmp_imm_s(IntCC::NotEqual, rem, 0);
                let xz = ins!(self).icmp_imm_s(IntCC::Equal, xi, 0);
                let yneg = ins!(self).icmp_imm_s(IntCC::SignedLessThan, yi, 0);
                let negzero = ins!(self).band(xz, yneg);
                let bad = ins!(self).bor(inexact, negzero);
                self.guard_not(inst, bad, DeoptReason::Overflow);
                q
            }
            Opcode::Mod => {
                // By a positive divisor; a zero remainder of a negative
                // dividend is -0.
                let ypos = ins!(self).icmp_imm_s(IntCC::SignedGreaterThan, yi, 0);
                self.guard(inst, ypos, DeoptReason::Overflow);
                let r = ins!(self).srem(xi, yi);
                let rz = ins!(self).icmp_imm_s(IntCC::Equal, r, 0);
                let xneg = ins!(self).icmp_imm_s(IntCC::SignedLessThan, xi, 0);
                let negzero = ins!(self).band(rz, xneg);
                self.guard_not(inst, negzero, DeoptReason::Overflow);
                r
            }
            Opcode::BitAnd => ins!(self).band(xi, yi),
            Opcode::BitOr => ins!(self).bor(xi, yi),
            Opcode::BitXor => ins!(self).bxor(xi, yi),
            Opcode::Shl => {
                let s = ins!(self).band_imm_s(yi, 31);
                ins!(self).ishl(xi, s)
            }
            Opcode::Sar => {
                let s = ins!(self).band_imm_s(yi, 31);
                ins!(self).sshr(xi, s)
            }
            _ => {
                // `>>>`: results above 2^31-1 are doubles.
                let s = ins!(self).band_imm_s(yi, 31);
                let r = ins!(self).ushr(xi, s);
                let ok = ins!(self).icmp_imm_s(IntCC::SignedGreaterThanOrEqual, r, 0);
                self.guard(inst, ok, DeoptReason::Overflow);
                r
            }
        };
        if let Some(res) = d.result {
            self.set_known_int(res);
        }
        self.box_int(r)
    }

    /// `++`, `--`, unary `-`, `~` and ToNumber where only int32s were seen.
    fn spec_unop(&mut self, inst: ir::Inst, d: &ir::InstData) -> clif::Value {
        let xv = d.args[0];
        self.guard_ints(inst, xv, None);
        if let Some(res) = d.result {
            self.set_known_int(res);
        }
        let x = self.val(xv);
        if d.op == Opcode::ToNumber {
            return x;
        }
        let xi = self.unbox_int(x);
        if d.op == Opcode::BitNot {
            let n = self.b.ins().bnot(xi);
            return self.box_int(n);
        }
        let one = self.b.ins().iconst(I32, 1);
        let zero = self.b.ins().iconst(I32, 0);
        let (r, of) = match d.op {
            Opcode::Inc => self.b.ins().sadd_overflow(xi, one),
            Opcode::Dec => self.b.ins().ssub_overflow(xi, one),
            _ => self.b.ins().ssub_overflow(zero, xi),
        };
        let bad = if d.op == Opcode::Neg {
            // -0 is a double.
            let z = self.b.ins().icmp_imm_s(IntCC::Equal, xi, 0);
            self.b.ins().bor(of, z)
        } else {
            of
        };
        self.guard_not(inst, bad, DeoptReason::Overflow);
        self.box_int(r)
    }

    /// A bitwise or shift operator with an inline int32 path; other
    /// operands (and `>>>` results above 2^31-1) go to the generic helper.
    /// (`+ - * / %` are `num_binop`'s.)
    fn int_binop(
        &mut self,
        inst: ir::Inst,
        op: Opcode,
        x: clif::Value,
        y: clif::Value,
    ) -> clif::Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let ints = self.both_int(x, y);
        self.b.ins().brif(ints, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
        let r = match op {
            Opcode::BitAnd => self.b.ins().band(xi, yi),
            Opcode::BitOr => self.b.ins().bor(xi, yi),
            Opcode::BitXor => self.b.ins().bxor(xi, yi),
            Opcode::Shl => {
                let s = self.b.ins().band_imm_s(yi, 31);
                self.b.ins().ishl(xi, s)
            }
            Opcode::Shr => {
                // Results above 2^31-1 are doubles: the helper makes them.
                let s = self.b.ins().band_imm_s(yi, 31);
                let r = self.b.ins().ushr(xi, s);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(big, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                r
            }
            _ => {
                let s = self.b.ins().band_imm_s(yi, 31);
                self.b.ins().sshr(xi, s)
            }
        };
        let boxed = self.box_int(r);
        self.b.ins().jump(join, &[BlockArg::Value(boxed)]);
        self.b.switch_to_block(slow);
        let g = self.binop_helper(inst, op, x, y);
        self.b.ins().jump(join, &[BlockArg::Value(g)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// A unary numeric operator with an inline int32 path.
    fn int_unop(&mut self, inst: ir::Inst, op: Opcode, x: clif::Value) -> clif::Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let int = self.is_int(x);
        self.b.ins().brif(int, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let xi = self.unbox_int(x);
        let r = match op {
            Opcode::ToNumber => Some(x),
            Opcode::BitNot => {
                let n = self.b.ins().bnot(xi);
                Some(self.box_int(n))
            }
            Opcode::Inc | Opcode::Dec | Opcode::Neg => {
                let one = self.b.ins().iconst(I32, 1);
                let zero = self.b.ins().iconst(I32, 0);
                let (r, of) = match op {
                    Opcode::Inc => self.b.ins().sadd_overflow(xi, one),
                    Opcode::Dec => self.b.ins().ssub_overflow(xi, one),
                    _ => self.b.ins().ssub_overflow(zero, xi),
                };
                // -0 is a double: negating 0 goes to the helper.
                let bad = if op == Opcode::Neg {
                    let z = self.b.ins().icmp_imm_s(IntCC::Equal, xi, 0);
                    self.b.ins().bor(of, z)
                } else {
                    of
                };
                let ok = self.b.create_block();
                self.b.ins().brif(bad, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                Some(self.box_int(r))
            }
            _ => None,
        };
        let r = r.expect("a numeric unary operator");
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let opv = self.iconst(op as u64);
        let vm = self.vm_v;
        let g = self.call(abi::h_unop as *const () as usize, &[vm, opv, x]);
        self.check(g);
        self.b.ins().jump(join, &[BlockArg::Value(g)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// A comparison of operands guarded to be int32s (the site has seen
    /// nothing else): the result as a boolean value and as an `i8` flag.
    fn int_compare(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        x: clif::Value,
        y: clif::Value,
    ) -> (clif::Value, clif::Value) {
        self.guard_ints(inst, d.args[0], Some(d.args[1]));
        let (cc, _) = compare_conds(d.op);
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
        let c = self.b.ins().icmp(cc, xi, yi);
        (self.box_bool(c), c)
    }

    /// A comparison: int32 and double operands inline, strict equality
    /// with an object or a non-number primitive as identity; the result as
    /// a boolean value and as an `i8` flag.
    fn compare(&mut self, inst: ir::Inst, d: &ir::InstData) -> (clif::Value, clif::Value) {
        let op = d.op;
        let x = self.val(d.args[0]);
        let y = self.val(d.args[1]);
        let strict = matches!(op, Opcode::StrictEq | Opcode::StrictNe);
        let seen = self.arith_feedback(d);
        if seen == Seen::Ints {
            // Only int32s seen: anything else deopts.
            return self.int_compare(inst, d, x, y);
        }
        let (sx, sy) = (self.known_string(d.args[0]), self.known_string(d.args[1]));
        if strict && (sx || sy) {
            return self.string_strict_compare(op, x, y, sx, sy);
        }
        // Only numbers seen (a relational compare): non-numbers deopt.
        let numbers = !strict && seen != Seen::Any;
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        let fast = self.b.create_block();
        let not_int = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (kx, ky) = (self.int_like(d.args[0]), self.int_like(d.args[1]));
        if kx && ky {
            self.b.ins().jump(fast, &[]);
        } else {
            let t = match (kx, ky) {
                (true, false) => y,
                (false, true) => x,
                _ => self.b.ins().band(x, y),
            };
            let ints = self.is_int(t);
            self.b.ins().brif(ints, fast, &[], not_int, &[]);
        }
        self.b.switch_to_block(fast);
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
        let (cc, fcc) = compare_conds(op);
        let c = self.b.ins().icmp(cc, xi, yi);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);

        self.b.switch_to_block(not_int);
        if strict && (kx || ky) {
            // An int32 is strictly equal to a double of its value and to
            // nothing that is not a number.
            let other = if kx { y } else { x };
            let num = self.is_number(other);
            let doubles = self.b.create_block();
            let unequal = self.b.create_block();
            self.b.ins().brif(num, doubles, &[], unequal, &[]);
            self.b.switch_to_block(doubles);
            let fx = self.unbox_f64(x);
            let fy = self.unbox_f64(y);
            let c = self.b.ins().fcmp(fcc, fx, fy);
            self.b.ins().jump(join, &[BlockArg::Value(c)]);
            self.b.switch_to_block(unequal);
            let r = self.b.ins().iconst(I8, i64::from(op != Opcode::StrictEq));
            self.b.ins().jump(join, &[BlockArg::Value(r)]);
            self.b.switch_to_block(slow);
            self.b.ins().trap(clif::TrapCode::unwrap_user(1));
            self.b.switch_to_block(join);
            let raw = self.b.block_params(join)[0];
            return (self.box_bool(raw), raw);
        }
        if strict {
            // An object, undefined, null or a boolean is strictly equal
            // only to itself: compare the bits.
            let by_identity = self.b.create_block();
            let numbers = self.b.create_block();
            let ox = self.is_other_or_object(x);
            let oy = self.is_other_or_object(y);
            let either = self.b.ins().bor(ox, oy);
            self.b.ins().brif(either, by_identity, &[], numbers, &[]);
            self.b.switch_to_block(by_identity);
            let c = self.b.ins().icmp(cc, x, y);
            self.b.ins().jump(join, &[BlockArg::Value(c)]);
            self.b.switch_to_block(numbers);
        }
        let nx = self.is_number(x);
        let ny = self.is_number(y);
        let nums = self.b.ins().band(nx, ny);
        self.continue_if(nums, slow);
        let fx = self.unbox_f64(x);
        let fy = self.unbox_f64(y);
        let c = self.b.ins().fcmp(fcc, fx, fy);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);

        self.b.switch_to_block(slow);
        if numbers {
            let exit = self.deopt_exit(inst, DeoptReason::NotNumber);
            self.b.ins().jump(exit, &[]);
        } else if strict {
            // Strings, mostly: the same cell is the same string, else the
            // helper compares texts. Strict compares never throw (nor run
            // JS). Two numbers went the double way: a number here is
            // beside a string.
            self.strict_string_compare(op, x, y, join, |s, unequal| {
                let nx = s.is_number(x);
                let ny = s.is_number(y);
                let num = s.b.ins().bor(nx, ny);
                let strings = s.b.create_block();
                s.b.ins().brif(num, unequal, &[], strings, &[]);
                s.b.switch_to_block(strings);
            });
        } else {
            self.sync_pc(inst);
            let opv = self.iconst(op as u64);
            let vm = self.vm_v;
            let g = self.call(abi::h_binop as *const () as usize, &[vm, opv, x, y]);
            // valueOf / toString may run.
            self.impure = true;
            self.check(g);
            let c = self.b.ins().icmp_imm_s(IntCC::Equal, g, L::TRUE as i64);
            self.b.ins().jump(join, &[BlockArg::Value(c)]);
        }
        self.b.switch_to_block(join);
        let raw = self.b.block_params(join)[0];
        (self.box_bool(raw), raw)
    }

    /// `x === y` or `x !== y` (`op`) where `x` (when `sx`) or `y` (when
    /// `sy`) is known to be a string: the same cell is equal; a value that
    /// is not a string, or two different atoms, are not; other strings
    /// compare their texts (`h_strict_eq`).
    fn string_strict_compare(
        &mut self,
        op: Opcode,
        x: clif::Value,
        y: clif::Value,
        sx: bool,
        sy: bool,
    ) -> (clif::Value, clif::Value) {
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        self.strict_string_compare(op, x, y, join, |s, unequal| {
            for (known, v) in [(sx, x), (sy, y)] {
                if !known {
                    s.continue_if_string(v, unequal);
                }
            }
        });
        self.b.switch_to_block(join);
        let raw = self.b.block_params(join)[0];
        (self.box_bool(raw), raw)
    }

    /// The string part of `x === y` / `x !== y` (`op`), passing its flag
    /// to `join`: the same cell is equal; else `strings` goes on only where
    /// both are strings (it jumps to its block for unequal otherwise); two
    /// different atoms are unequal, other strings compare their texts
    /// (`h_strict_eq`, which never throws nor runs JS).
    fn strict_string_compare(
        &mut self,
        op: Opcode,
        x: clif::Value,
        y: clif::Value,
        join: clif::Block,
        strings: impl FnOnce(&mut Self, clif::Block),
    ) {
        let eq_result = i64::from(op == Opcode::StrictEq);
        let same = self.b.create_block();
        let differ = self.b.create_block();
        let unequal = self.b.create_block();
        let texts = self.b.create_block();
        self.b.set_cold_block(texts);
        let eq = self.b.ins().icmp(IntCC::Equal, x, y);
        self.b.ins().brif(eq, same, &[], differ, &[]);
        self.b.switch_to_block(same);
        let r = self.b.ins().iconst(I8, eq_result);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(differ);
        strings(self, unequal);
        // Two different atoms hold different texts.
        let fx = self.load(I8, x, L::CELL_FLAGS);
        let fy = self.load(I8, y, L::CELL_FLAGS);
        let both = self.b.ins().band(fx, fy);
        let atoms = self
            .b
            .ins()
            .band_imm_s(both, i64::from(L::STRING_FLAG_ATOM));
        self.b.ins().brif(atoms, unequal, &[], texts, &[]);
        self.b.switch_to_block(unequal);
        let r = self.b.ins().iconst(I8, 1 - eq_result);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(texts);
        let g = self.call(abi::h_strict_eq as *const () as usize, &[x, y]);
        let cc = compare_conds(op).0;
        let c = self.b.ins().icmp_imm_s(cc, g, 1);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);
    }

    /// Goes on when `x` is a string cell, else to `otherwise`.
    fn continue_if_string(&mut self, x: clif::Value, otherwise: clif::Block) {
        let cell = self.is_cell(x);
        self.continue_if(cell, otherwise);
        let kind = self.load(I8, x, L::CELL_KIND);
        let string = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, L::KIND_STRING as i64);
        self.continue_if(string, otherwise);
    }

    /// The truth of IR value `v` as an `i8`: the flag of a comparison, or
    /// ToBoolean of the value (one compare when it is a boolean).
    fn cond(&mut self, v: ir::Value) -> clif::Value {
        match self.conds[v.index()] {
            Some((c, b)) if b == self.cur => c,
            _ => {
                let x = self.val(v);
                if self.is_bool(v) {
                    return self.is_true(x);
                }
                self.truthy(x)
            }
        }
    }

    /// Is `x` a number (int32 or double)?
    fn is_number(&mut self, x: clif::Value) -> clif::Value {
        let t = self.iconst(L::NUMBER_TAG);
        let m = self.b.ins().band(x, t);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0)
    }
    /// Is `x` undefined, null, a boolean, or an object cell (a value whose
    /// strict equality is identity)?
    fn is_other_or_object(&mut self, x: clif::Value) -> clif::Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        let cell = self.b.create_block();
        let t = self.iconst(L::NOT_CELL_MASK);
        let m = self.b.ins().band(x, t);
        let tagged = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
        let n = self.is_number(x);
        let nn = self.b.ins().bxor_imm_s(n, 1);
        // Tagged but not a number: an "other" immediate.
        let other = self.b.ins().band(tagged, nn);
        self.b
            .ins()
            .brif(tagged, join, &[BlockArg::Value(other)], cell, &[]);
        self.b.switch_to_block(cell);
        let kind = self.load(I8, x, L::CELL_KIND);
        let is_obj = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, L::KIND_OBJECT as i64);
        self.b.ins().jump(join, &[BlockArg::Value(is_obj)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }
    /// A number value as an `f64`.
    fn unbox_f64(&mut self, x: clif::Value) -> clif::Value {
        let int = self.is_int(x);
        let i = self.b.ins().ireduce(I32, x);
        let fi = self.b.ins().fcvt_from_sint(F64, i);
        let bits = self
            .b
            .ins()
            .iadd_imm_s(x, (L::DOUBLE_OFFSET as i64).wrapping_neg());
        let fd = self.b.ins().bitcast(F64, MemFlagsData::new(), bits);
        self.b.ins().select(int, fi, fd)
    }
    /// Boxes an `f64` the way `Value::number` does: int32 when integral
    /// (and not -0), else a double with NaN canonicalised.
    fn box_f64(&mut self, f: clif::Value) -> clif::Value {
        // The low 32 bits of f + 1.5 * 2^52 are f rounded to an integer
        // (mod 2^32) when |f| < 2^51. Converted back, that equals f exactly
        // when f is an int32 (or -0, excluded below): a non-integral,
        // out-of-range or NaN f never equals an int32. Cheaper than a
        // saturating conversion, which is a branchy sequence on x86-64.
        let magic = self.b.ins().f64const(6755399441055744.0);
        let t = self.b.ins().fadd(f, magic);
        let tbits = self.b.ins().bitcast(I64, MemFlagsData::new(), t);
        let i = self.b.ins().ireduce(I32, tbits);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        let same = self.b.ins().fcmp(FloatCC::Equal, back, f);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, bits, 0);
        let izero = self.b.ins().icmp_imm_s(IntCC::Equal, i, 0);
        let negzero = self.b.ins().band(neg, izero);
        let not_negzero = self.b.ins().bxor_imm_s(negzero, 1);
        let as_int = self.b.ins().band(same, not_negzero);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let canon = self.iconst(f64::NAN.to_bits());
        let dbits = self.b.ins().select(nan, canon, bits);
        let dboxed = self.b.ins().iadd_imm_s(dbits, L::DOUBLE_OFFSET as i64);
        let iboxed = self.box_int(i);
        self.b.ins().select(as_int, iboxed, dboxed)
    }

    /// `x op y` by the generic helper (any operand types).
    fn binop_helper(
        &mut self,
        inst: ir::Inst,
        op: Opcode,
        x: clif::Value,
        y: clif::Value,
    ) -> clif::Value {
        self.impure = true;
        self.sync_pc(inst);
        let opv = self.iconst(op as u64);
        let vm = self.vm_v;
        let g = self.call(abi::h_binop as *const () as usize, &[vm, opv, x, y]);
        self.check(g);
        g
    }

    /// Is IR value `v` a string by its type?
    fn kstr(&self, v: ir::Value) -> bool {
        let t = self.f.values[v.index()].ty;
        !t.is_none() && t.is_subset_of(ir::Type::STRING)
    }
    /// The kind fact (`Facts::kinds`) of a string: its pseudo shape.
    fn string_kind(&self) -> u64 {
        self.vm.realm.string_shape.ptr() as u64
    }
    /// Is IR value `v` known to be a string (by its type, or a check
    /// passed)?
    fn known_string(&self, v: ir::Value) -> bool {
        self.kstr(v) || self.facts.shape_of(self.cv(v)) == Some(self.string_kind())
    }

    /// Is `+` site `d` a string concatenation: an operand typed a string,
    /// or only strings seen (speculating)?
    fn string_add_site(&self, d: &ir::InstData) -> bool {
        // A site that never ran (no note: what int32-only sites leave too)
        // stays the small int32 guard that deopts (with an operand typed
        // a string, a guard that always fails: Cranelift drops the rest of
        // the block as unreachable), except in a block that throws
        // (`only_strings_seen`).
        if self.arith_note(d) == Some(0) && !self.cold {
            return false;
        }
        self.kstr(d.args[0]) || self.kstr(d.args[1]) || self.only_strings_seen(d)
    }

    /// Does `+` site `d` speculate that its operands are strings: it has
    /// seen only strings, or it never ran, is in a block that ends in a
    /// `throw` (`Lowering::cold`) and has an operand typed a string? That
    /// is an error message (`"expected " + what`) in code compiled before
    /// the error ever happened: an int32 guard would deopt at the first
    /// error and drop the code (and the code of every function it is
    /// inlined into); joined as strings, the error is thrown from native
    /// code.
    fn only_strings_seen(&self, d: &ir::InstData) -> bool {
        use runtime::interp::seen;
        match self.arith_note(d) {
            Some(seen::STRING) => true,
            Some(0) => self.cold && (self.kstr(d.args[0]) || self.kstr(d.args[1])),
            _ => false,
        }
    }

    /// `x + y` at a string site (`string_add_site`): two strings whose
    /// joined length is allowed are joined by `h_concat` (which cannot
    /// fail or run JS code); anything else deopts where only strings were
    /// seen, else takes the generic helper.
    fn string_add(&mut self, inst: ir::Inst, d: &ir::InstData) -> clif::Value {
        let (xv, yv) = (d.args[0], d.args[1]);
        let (x, y) = (self.val(xv), self.val(yv));
        let only_strings = self.only_strings_seen(d);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        // Where other operands were seen (or are typed possible), the
        // generic helper takes them: in an inlined body that abandons the
        // inline for an ordinary call, as any generic `+` does, instead of
        // deopting at every call.
        let slow = if only_strings {
            self.deopt_exit(inst, DeoptReason::NotString)
        } else {
            let slow = self.b.create_block();
            self.b.set_cold_block(slow);
            slow
        };
        let mut len = None;
        let deopts = only_strings;
        for (v, c) in [(xv, x), (yv, y)] {
            if !self.known_string(v) {
                self.continue_if_string(c, slow);
            }
            let n = self.load(I32, c, L::CELL_EXTRA);
            let n = self.b.ins().uextend(I64, n);
            len = Some(match len {
                Some(m) => self.b.ins().iadd(m, n),
                None => n,
            });
        }
        let len = len.expect("two operands");
        let fits = self.b.ins().icmp_imm_s(
            IntCC::UnsignedLessThanOrEqual,
            len,
            runtime::MAX_STRING_LENGTH as i64,
        );
        self.continue_if(fits, slow);
        let vm = self.vm_v;
        let r = self.call(abi::h_concat as *const () as usize, &[vm, x, y]);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        let sk = self.string_kind();
        if deopts {
            // Past the checks, both are strings.
            for v in [xv, yv] {
                let c = self.cv(v);
                self.facts.set_kind(c, sk);
            }
        } else {
            self.b.switch_to_block(slow);
            let g = self.binop_helper(inst, Opcode::Add, x, y);
            self.b.ins().jump(join, &[BlockArg::Value(g)]);
        }
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        if let Some(rv) = d.result {
            let c = self.cv(rv);
            self.facts.set_kind(c, sk);
        }
        r
    }

    /// `+ - * / %` with int32 and double paths inline; other operand types
    /// (strings, objects, ...) go to the generic helper.
    fn num_binop(&mut self, inst: ir::Inst, d: &ir::InstData, deopt_slow: bool) -> clif::Value {
        let op = d.op;
        let (xv, yv) = (d.args[0], d.args[1]);
        let (x, y) = (self.val(xv), self.val(yv));
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let int = self.b.create_block();
        let dbl = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let (ix, iy) = (self.int_like(xv), self.int_like(yv));
        // A constant operand that is not an int32: the int32 path would
        // always fail.
        let skip_int = [xv, yv].iter().any(
            |&v| matches!(self.ir_const(v), Some(Constant::Number(n)) if !Value::number(n).is_int()),
        );
        if skip_int {
            self.b.ins().jump(dbl, &[]);
        } else if ix && iy {
            self.b.ins().jump(int, &[]);
        } else {
            let t = match (ix, iy) {
                (true, false) => y,
                (false, true) => x,
                _ => self.b.ins().band(x, y),
            };
            let ints = self.is_int(t);
            self.b.ins().brif(ints, int, &[], dbl, &[]);
        }

        // int32 ⊕ int32 with an int32 result; anything else is recomputed
        // in doubles.
        if !skip_int {
            self.b.switch_to_block(int);
            let xi = self.unbox_int(x);
            let yi = self.unbox_int(y);
            let r = match op {
                Opcode::Add | Opcode::Sub | Opcode::Mul => {
                    let (r, of) = match op {
                        Opcode::Add => self.b.ins().sadd_overflow(xi, yi),
                        Opcode::Sub => self.b.ins().ssub_overflow(xi, yi),
                        _ => self.b.ins().smul_overflow(xi, yi),
                    };
                    let bad = if op == Opcode::Mul {
                        // A zero product of a negative operand is -0.
                        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                        let either = self.b.ins().bor(xi, yi);
                        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, either, 0);
                        let negzero = self.b.ins().band(zero, neg);
                        self.b.ins().bor(of, negzero)
                    } else {
                        of
                    };
                    let ok = self.b.create_block();
                    self.b.ins().brif(bad, dbl, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    r
                }
                Opcode::Div => {
                    // Exact quotients only: not by 0, not MIN / -1, no
                    // remainder, and not 0 / negative (-0).
                    let c1 = self.b.create_block();
                    let c2 = self.b.create_block();
                    let ok = self.b.create_block();
                    let yz = self.b.ins().icmp_imm_s(IntCC::Equal, yi, 0);
                    let ym1 = self.b.ins().icmp_imm_s(IntCC::Equal, yi, -1);
                    let xmin = self.b.ins().icmp_imm_s(IntCC::Equal, xi, i32::MIN as i64);
                    let ovf = self.b.ins().band(ym1, xmin);
                    let bad = self.b.ins().bor(yz, ovf);
                    self.b.ins().brif(bad, dbl, &[], c1, &[]);
                    self.b.switch_to_block(c1);
                    let q = self.b.ins().sdiv(xi, yi);
                    let rem = self.b.ins().srem(xi, yi);
                    let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                    let xz = self.b.ins().icmp_imm_s(IntCC::Equal, xi, 0);
                    let yneg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, yi, 0);
                    let negzero = self.b.ins().band(xz, yneg);
                    let bad = self.b.ins().bor(inexact, negzero);
                    self.b.ins().brif(bad, dbl, &[], c2, &[]);
                    self.b.switch_to_block(c2);
                    self.b.ins().jump(ok, &[]);
                    self.b.switch_to_block(ok);
                    q
                }
                _ => {
                    // Mod by a positive divisor; a zero remainder of a
                    // negative dividend is -0.
                    let c1 = self.b.create_block();
                    let ok = self.b.create_block();
                    let ypos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, yi, 0);
                    self.b.ins().brif(ypos, c1, &[], dbl, &[]);
                    self.b.switch_to_block(c1);
                    let r = self.b.ins().srem(xi, yi);
                    let rz = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                    let xneg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, xi, 0);
                    let negzero = self.b.ins().band(rz, xneg);
                    self.b.ins().brif(negzero, dbl, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    r
                }
            };
            let boxed = self.box_int(r);
            self.b.ins().jump(join, &[BlockArg::Value(boxed)]);
        }

        // Numbers in doubles.
        self.b.switch_to_block(dbl);
        let unknown: Vec<clif::Value> = [(xv, x), (yv, y)]
            .into_iter()
            .filter(|&(v, _)| !self.knum(v))
            .map(|(_, c)| c)
            .collect();
        let all_numbers = unknown.is_empty();
        if !all_numbers {
            let mut nums = self.is_number(unknown[0]);
            if let Some(&u) = unknown.get(1) {
                let n = self.is_number(u);
                nums = self.b.ins().band(nums, n);
            }
            self.continue_if(nums, slow);
        }
        let fx = self.unbox_f64_of(xv, x);
        let fy = self.unbox_f64_of(yv, y);
        let fr = match op {
            Opcode::Add => self.b.ins().fadd(fx, fy),
            Opcode::Sub => self.b.ins().fsub(fx, fy),
            Opcode::Mul => self.b.ins().fmul(fx, fy),
            Opcode::Div => self.b.ins().fdiv(fx, fy),
            _ => self.float_mod(fx, fy),
        };
        let boxed = self.box_f64(fr);
        self.b.ins().jump(join, &[BlockArg::Value(boxed)]);

        if all_numbers {
            // No other operand types: no slow path.
        } else if deopt_slow {
            // Only numbers were seen here.
            self.b.switch_to_block(slow);
            let exit = self.deopt_exit(inst, DeoptReason::NotNumber);
            self.b.ins().jump(exit, &[]);
        } else {
            self.b.switch_to_block(slow);
            let g = self.binop_helper(inst, op, x, y);
            self.b.ins().jump(join, &[BlockArg::Value(g)]);
        }
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Is IR value `v` known to be a number (by its type, as a constant,
    /// or a check passed)?
    fn knum(&self, v: ir::Value) -> bool {
        let t = self.f.values[v.index()].ty;
        (!t.is_none() && t.is_subset_of(ir::Type::NUMBER))
            || matches!(self.ir_const(v), Some(Constant::Number(_)))
            || self.kint(v)
    }

    /// The `f64` of number `x` (IR value `v`): a constant when `v` is one.
    fn unbox_f64_of(&mut self, v: ir::Value, x: clif::Value) -> clif::Value {
        match self.ir_const(v) {
            Some(Constant::Number(n)) => self.b.ins().f64const(n),
            _ if self.kint(v) => {
                let i = self.unbox_int(x);
                self.b.ins().fcvt_from_sint(F64, i)
            }
            _ => self.unbox_f64(x),
        }
    }

    /// `x % y` on doubles: integral operands below 2^53 (what `%` on
    /// integers too big for int32 meets) with an integer remainder, whose
    /// sign is the dividend's (-0 included); anything else by `h_fmod`.
    fn float_mod(&mut self, fx: clif::Value, fy: clif::Value) -> clif::Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, F64);
        let int = self.b.create_block();
        let call = self.b.create_block();
        self.b.set_cold_block(call);
        let xi = self.b.ins().fcvt_to_sint_sat(I64, fx);
        let yi = self.b.ins().fcvt_to_sint_sat(I64, fy);
        let xb = self.b.ins().fcvt_from_sint(F64, xi);
        let yb = self.b.ins().fcvt_from_sint(F64, yi);
        // Exact conversions (NaN and fractions fail), |x|, |y| < 2^62 (the
        // saturated 2^63 - 1 converts back to 2^63, and i64::MIN % -1
        // traps), y != 0. Every integral double below 2^62 is an exact
        // i64, and the remainder (smaller than both) is an exact double.
        let xe = self.b.ins().fcmp(FloatCC::Equal, xb, fx);
        let ye = self.b.ins().fcmp(FloatCC::Equal, yb, fy);
        const TWO62: i64 = 1 << 62;
        let xo = self.b.ins().iadd_imm_s(xi, TWO62);
        let yo = self.b.ins().iadd_imm_s(yi, TWO62);
        let xs = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, xo, i64::MIN);
        let ys = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, yo, i64::MIN);
        let ynz = self.b.ins().icmp_imm_s(IntCC::NotEqual, yi, 0);
        let ok1 = self.b.ins().band(xe, ye);
        let ok2 = self.b.ins().band(xs, ys);
        let ok3 = self.b.ins().band(ok1, ok2);
        let ok = self.b.ins().band(ok3, ynz);
        self.b.ins().brif(ok, int, &[], call, &[]);
        self.b.switch_to_block(int);
        let r = self.b.ins().srem(xi, yi);
        let rf = self.b.ins().fcvt_from_sint(F64, r);
        let signed = self.b.ins().fcopysign(rf, fx);
        self.b.ins().jump(join, &[BlockArg::Value(signed)]);
        self.b.switch_to_block(call);
        let sig = match self.fmod_sig {
            Some(s) => s,
            None => {
                let mut sig = clif::Signature::new(self.call_conv);
                sig.params.push(clif::AbiParam::new(F64));
                sig.params.push(clif::AbiParam::new(F64));
                sig.returns.push(clif::AbiParam::new(F64));
                let s = self.b.import_signature(sig);
                self.fmod_sig = Some(s);
                s
            }
        };
        let f = self.iconst(abi::h_fmod as *const () as u64);
        let c = self.b.ins().call_indirect(sig, f, &[fx, fy]);
        let r = self.b.inst_results(c)[0];
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    // ---------------------------------------------------------------- property sites

    /// Keeps a cell the code embeds alive for as long as the code exists.
    fn root(&mut self, p: usize) -> u64 {
        if p != 0 {
            self.roots.push(Value::from_bits(p as u64));
        }
        p as u64
    }

    /// Loads the slot at cache location `loc` of object `obj`.
    fn load_loc(&mut self, obj: clif::Value, loc: u32) -> clif::Value {
        if loc & L::OUT_OF_LINE == 0 {
            self.load(I64, obj, loc as i32)
        } else {
            let slots = self.load(I64, obj, L::OBJ_SLOTS);
            self.load(I64, slots, (8 * (loc & !L::OUT_OF_LINE)) as i32)
        }
    }
    fn store_loc(&mut self, obj: clif::Value, loc: u32, x: clif::Value) {
        if loc & L::OUT_OF_LINE == 0 {
            self.store(x, obj, loc as i32);
        } else {
            let slots = self.load(I64, obj, L::OBJ_SLOTS);
            self.store(x, slots, (8 * (loc & !L::OUT_OF_LINE)) as i32);
        }
    }

    /// Probes the first entry of the cache at address `ic` at run time:
    /// when its shape is `obj`'s and its kind is `kind`, jumps to a new
    /// block with the slot's address (which it returns, switched to);
    /// otherwise continues to `miss`.
    fn probe_ic(
        &mut self,
        ic: u64,
        obj: clif::Value,
        shape: clif::Value,
        kind: IcKind,
        miss: clif::Block,
    ) -> clif::Value {
        let icv = self.iconst(ic);
        let e_shape = self.load(I64, icv, L::IC_ENTRIES + L::ICE_SHAPE);
        let same = self.b.ins().icmp(IntCC::Equal, shape, e_shape);
        self.continue_if(same, miss);
        let k = self.load(I8, icv, L::IC_ENTRIES + L::ICE_KIND);
        let right = self.b.ins().icmp_imm_s(IntCC::Equal, k, kind as u8 as i64);
        self.continue_if(right, miss);
        let loc = self.load(I32, icv, L::IC_ENTRIES + L::ICE_LOC);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let inline = self.b.create_block();
        let outline = self.b.create_block();
        let ool = self.b.ins().band_imm_s(loc, L::OUT_OF_LINE as i64);
        self.b.ins().brif(ool, outline, &[], inline, &[]);
        self.b.switch_to_block(inline);
        let lw = self.b.ins().uextend(I64, loc);
        let a = self.b.ins().iadd(obj, lw);
        self.b.ins().jump(join, &[BlockArg::Value(a)]);
        self.b.switch_to_block(outline);
        let idx = self.b.ins().band_imm_s(loc, !L::OUT_OF_LINE as i64);
        let iw = self.b.ins().uextend(I64, idx);
        let off = self.b.ins().ishl_imm_s(iw, 3);
        let slots = self.load(I64, obj, L::OBJ_SLOTS);
        let a = self.b.ins().iadd(slots, off);
        self.b.ins().jump(join, &[BlockArg::Value(a)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Did the site of cache `ic` never run before this speculative
    /// compile? Then it is likely cold, and gets only its helper call: an
    /// inline probe of a cache that is still empty would only cost code.
    /// (Without speculation, as at `--jit-threshold=0`, code is compiled
    /// before anything ran, and probes are the fast path.)
    fn never_ran(&self, ic: &runtime::ic::PropIc) -> bool {
        self.spec && ic.n == 0 && !ic.megamorphic
    }

    /// The entries of property cache `ic` of the kinds `kinds`.
    fn feedback(&self, ic: &runtime::ic::PropIc, kinds: &[IcKind]) -> Vec<runtime::ic::IcEntry> {
        if ic.megamorphic {
            return Vec::new();
        }
        ic.entries[..ic.n as usize]
            .iter()
            .copied()
            .filter(|e| kinds.contains(&e.kind))
            .collect()
    }

    fn get_prop(&mut self, inst: ir::Inst, site: u32, obj: clif::Value, key: u64) -> clif::Value {
        let ic: *mut runtime::ic::PropIc = self.code.prop_ic(site);
        self.cached_get(inst, ic, obj, |s| {
            let (vm, fp) = (s.vm_v, s.fp_v);
            let kv = s.iconst(key);
            let sv = s.iconst(site as u64);
            s.call(
                abi::h_get_prop as *const () as usize,
                &[vm, fp, obj, kv, sv],
            )
        })
    }

    /// A property read through the cache at `ic_ptr`: inline guards for its
    /// feedback (or a run-time probe of its first entry), `slow` (a helper
    /// that does the whole lookup and fills the cache) otherwise.
    fn cached_get(
        &mut self,
        inst: ir::Inst,
        ic_ptr: *mut runtime::ic::PropIc,
        obj: clif::Value,
        slow_call: impl FnOnce(&mut Self) -> clif::Value,
    ) -> clif::Value {
        // SAFETY: `ic_ptr` points into the decoded code of the function
        // being compiled, which lives as long as the VM.
        let ic = unsafe { *ic_ptr };
        let entries = self.feedback(
            &ic,
            &[IcKind::OwnData, IcKind::ProtoData, IcKind::ArrayLength],
        );
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if !entries.is_empty() {
            self.shape_dispatch(None, obj, &entries, slow, |s, e| {
                let r = s.entry_load(inst, obj, e, Miss::Slow(slow));
                s.b.ins().jump(join, &[BlockArg::Value(r)]);
            });
        } else if !self.never_ran(&ic) {
            // No feedback when compiled: probe the cache the helper fills.
            let (yes, no) = self.is_object(obj);
            self.b.switch_to_block(no);
            self.b.ins().jump(slow, &[]);
            self.b.switch_to_block(yes);
            let shape = self.load(I64, obj, L::OBJ_SHAPE);
            let addr = self.probe_ic(ic_ptr as u64, obj, shape, IcKind::OwnData, slow);
            let x = self.load(I64, addr, 0);
            self.b.ins().jump(join, &[BlockArg::Value(x)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let r = slow_call(self);
        self.check(r);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn set_prop(&mut self, inst: ir::Inst, site: u32, obj: clif::Value, key: u64, x: clif::Value) {
        let ic = *self.code.prop_ic(site);
        let mut entries = self.feedback(&ic, &[IcKind::StoreOwn, IcKind::StoreAdd]);
        // Adding a property inline only when its slot is in the object
        // (growing the out-of-line slots is the runtime's job).
        entries.retain(|e| e.kind == IcKind::StoreOwn || e.loc & L::OUT_OF_LINE == 0);
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if !entries.is_empty() {
            self.shape_dispatch(None, obj, &entries, slow, |s, e| {
                s.entry_store(inst, obj, e, x, Miss::Slow(slow), false);
                s.b.ins().jump(join, &[]);
            });
        } else if !self.never_ran(&ic) {
            let (yes, no) = self.is_object(obj);
            self.b.switch_to_block(no);
            self.b.ins().jump(slow, &[]);
            self.b.switch_to_block(yes);
            let shape = self.load(I64, obj, L::OBJ_SHAPE);
            let ic_addr = self.code.prop_ic(site) as *mut runtime::ic::PropIc as u64;
            let addr = self.probe_ic(ic_addr, obj, shape, IcKind::StoreOwn, slow);
            self.b.ins().store(mem(), x, addr, 0);
            self.b.ins().jump(join, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let vm = self.vm_v;
        let fp = self.fp_v;
        let kv = self.iconst(key);
        let sv = self.iconst(site as u64);
        let r = self.call(
            abi::h_set_prop as *const () as usize,
            &[vm, fp, obj, kv, sv, x],
        );
        self.check(r);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// Dense elements: the element address of `obj[key]` when `obj` is an
    /// object with dense elements and `key` an int32 below their length,
    /// else a jump to `slow`.
    fn dense_element_addr(
        &mut self,
        obj: clif::Value,
        key: clif::Value,
        slow: clif::Block,
    ) -> clif::Value {
        self.dense_element_addr_known(obj, key, slow, (false, false))
    }

    /// `dense_element_addr`, skipping the checks that `obj` is an object
    /// and `key` an int32 where `known` says so.
    fn dense_element_addr_known(
        &mut self,
        obj: clif::Value,
        key: clif::Value,
        slow: clif::Block,
        (obj_known, key_known): (bool, bool),
    ) -> clif::Value {
        if !obj_known {
            let (yes, no) = self.is_object(obj);
            self.b.switch_to_block(no);
            self.b.ins().jump(slow, &[]);
            self.b.switch_to_block(yes);
        }
        if !key_known {
            let int = self.is_int(key);
            self.continue_if(int, slow);
        }
        let flags = self.load(I8, obj, L::CELL_FLAGS);
        let sparse = self.b.ins().band_imm_s(flags, L::OBJ_FLAG_SPARSE as i64);
        let c2 = self.b.create_block();
        self.b.ins().brif(sparse, slow, &[], c2, &[]);
        self.b.switch_to_block(c2);
        let len = self.load(I32, obj, L::OBJ_ELEM_LEN);
        let k = self.unbox_int(key);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, k, len);
        self.continue_if(inb, slow);
        let elems = self.load(I64, obj, L::OBJ_ELEMENTS);
        let kw = self.b.ins().uextend(I64, k);
        let off = self.b.ins().ishl_imm_s(kw, 3);
        self.b.ins().iadd(elems, off)
    }

    /// `obj[key]`. Speculating, where the site has only read dense
    /// elements of objects at int32 indices, anything else leaves for the
    /// interpreter (which notes it in `elem_fb`), so the load runs no
    /// other code and what is known survives it; past it, `obj` is known
    /// to be an object and `key` an int32.
    fn get_elem(&mut self, inst: ir::Inst, d: &ir::InstData) -> clif::Value {
        let (obj_v, key_v) = (d.args[0], d.args[1]);
        let (co, ck) = (self.cv(obj_v), self.cv(key_v));
        // In an inlined body anything but a dense element makes the call
        // again (abandoning the inline after a store); elsewhere, unless
        // speculating, the helper.
        let inline = self.inline.is_some();
        let spec = self.spec
            && self
                .code
                .elem_fb
                .get(d.site as usize)
                .is_some_and(|c| c.get() == 0);
        let exit = inline || spec;
        if exit && let Some(c) = self.facts.elem(co, ck) {
            return self.forward(d.result, c).expect("a value");
        }
        let obj = self.val(obj_v);
        let key = self.val(key_v);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = if inline {
            self.deopt_exit(inst, DeoptReason::Inlined)
        } else if spec {
            self.deopt_exit(inst, DeoptReason::Elements)
        } else {
            let slow = self.b.create_block();
            self.b.set_cold_block(slow);
            slow
        };
        let known = if exit {
            (self.kobj(obj_v), self.kint(key_v))
        } else {
            (false, false)
        };
        let addr = self.dense_element_addr_known(obj, key, slow, known);
        if exit {
            self.facts.set_kind(co, OBJECT_KIND);
            self.facts.set_int(ck);
        }
        let x = self.load(I64, addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, x, L::HOLE as i64);
        self.b
            .ins()
            .brif(hole, slow, &[], join, &[BlockArg::Value(x)]);
        if exit && let Some(r) = d.result {
            let cr = self.cv(r);
            self.facts.set_elem(co, ck, cr);
        }
        if !exit {
            self.b.switch_to_block(slow);
            self.impure = true;
            self.sync_pc(inst);
            let vm = self.vm_v;
            let r = self.call(abi::h_get_elem as *const () as usize, &[vm, obj, key]);
            self.check(r);
            self.b.ins().jump(join, &[BlockArg::Value(r)]);
        }
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn set_elem(&mut self, inst: ir::Inst, obj: clif::Value, key: clif::Value, x: clif::Value) {
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let addr = self.dense_element_addr(obj, key, slow);
        let old = self.load(I64, addr, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, old, L::HOLE as i64);
        let c = self.b.create_block();
        self.b.ins().brif(hole, slow, &[], c, &[]);
        self.b.switch_to_block(c);
        let shape = self.load(I64, obj, L::OBJ_SHAPE);
        let sflags = self.load(I16, shape, L::SHAPE_FLAGS);
        let frozen = self
            .b
            .ins()
            .band_imm_s(sflags, L::SHAPE_FLAG_FROZEN_ELEMENTS as i64);
        let store = self.b.create_block();
        self.b.ins().brif(frozen, slow, &[], store, &[]);
        self.b.switch_to_block(store);
        self.b.ins().store(mem(), x, addr, 0);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let vm = self.vm_v;
        let fp = self.fp_v;
        let r = self.call(
            abi::h_set_elem as *const () as usize,
            &[vm, fp, obj, key, x],
        );
        self.check(r);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    fn load_global(
        &mut self,
        inst: ir::Inst,
        site: u32,
        key: u64,
        typeof_mode: u64,
    ) -> clif::Value {
        let ic = *self.code.global_ic(site);
        let entries = self.feedback(&ic, &[IcKind::OwnData]);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if let Some(e) = entries.first() {
            let g = self.iconst(L::global_object(self.vm) as u64);
            let shape = self.load(I64, g, L::OBJ_SHAPE);
            let s = self.root(e.shape as usize);
            let eq = self.b.ins().icmp_imm_s(IntCC::Equal, shape, s as i64);
            self.continue_if(eq, slow);
            let x = self.load_loc(g, e.loc);
            self.b.ins().jump(join, &[BlockArg::Value(x)]);
        } else if !self.never_ran(&ic) {
            let g = self.iconst(L::global_object(self.vm) as u64);
            let shape = self.load(I64, g, L::OBJ_SHAPE);
            let ic_addr = self.code.global_ic(site) as *mut runtime::ic::PropIc as u64;
            let addr = self.probe_ic(ic_addr, g, shape, IcKind::OwnData, slow);
            let x = self.load(I64, addr, 0);
            self.b.ins().jump(join, &[BlockArg::Value(x)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let vm = self.vm_v;
        let fp = self.fp_v;
        let kv = self.iconst(key);
        let sv = self.iconst(site as u64);
        let tv = self.iconst(typeof_mode);
        let r = self.call(
            abi::h_load_global as *const () as usize,
            &[vm, fp, kv, sv, tv],
        );
        self.check(r);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn store_global(&mut self, inst: ir::Inst, site: u32, key: u64, x: clif::Value) {
        let ic = *self.code.global_ic(site);
        let entries = self.feedback(&ic, &[IcKind::StoreOwn]);
        let join = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if let Some(e) = entries.first() {
            let g = self.iconst(L::global_object(self.vm) as u64);
            let shape = self.load(I64, g, L::OBJ_SHAPE);
            let s = self.root(e.shape as usize);
            let eq = self.b.ins().icmp_imm_s(IntCC::Equal, shape, s as i64);
            self.continue_if(eq, slow);
            self.store_loc(g, e.loc, x);
            self.b.ins().jump(join, &[]);
        } else if !self.never_ran(&ic) {
            let g = self.iconst(L::global_object(self.vm) as u64);
            let shape = self.load(I64, g, L::OBJ_SHAPE);
            let ic_addr = self.code.global_ic(site) as *mut runtime::ic::PropIc as u64;
            let addr = self.probe_ic(ic_addr, g, shape, IcKind::StoreOwn, slow);
            self.b.ins().store(mem(), x, addr, 0);
            self.b.ins().jump(join, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.impure = true;
        self.sync_pc(inst);
        let vm = self.vm_v;
        let fp = self.fp_v;
        let kv = self.iconst(key);
        let sv = self.iconst(site as u64);
        let r = self.call(
            abi::h_store_global as *const () as usize,
            &[vm, fp, kv, sv, x],
        );
        self.check(r);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }
}

/// Where a failed check of a cached property access goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Miss {
    /// Deoptimise (one case of a polymorphic site: nothing to record).
    Deopt,
    /// Deoptimise; the code is straight-line, so what the checks
    /// establish holds afterwards (`Facts`).
    DeoptRecording,
    /// The generic path at this block (code that does not speculate).
    Slow(clif::Block),
}

/// The primitive types with pseudo shapes in caches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Primitive {
    String,
    Number,
    Boolean,
}

/// Is IR value `v` of `f` typed a boolean (and reachable)?
fn bool_typed(f: &ir::Function, v: ir::Value) -> bool {
    let t = f.values[v.index()].ty;
    !t.is_none() && t.is_subset_of(ir::Type::BOOL)
}

/// The int32 and double conditions of compare `op` (Lt, Le, Gt, Ge,
/// StrictEq, StrictNe).
fn compare_conds(op: Opcode) -> (IntCC, FloatCC) {
    match op {
        Opcode::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
        Opcode::Le => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
        Opcode::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
        Opcode::Ge => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
        Opcode::StrictEq => (IntCC::Equal, FloatCC::Equal),
        _ => (IntCC::NotEqual, FloatCC::NotEqual),
    }
}

/// What an arithmetic site's feedback allows speculating on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    /// Only int32 operands with int32 results (or never run).
    Ints,
    /// Only numbers.
    Numbers,
    Any,
}

/// Does `op` leave what the code knows (`Facts`) intact, when lowered
/// without a generic path (which sets `Lowering::impure`)? Calls and
/// helpers that may run JS code or change shapes do not.
fn keeps_facts(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        Const
            | Param
            | This
            | Callee
            | NewTarget
            | Arguments
            | RestArgs
            | ClosureEnv
            | HomeObject
            | CreateEnv
            | CopyEnv
            | LoadEnv
            | StoreEnv
            | CheckInit
            | CheckThis
            | CheckSuperOnce
            | DerivedResult
            | IsHole
            | Not
            | StrictEq
            | StrictNe
            | Jump
            | Branch
            | Return
            | Throw
            | NewObject
            | NewArray
            | ArrayAppend
            | ArrayAppendHole
            | MakeClosure
            | MakeMethod
            | GetProp
            | GetSuper
            | SetProp
            | GetElem
            | SetElem
            | LoadGlobal
            | StoreGlobal
            | Add
            | Sub
            | Mul
            | Div
            | Mod
            | BitAnd
            | BitOr
            | BitXor
            | Shl
            | Sar
            | Shr
            | Lt
            | Le
            | Gt
            | Ge
            | Neg
            | BitNot
            | ToNumber
            | Inc
            | Dec
    )
}

/// Where a block's facts come from (`Lowering::fact_preds`).
#[derive(Clone, Debug)]
pub(crate) enum FactPreds {
    /// No predecessor: the start of the code.
    None,
    /// An exception handler: entered from anywhere in its region, it
    /// starts knowing nothing.
    Handler,
    /// Its predecessors (each once).
    Some(Vec<ir::Block>),
}

/// May an inlined body's deferred stores stay unwritten across an
/// instruction with opcode `op`? Only across ones that read no named
/// property other than through `GetProp` (which writes a deferred store
/// of its key first) and write none.
fn defer_past(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        Const
            | Param
            | This
            | Callee
            | ClosureEnv
            | LoadEnv
            | CheckInit
            | IsHole
            | ToNumber
            | Inc
            | Dec
            | Neg
            | Not
            | BitNot
            | TypeOf
            | BitAnd
            | BitOr
            | BitXor
            | Shl
            | Sar
            | Shr
            | GetProp
            | SetProp
            | GetElem
            | Add
            | Sub
            | Mul
            | Div
            | Mod
            | Lt
            | Le
            | Gt
            | Ge
            | StrictEq
            | StrictNe
    )
}

/// Per block of `f`: where its facts come from.
pub(crate) fn fact_preds(f: &ir::Function) -> Vec<FactPreds> {
    let mut preds: Vec<Vec<ir::Block>> = vec![Vec::new(); f.blocks.len()];
    let handler = handlers(f, &f.layout);
    for &b in &f.layout {
        for s in f.successors(b) {
            if !preds[s.index()].contains(&b) {
                preds[s.index()].push(b);
            }
        }
    }
    classify_preds(preds, handler)
}

/// Per block of `f`: whether one of `blocks` has it as its handler.
fn handlers(f: &ir::Function, blocks: &[ir::Block]) -> Vec<bool> {
    let mut handler = vec![false; f.blocks.len()];
    for &b in blocks {
        if let Some(h) = f.block(b).handler {
            handler[h.index()] = true;
        }
    }
    handler
}

/// Per block, from its predecessors and whether it is a handler: where its
/// facts come from.
fn classify_preds(preds: Vec<Vec<ir::Block>>, handler: Vec<bool>) -> Vec<FactPreds> {
    preds
        .into_iter()
        .zip(handler)
        .map(|(p, h)| match (h, p.is_empty()) {
            (true, _) => FactPreds::Handler,
            (false, true) => FactPreds::None,
            (false, false) => FactPreds::Some(p),
        })
        .collect()
}

/// Per block of `f`: the parameter (its index) the block only branches on,
/// when the block's one instruction is a branch on it and no parameter of
/// the block is used anywhere else, so that an edge can go past the block
/// (`Lowering::thread`). The IR builds such blocks where `&&` and `||`
/// paths merge.
pub(crate) fn branch_only(f: &ir::Function) -> Vec<Option<u32>> {
    let uses = f.use_counts();
    let handler = handlers(f, &f.layout);
    let mut out = vec![None; f.blocks.len()];
    for &b in &f.layout {
        let data = f.block(b);
        let [i] = data.insts[..] else {
            continue;
        };
        let d = f.inst(i);
        if d.op != Opcode::Branch || handler[b.index()] || b == f.entry() {
            continue;
        }
        let Some(k) = data.params.iter().position(|&p| p == d.args[0]) else {
            continue;
        };
        let mut here = vec![0u32; data.params.len()];
        for a in d.uses() {
            if let Some(j) = data.params.iter().position(|p| p == a) {
                here[j] += 1;
            }
        }
        if data
            .params
            .iter()
            .zip(&here)
            .all(|(p, &n)| uses[p.index()] == n)
        {
            out[b.index()] = Some(k as u32);
        }
    }
    out
}

/// Blocks reachable from `start` (through branches and handlers) in reverse
/// postorder: every block after its dominators.
fn rpo(f: &ir::Function, starts: &[ir::Block]) -> Vec<ir::Block> {
    let mut order = Vec::new();
    let mut seen = vec![false; f.blocks.len()];
    for &start in starts {
        if seen[start.index()] {
            continue;
        }
        let mut stack = vec![(start, 0usize)];
        seen[start.index()] = true;
        while let Some((b, i)) = stack.pop() {
            let succ = f.successors(b);
            if i < succ.len() {
                stack.push((b, i + 1));
                let s = succ[i];
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    stack.push((s, 0));
                }
            } else {
                order.push(b);
            }
        }
    }
    order.reverse();
    order
}

/// The blocks the OSR code of `f` can start at: the targets of backward
/// jumps in the interpreter's code, which is laid out in `f.layout` order
/// (the interpreter counts those jumps and asks for OSR at their targets).
/// The blocks native code can be entered at from a running interpreter
/// frame (`Vm::osr_block`): each loop header and, where a header only jumps
/// on, the blocks its jump threads through to
/// ([`ir::Function::jump_chain`]), because the interpreter's back edges
/// arrive where threading took them.
pub fn osr_entries(f: &ir::Function) -> Vec<ir::Block> {
    osr_entries_of(f, &loop_headers(f))
}

/// The OSR entries of loop headers `headers` (each with its jump chain).
pub fn osr_entries_of(f: &ir::Function, headers: &[ir::Block]) -> Vec<ir::Block> {
    let mut out: Vec<ir::Block> = Vec::new();
    for &h in headers {
        for b in f.jump_chain(h) {
            if !out.contains(&b) {
                out.push(b);
            }
        }
    }
    out
}

pub fn loop_headers(f: &ir::Function) -> Vec<ir::Block> {
    let mut pos = vec![usize::MAX; f.blocks.len()];
    for (i, &b) in f.layout.iter().enumerate() {
        pos[b.index()] = i;
    }
    let mut is_header = vec![false; f.blocks.len()];
    for (i, &b) in f.layout.iter().enumerate() {
        for s in f.successors(b) {
            if pos[s.index()] <= i {
                is_header[s.index()] = true;
            }
        }
    }
    (0..f.blocks.len())
        .filter(|&i| is_header[i])
        .map(|i| ir::Block(i as u32))
        .collect()
}
