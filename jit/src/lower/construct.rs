//! `new` and `super(...)`: constructing a closure natively.
//!
//! The constructor's `this` comes from `abi::h_construct_this`, except at
//! sites whose feedback saw one constructor (and, for `super()`, one
//! new.target): there a check of the callee (and new.target) and of
//! new.target's `prototype` against the values the compiled code was
//! specialised for leads to `this` made inline. A derived constructor's
//! `this` is the hole; a base constructor's is an object of the shape
//! `ordinary_create` caches, allocated from the heap's free list with its
//! words written from a template (`Vm::object_template`). A failed check
//! takes the helper, so no site deoptimises here.

use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{BlockArg, InstBuilder};
use runtime::abi;
use runtime::builtins::object;
use runtime::call::{self, NewPlan};
use runtime::interp::DeoptReason;
use runtime::interp::func_info;
use runtime::layout as L;
use runtime::vm::ObjectTemplate;

use super::{CResult, Lowering};
use crate::spec::OBJECT_KIND;

/// How a specialised site makes `this`.
enum ThisPlan {
    /// The callee is a derived constructor: its `super()` makes `this`.
    Hole,
    /// A base constructor: an object allocated inline.
    Alloc {
        /// new.target's `prototype` and where it is kept.
        proto: u64,
        proto_loc: u32,
        shape: u64,
        template: ObjectTemplate,
    },
}

/// The shape of an object allocated inline.
#[derive(Clone, Copy)]
enum Shape {
    /// Known when compiling (the template's).
    Const(u64),
    /// Computed at run time.
    Dynamic(clif::Value),
}

/// The callee and new.target a site was specialised for.
struct CtorPlan {
    info: &'static runtime::interp::FuncInfo,
    callee: u64,
    new_target: u64,
    this: ThisPlan,
}

impl Lowering<'_, '_> {
    /// `new callee(...args)`: closure constructors with native code are
    /// entered directly.
    pub(super) fn js_new(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        callee: clif::Value,
        args: &[clif::Value],
    ) -> CResult<clif::Value> {
        let site = d.site;
        // The whole `new` by the helper: how error paths construct, and
        // the slow path of the others.
        let h_new = move |s: &mut Self, fp: clif::Value, p: clif::Value, n: clif::Value| {
            let vm = s.vm_v;
            let sv = s.iconst(site as u64);
            s.call(
                abi::h_new as *const () as usize,
                &[vm, fp, sv, callee, p, n],
            )
        };
        if self.cold {
            return Ok(self.generic_call_out(inst, args, h_new));
        }
        let plan = self.code.call_fb.get(site as usize).and_then(|c| {
            let fb = c.get();
            if fb.polymorphic {
                return None;
            }
            self.ctor_plan(fb.target, fb.target)
        });
        if let Some(p) = &plan
            && let Some(r) = self.inline_construct(inst, callee, callee, &d.args[1..], p)?
        {
            return Ok(r);
        }
        Ok(self.construct(inst, callee, callee, args, plan, h_new))
    }

    /// `super(...args)` in derived constructor `active`: its parent
    /// (the prototype of `active`) constructed with `new_target`, entered
    /// directly when it has native code.
    pub(super) fn js_super_call(
        &mut self,
        inst: ir::Inst,
        d: &ir::InstData,
        new_target: clif::Value,
        active: clif::Value,
        args: &[clif::Value],
    ) -> CResult<clif::Value> {
        let shape = self.load(I64, active, L::OBJ_SHAPE);
        let parent = self.load(I64, shape, L::SHAPE_PROTO);
        let fb = self.code.super_fb.get();
        let plan = if let Some((active_addr, nt)) = self.inline_ctor() {
            // In an inlined construction both are constants: the parent
            // now, checked when the code runs.
            let parent = call::live_closure(self.vm, active_addr as usize)
                .and_then(|a| a.proto())
                .map(|p| p.addr());
            parent.and_then(|p| self.ctor_plan(p, nt as usize))
        } else if fb.polymorphic {
            None
        } else {
            self.ctor_plan(fb.parent, fb.new_target)
        };
        if let Some(p) = &plan
            && let Some(r) = self.inline_construct(inst, parent, new_target, &d.args[2..], p)?
        {
            return Ok(r);
        }
        Ok(
            self.construct(inst, parent, new_target, args, plan, |s, _fp, p, n| {
                let vm = s.vm_v;
                s.call(
                    abi::h_super_call as *const () as usize,
                    &[vm, new_target, active, p, n],
                )
            }),
        )
    }

    /// The construction planned by `plan` inlined (see `inline.rs`): the
    /// callee and new.target checked, `this` allocated inline for a base
    /// constructor, its body lowered in place. A failed check deopts at
    /// `inst`. `None` leaves it to `construct`.
    fn inline_construct(
        &mut self,
        inst: ir::Inst,
        callee: clif::Value,
        new_target: clif::Value,
        args: &[ir::Value],
        plan: &CtorPlan,
    ) -> CResult<Option<clif::Value>> {
        if !self.may_inline() {
            return Ok(None);
        }
        let base = matches!(plan.this, ThisPlan::Alloc { .. });
        let Some(body) = self.inlinable(plan.info, base, true) else {
            return Ok(None);
        };
        let Some(entry) = self.inline_entry(inst, false) else {
            return Ok(None);
        };
        let ctor_this = self.planned_this(callee, new_target, plan, entry.bail);
        self.inline_construct_body(
            plan.info,
            body,
            args,
            entry,
            (plan.callee, plan.new_target),
            ctor_this,
        )
    }

    /// The plan for constructing the closure at `callee` with the closure
    /// at `new_target` (addresses from feedback: they are checked to be
    /// live closures still).
    fn ctor_plan(&mut self, callee: usize, new_target: usize) -> Option<CtorPlan> {
        let f = call::live_closure(self.vm, callee)?;
        let nt = call::live_closure(self.vm, new_target)?;
        let kind = func_info(f).kind;
        let this = if kind == ir::FunctionKind::DerivedConstructor {
            ThisPlan::Hole
        } else if kind.is_constructor() {
            let NewPlan {
                proto,
                proto_slot,
                shape,
            } = call::new_plan(nt)?;
            let template = self.vm.object_template(shape)?;
            ThisPlan::Alloc {
                proto: self.root(proto.addr()),
                proto_loc: runtime::shape::slot_location(nt.shape(), proto_slot),
                shape: self.root(shape.ptr() as usize),
                template,
            }
        } else {
            return None;
        };
        Some(CtorPlan {
            info: func_info(f),
            callee: self.root(f.addr()),
            new_target: self.root(nt.addr()),
            this,
        })
    }

    /// Constructs `callee` with `new_target`: natively when the callee is a
    /// closure constructor with native code (its `this` made as `plan`
    /// says when its checks hold, else by `h_construct_this`), otherwise by
    /// `slow_call(frame, args pointer, count)`, a helper doing the whole
    /// operation. From an inlined body it is a call out (see
    /// `out_call_frames`).
    fn construct(
        &mut self,
        inst: ir::Inst,
        callee: clif::Value,
        new_target: clif::Value,
        args: &[clif::Value],
        plan: Option<CtorPlan>,
        slow_call: impl FnOnce(&mut Self, clif::Value, clif::Value, clif::Value) -> clif::Value,
    ) -> clif::Value {
        let fp = self.call_frame_record(inst);
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);

        let this = self.construct_this(callee, new_target, plan, slow);
        let info = self.load(I64, callee, L::FUNC_INFO);
        let entry = self.load(I64, info, L::FI_JIT_ENTRY);
        let r = self.enter_native(info, entry, callee, this, new_target, args, slow);
        // A base constructor's result is its `this` unless it returned an
        // object.
        let keep = self.b.create_block();
        let (is_obj, not_obj) = self.is_object(r);
        self.b.switch_to_block(is_obj);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(not_obj);
        let derived = self.b.ins().icmp_imm_s(IntCC::Equal, this, L::HOLE as i64);
        self.b
            .ins()
            .brif(derived, join, &[BlockArg::Value(r)], keep, &[]);
        self.b.switch_to_block(keep);
        self.b.ins().jump(join, &[BlockArg::Value(this)]);

        self.b.switch_to_block(slow);
        let (p, n) = self.spill_args(args);
        let r = slow_call(self, fp, p, n);
        self.check(r);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        self.finish_out_call();
        self.b.block_params(join)[0]
    }

    /// The `this` for constructing `callee` with `new_target` natively, or
    /// a jump to `slow` when the generic path must run.
    fn construct_this(
        &mut self,
        callee: clif::Value,
        new_target: clif::Value,
        plan: Option<CtorPlan>,
        slow: clif::Block,
    ) -> clif::Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let helper = self.b.create_block();
        if let Some(plan) = plan {
            let this = match self.planned_this(callee, new_target, &plan, helper) {
                Some((o, _)) => o,
                None => self.iconst(L::HOLE),
            };
            self.b.ins().jump(done, &[BlockArg::Value(this)]);
            self.b.set_cold_block(helper);
        } else {
            self.b.ins().jump(helper, &[]);
        }

        self.b.switch_to_block(helper);
        let vm = self.vm_v;
        let this = self.call(
            abi::h_construct_this as *const () as usize,
            &[vm, callee, new_target],
        );
        let native = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, this, L::GENERIC as i64);
        self.continue_if(native, slow);
        self.check(this);
        self.b.ins().jump(done, &[BlockArg::Value(this)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// The checks that `plan` holds for constructing `callee` with
    /// `new_target` (callee, new.target, and for a base constructor
    /// new.target's `prototype`), each going to `miss` when it fails; then
    /// a base constructor's `this`, allocated inline, with its shape (none
    /// for a derived constructor, whose `super()` makes `this`).
    fn planned_this(
        &mut self,
        callee: clif::Value,
        new_target: clif::Value,
        plan: &CtorPlan,
        miss: clif::Block,
    ) -> Option<(clif::Value, u64)> {
        let mut same = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee, plan.callee as i64);
        if new_target != callee {
            let same_nt = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, new_target, plan.new_target as i64);
            same = self.b.ins().band(same, same_nt);
        }
        self.continue_if(same, miss);
        match &plan.this {
            ThisPlan::Hole => None,
            ThisPlan::Alloc {
                proto,
                proto_loc,
                shape,
                template,
            } => {
                let nt = self.iconst(plan.new_target);
                let p = self.load_loc(nt, *proto_loc);
                let same_proto = self.b.ins().icmp_imm_s(IntCC::Equal, p, *proto as i64);
                self.continue_if(same_proto, miss);
                let o = self.alloc_inline(template, Shape::Const(*shape));
                Some((o, *shape))
            }
        }
    }

    /// `Object.create(p)` at a site whose feedback saw only the built-in
    /// (its identity checked, else deopt): a null `p`, or the prototype in
    /// `Vm::create_cache`, gives an object allocated inline; other values
    /// take `h_object_create`.
    pub(super) fn spec_object_create(
        &mut self,
        inst: ir::Inst,
        site: u32,
        f: clif::Value,
        args: &[ir::Value],
    ) -> Option<clif::Value> {
        if !self.spec || args.len() != 1 {
            return None;
        }
        let fb = self.code.call_fb.get(site as usize)?.get();
        if fb.polymorphic {
            return None;
        }
        let target = call::live_native(self.vm, fb.target)?;
        if !object::is_create(target.value()) {
            return None;
        }
        let null_shape = object::shape_for_proto(self.vm, None);
        let template = self.vm.object_template(null_shape)?;
        let t = self.root(target.addr());
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, t as i64);
        self.guard(inst, same, DeoptReason::CallTarget);
        let null_shape = self.root(null_shape.ptr() as usize);

        let p = self.val(args[0]);
        let vm = self.vm_v;
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let alloc = self.b.create_block();
        self.b.append_block_param(alloc, I64);
        let cached = self.b.create_block();
        let helper = self.b.create_block();
        self.b.set_cold_block(helper);
        let not_null = self.b.create_block();
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, p, L::NULL as i64);
        let ns = self.iconst(null_shape);
        self.b
            .ins()
            .brif(is_null, alloc, &[BlockArg::Value(ns)], not_null, &[]);
        self.b.switch_to_block(not_null);
        let cp = self.load(I64, vm, L::VM_CREATE_PROTO);
        let hit = self.b.ins().icmp(IntCC::Equal, p, cp);
        self.b.ins().brif(hit, cached, &[], helper, &[]);
        self.b.switch_to_block(cached);
        let cs = self.load(I64, vm, L::VM_CREATE_SHAPE);
        self.b.ins().jump(alloc, &[BlockArg::Value(cs)]);

        self.b.switch_to_block(helper);
        self.sync_pc(inst);
        let o = self.call(abi::h_object_create as *const () as usize, &[vm, p]);
        // A prototype that is not an object or null throws.
        self.check(o);
        self.b.ins().jump(done, &[BlockArg::Value(o)]);

        self.b.switch_to_block(alloc);
        let shape = self.b.block_params(alloc)[0];
        let o = self.alloc_inline(&template, Shape::Dynamic(shape));
        self.b.ins().jump(done, &[BlockArg::Value(o)]);
        self.b.switch_to_block(done);
        self.pure_call = true;
        Some(self.b.block_params(done)[0])
    }

    /// `[]`: an empty array allocated inline (by the helper under
    /// `--gc-stress`), known to have the array shape.
    pub(super) fn new_empty_array(&mut self, result: Option<ir::Value>) -> clif::Value {
        let shape = self.vm.realm.array_shape;
        let Some(template) = self.vm.object_template(shape) else {
            let (vm, zero) = (self.vm_v, self.iconst(0));
            return self.call(abi::h_new_array as *const () as usize, &[vm, zero, zero]);
        };
        let s = self.root(shape.ptr() as usize);
        let o = self.alloc_inline(&template, Shape::Const(s));
        if let Some(r) = result {
            let c = self.cv(r);
            self.facts.set_shape(c, s);
            self.facts.set_kind(c, OBJECT_KIND);
            self.facts.set_fresh(c);
        }
        o
    }

    /// A new object of `shape` laid out as `t`: popped from the free list
    /// and written word by word, or made by a helper when the collector's
    /// budget is spent or the list is empty. A dynamic shape must have the
    /// class and inline capacity of the template's.
    fn alloc_inline(&mut self, t: &ObjectTemplate, shape: Shape) -> clif::Value {
        let vm = self.vm_v;
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let fast = self.b.create_block();
        let helper = self.b.create_block();
        self.b.set_cold_block(helper);

        let bytes = self.load(I64, vm, L::VM_GC_BYTES);
        let limit = self.load(I64, vm, L::VM_GC_THRESHOLD);
        let after = self.b.ins().iadd_imm_s(bytes, t.size as i64);
        let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, after, limit);
        let head_at = self.iconst(t.free_list as u64);
        let cell = self.load(I64, head_at, 0);
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, cell, 0);
        let no = self.b.ins().bor(over, empty);
        self.b.ins().brif(no, helper, &[], fast, &[]);

        self.b.switch_to_block(fast);
        self.store(after, vm, L::VM_GC_BYTES);
        let next = self.load(I64, cell, L::FREE_NEXT);
        self.store(next, head_at, 0);
        for (i, &w) in t.words.iter().enumerate() {
            let x = match shape {
                Shape::Dynamic(s) if 8 * i as i32 == L::OBJ_SHAPE => s,
                _ => self.iconst(w),
            };
            self.store(x, cell, 8 * i as i32);
        }
        self.b.ins().jump(done, &[BlockArg::Value(cell)]);

        self.b.switch_to_block(helper);
        let s = match shape {
            Shape::Const(s) => self.iconst(s),
            Shape::Dynamic(s) => s,
        };
        let o = self.call(abi::h_new_object_of_shape as *const () as usize, &[vm, s]);
        self.b.ins().jump(done, &[BlockArg::Value(o)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }
}
