//! Lowering: the second pass, from the analysed AST to `ir::Function`s.
//!
//! One [`Lower`] builds one function with an `ir::FunctionBuilder`. Locals
//! that the analysis left in SSA are `ir::Variable`s (numbered by binding
//! id); the current environment is one more variable ([`ENV`]), so that
//! merges and loops see the right environment. Control flow that leaves
//! scopes (`break`, `continue`, `return`, exceptions) restores [`ENV`] to the
//! target's environment; leaving through a `finally` goes through the
//! finally block's completion dispatch ([`Target::Finally`]).
//!
//! Sloppy-mode functions whose parameters are observably aliased by
//! `arguments` (see `FuncInfo::mapped_arguments`) read and write such a
//! parameter through the arguments object while the call passed it (and no
//! `delete arguments[i]` ended the aliasing). FIXME: closures over such a
//! parameter see only the function's own writes, not writes through
//! `arguments`.
//!
//! Files: `stmt.rs` statements and control flow, `expr.rs` expressions,
//! `func.rs` function prologues, object literals and classes.

mod expr;
mod func;
mod stmt;

use ir::{
    Block, Constant, EnvRef, ErrorKind, FuncId, FunctionBuilder, Imm, Module, Opcode, StrId, Type,
    Value, Variable,
};

use crate::diagnostic::{CompileError, Diagnostic};
use crate::scope::{Analysis, BindingId, BindingKind, FuncIdx, Ref, ScopeId, Storage};

/// The SSA variable holding the current environment.
const ENV: Variable = Variable(u32::MAX);
/// The SSA variable holding a script's completion value (see
/// `CompileOptions::completion_value`).
const COMPLETION: Variable = Variable(u32::MAX - 1);

type Result<T> = std::result::Result<T, CompileError>;

/// Lowers every function of the analysed script into a module.
pub fn lower_module(source: &str, an: &Analysis<'_>, completion_value: bool) -> Result<Module> {
    let mut module = Module::new();
    for _ in &an.funcs {
        module.add_function(ir::Function::new("", ir::FunctionKind::Normal));
    }
    module.main = FuncId(0);
    for i in 0..an.funcs.len() {
        let f = func::lower_function(source, an, &mut module, FuncIdx(i as u32), completion_value)?;
        module.functions[i] = f;
    }
    Ok(module)
}

/// Where `break`/`continue`/`return` can go.
enum Target<'a> {
    /// A loop, `switch` or labelled statement.
    Jump {
        labels: Vec<&'a str>,
        is_loop: bool,
        is_switch: bool,
        brk: Block,
        cont: Option<Block>,
        brk_env: Value,
        cont_env: Value,
    },
    /// A `finally` block; exits through it jump there with a completion
    /// kind: 0 normal, 1 throw, 2 return, 3.. the registered jumps.
    Finally {
        block: Block,
        env: Value,
        jumps: Vec<(usize, bool)>,
        returns: bool,
    },
}

const KIND_NORMAL: f64 = 0.0;
const KIND_THROW: f64 = 1.0;
const KIND_RETURN: f64 = 2.0;

/// The state of lowering one function.
struct Lower<'a, 'm> {
    src: &'a str,
    an: &'m Analysis<'a>,
    b: FunctionBuilder<'m>,
    fid: FuncIdx,
    /// The innermost scope at the point being lowered.
    scope: ScopeId,
    targets: Vec<Target<'a>>,
    /// Exit blocks of the optional chains being lowered (and whether the
    /// chain is the operand of `delete`).
    chain_exits: Vec<(Block, bool)>,
    /// Parameters aliased by a sloppy-mode `arguments` object.
    mapped: Vec<Mapped>,
    /// A derived constructor's return block and its value parameter.
    derived_return: Option<(Block, Value)>,
    /// In a script compiled for its completion value: the variable holding
    /// the value of the last expression statement run.
    completion: Option<Variable>,
    /// Outside derived constructors: `this`, read once at entry.
    this: Option<Value>,
}

/// A parameter aliased by the arguments object.
#[derive(Clone, Copy)]
struct Mapped {
    binding: BindingId,
    index: u32,
    /// The arguments object.
    args: Value,
    /// A variable: is the parameter still aliased (passed by the call, not
    /// deleted from the arguments object)?
    flag: Variable,
}

impl<'a, 'm> Lower<'a, 'm> {
    fn unsupported(&self, pos: u32, what: &str) -> CompileError {
        CompileError::Unsupported(Diagnostic::at(self.src, pos, what))
    }

    // ---- emitting ----

    fn at(&mut self, pos: u32) {
        self.b.pos = pos;
    }
    fn ins(&mut self, op: Opcode, args: &[Value], imm: Imm) -> Value {
        self.b.ins_v(op, args, imm)
    }
    fn ins0(&mut self, op: Opcode, args: &[Value], imm: Imm) {
        self.b.ins(op, args, imm);
    }
    fn konst(&mut self, c: Constant) -> Value {
        self.b.constant(c)
    }
    fn undef(&mut self) -> Value {
        self.konst(Constant::Undefined)
    }
    fn hole(&mut self) -> Value {
        self.konst(Constant::Hole)
    }
    fn num(&mut self, n: f64) -> Value {
        self.konst(Constant::Number(n))
    }
    fn boolean(&mut self, v: bool) -> Value {
        self.konst(Constant::Bool(v))
    }
    fn intern(&mut self, s: &str) -> StrId {
        self.b.module.intern(s)
    }
    fn name(&mut self, s: &str) -> Imm {
        Imm::Name(self.intern(s))
    }
    fn text(&mut self, s: &str) -> Imm {
        Imm::Text(self.intern(s))
    }
    fn throw_error(&mut self, kind: ErrorKind, message: &str) {
        let m = self.intern(message);
        self.ins0(Opcode::ThrowError, &[], Imm::Error(kind, m));
    }

    fn jump(&mut self, to: Block, args: &[Value]) {
        self.b.jump(to, args);
    }
    fn branch(&mut self, cond: Value, then: Block, els: Block) {
        self.b.branch(cond, then, els);
    }
    /// Switches to a new block that follows only the current (terminated)
    /// one, or to a fresh unreachable block for dead code.
    fn ensure_reachable(&mut self) {
        if self.b.is_unreachable() {
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
            self.b.seal_block(dead);
        }
    }
    /// Starts lowering into `block`, sealing it.
    fn start_sealed(&mut self, block: Block) {
        self.b.switch_to_block(block);
        self.b.seal_block(block);
    }
    /// Jumps to `to` unless the current block already ended.
    fn jump_if_open(&mut self, to: Block, args: &[Value]) {
        if !self.b.is_unreachable() {
            self.jump(to, args);
        }
    }

    // ---- environments and bindings ----

    fn env(&mut self) -> Value {
        self.b.use_var(ENV)
    }
    fn set_env(&mut self, v: Value) {
        self.b.def_var(ENV, v);
    }

    /// Enters `scope`: creates its environment and initialises its lexical
    /// bindings and function declarations. Returns the environment to
    /// restore on exit.
    fn enter_scope(&mut self, scope: ScopeId) -> Value {
        let outer = self.env();
        self.scope = scope;
        let sc = self.an.scope(scope);
        if sc.has_env() {
            let e = self.ins(Opcode::CreateEnv, &[outer], Imm::Count(sc.env_slots));
            self.set_env(e);
        }
        self.init_lexicals(scope);
        self.instantiate_functions(scope);
        outer
    }

    /// Leaves the current scope for its parent.
    fn exit_scope(&mut self, outer: Value) {
        let sc = self.an.scope(self.scope);
        if sc.has_env() && !self.b.is_unreachable() {
            self.set_env(outer);
        }
        self.scope = sc.parent.expect("scope has a parent");
    }

    /// TDZ bindings that live in SSA start as the hole (env slots already
    /// are).
    fn init_lexicals(&mut self, scope: ScopeId) {
        let sc = self.an.scope(scope);
        for &b in &sc.bindings {
            let bind = self.an.binding(b);
            let tdz = matches!(
                bind.kind,
                BindingKind::Let
                    | BindingKind::Const
                    | BindingKind::Class
                    | BindingKind::ClassInner
            );
            if tdz && bind.storage == Storage::Ssa && bind.tdz_checked {
                let h = self.hole();
                self.b.def_var(Variable(b.0), h);
            }
        }
    }

    /// Hoisted function declarations of `scope`: closures made on entry.
    fn instantiate_functions(&mut self, scope: ScopeId) {
        let sc = self.an.scope(scope);
        if sc.kind == crate::scope::ScopeKind::Script {
            return;
        }
        for &f in &sc.functions {
            let Some(id) = &f.id else { continue };
            self.at(f.span.start);
            let clo = self.closure(f);
            let b = self.an.decls[&crate::scope::addr::<oxc_ast::ast::BindingIdentifier>(id)];
            self.write(b, clo);
        }
    }

    /// A closure of function `f` over the current environment.
    fn closure(&mut self, f: &oxc_ast::ast::Function<'_>) -> Value {
        let id = self.an.func_of[&crate::scope::addr(f)];
        let env = self.env();
        self.ins(Opcode::MakeClosure, &[env], Imm::Func(FuncId(id.0)))
    }

    /// Where env binding `b` is, seen from the current scope.
    fn env_ref(&self, b: BindingId) -> EnvRef {
        let bind = self.an.binding(b);
        let Storage::Env(slot) = bind.storage else {
            panic!("{} is not in an env", bind.name)
        };
        let mut hops = 0u16;
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if id == bind.scope {
                return EnvRef { hops, slot };
            }
            let sc = self.an.scope(id);
            if sc.has_env() {
                hops += 1;
            }
            s = sc.parent;
        }
        panic!("binding {} is not in scope", bind.name)
    }

    /// The value of binding `b` (no TDZ check).
    fn read(&mut self, b: BindingId) -> Value {
        if let Some(&Mapped {
            index, args, flag, ..
        }) = self.mapped.iter().find(|m| m.binding == b)
        {
            // An aliased parameter lives in the arguments object when the
            // call passed it.
            let flag = self.b.use_var(flag);
            let from_args = self.b.create_block();
            let from_slot = self.b.create_block();
            let (join, result) = self.merge_block();
            self.branch(flag, from_args, from_slot);
            self.start_sealed(from_args);
            let i = self.num(index as f64);
            let v = self.ins(Opcode::GetElem, &[args, i], Imm::None);
            self.jump(join, &[v]);
            self.start_sealed(from_slot);
            let v = self.read_slot(b);
            self.jump(join, &[v]);
            self.start_sealed(join);
            return result;
        }
        self.read_slot(b)
    }

    /// The value of binding `b` where the binding itself keeps it.
    fn read_slot(&mut self, b: BindingId) -> Value {
        let bind = self.an.binding(b);
        match bind.storage {
            Storage::Ssa => self.b.use_var(Variable(b.0)),
            Storage::Env(_) => {
                let r = self.env_ref(b);
                let env = self.env();
                self.ins(Opcode::LoadEnv, &[env], Imm::Env(r))
            }
            Storage::Global => {
                let name = self.name(bind.name);
                self.ins(Opcode::LoadGlobal, &[], name)
            }
        }
    }

    /// Sets binding `b` (initialisation or checked assignment).
    fn write(&mut self, b: BindingId, v: Value) {
        self.write_slot(b, v);
        if let Some(&Mapped {
            index, args, flag, ..
        }) = self.mapped.iter().find(|m| m.binding == b)
        {
            let flag = self.b.use_var(flag);
            let to_args = self.b.create_block();
            let join = self.b.create_block();
            self.branch(flag, to_args, join);
            self.start_sealed(to_args);
            let i = self.num(index as f64);
            self.ins0(Opcode::SetElem, &[args, i, v], Imm::None);
            self.jump(join, &[]);
            self.start_sealed(join);
        }
    }

    /// Sets binding `b` itself.
    fn write_slot(&mut self, b: BindingId, v: Value) {
        let bind = self.an.binding(b);
        match bind.storage {
            Storage::Ssa => self.b.def_var(Variable(b.0), v),
            Storage::Env(_) => {
                let r = self.env_ref(b);
                let env = self.env();
                self.ins0(Opcode::StoreEnv, &[env, v], Imm::Env(r));
            }
            Storage::Global => {
                let name = self.name(bind.name);
                self.ins0(Opcode::StoreGlobal, &[v], name);
            }
        }
    }

    /// Reads a resolved reference: a binding (with its TDZ check) or a
    /// global.
    fn read_ref(&mut self, r: Ref, name: &str, pos: u32) -> Value {
        self.at(pos);
        match r.binding {
            None => match name {
                "undefined" => self.undef(),
                "NaN" => self.num(f64::NAN),
                "Infinity" => self.num(f64::INFINITY),
                _ => {
                    let n = self.name(name);
                    self.ins(Opcode::LoadGlobal, &[], n)
                }
            },
            Some(b) => {
                let v = self.read(b);
                if r.check { self.check_init(v, name) } else { v }
            }
        }
    }

    fn check_init(&mut self, v: Value, name: &str) -> Value {
        let n = self.name(name);
        self.ins(Opcode::CheckInit, &[v], n)
    }

    /// Assigns `v` to a resolved reference (`x = v`), with the TDZ and
    /// immutability checks of the binding.
    fn assign_ref(&mut self, r: Ref, name: &str, v: Value, pos: u32) {
        self.at(pos);
        let Some(b) = r.binding else {
            let n = self.name(name);
            self.ins0(Opcode::StoreGlobal, &[v], n);
            return;
        };
        if r.check {
            let old = self.read(b);
            self.check_init(old, name);
        }
        match self.an.binding(b).kind {
            BindingKind::Const | BindingKind::ClassInner => {
                self.throw_error(ErrorKind::TypeError, "Assignment to constant variable.");
            }
            BindingKind::FnName => {
                if self.an.func(self.fid).strict {
                    self.throw_error(ErrorKind::TypeError, "Assignment to constant variable.");
                }
            }
            BindingKind::Var
            | BindingKind::Let
            | BindingKind::Class
            | BindingKind::Param
            | BindingKind::Function
            | BindingKind::BlockFunction
            | BindingKind::CatchParam
            | BindingKind::Arguments
            | BindingKind::This
            | BindingKind::NewTarget
            | BindingKind::Home
            | BindingKind::Callee
            | BindingKind::FieldKey => self.write(b, v),
        }
    }

    // ---- `this` and friends ----

    /// The function providing `this`, `super` and `new.target` here.
    fn this_func(&self) -> FuncIdx {
        self.an.func(self.fid).this_func
    }

    fn is_derived(&self, f: FuncIdx) -> bool {
        self.an.func(f).kind == ir::FunctionKind::DerivedConstructor
    }

    /// `this` without the derived-constructor initialisation check.
    fn this_raw(&mut self) -> Value {
        let p = self.this_func();
        let info = self.an.func(p);
        if p == self.fid && !self.is_derived(p) {
            if let Some(t) = self.this {
                return t;
            }
            return self.ins(Opcode::This, &[], Imm::None);
        }
        let b = info
            .this_binding
            .expect("analysis created the this binding");
        self.read(b)
    }

    /// The value of `this`.
    fn this_value(&mut self) -> Value {
        let v = self.this_raw();
        if self.is_derived(self.this_func()) {
            self.ins(Opcode::CheckThis, &[v], Imm::None)
        } else {
            v
        }
    }

    fn home_value(&mut self) -> Value {
        let p = self.this_func();
        if p == self.fid {
            return self.ins(Opcode::HomeObject, &[], Imm::None);
        }
        let b = self
            .an
            .func(p)
            .home_binding
            .expect("analysis created the home binding");
        self.read(b)
    }

    fn new_target_value(&mut self) -> Value {
        let p = self.this_func();
        if p == self.fid {
            return self.ins(Opcode::NewTarget, &[], Imm::None);
        }
        match self.an.func(p).new_target_binding {
            Some(b) => self.read(b),
            None => self.undef(),
        }
    }

    fn callee_value(&mut self) -> Value {
        let p = self.this_func();
        if p == self.fid {
            return self.ins(Opcode::Callee, &[], Imm::None);
        }
        let b = self
            .an
            .func(p)
            .callee_binding
            .expect("analysis created the callee binding");
        self.read(b)
    }

    // ---- leaving through targets ----

    /// Jumps to the break (or continue) block of `targets[index]`, through
    /// the `finally` blocks in between.
    fn jump_to_target(&mut self, index: usize, is_continue: bool) {
        for j in (index + 1..self.targets.len()).rev() {
            if let Target::Finally {
                block, env, jumps, ..
            } = &mut self.targets[j]
            {
                let k = match jumps.iter().position(|&x| x == (index, is_continue)) {
                    Some(k) => k,
                    None => {
                        jumps.push((index, is_continue));
                        jumps.len() - 1
                    }
                };
                let (block, env) = (*block, *env);
                self.set_env(env);
                let kind = self.num(3.0 + k as f64);
                let u = self.undef();
                self.jump(block, &[kind, u]);
                return;
            }
        }
        let Target::Jump {
            brk,
            cont,
            brk_env,
            cont_env,
            ..
        } = &self.targets[index]
        else {
            panic!("jump to a finally target");
        };
        let (to, env) = if is_continue {
            (cont.expect("continue target is a loop"), *cont_env)
        } else {
            (*brk, *brk_env)
        };
        self.set_env(env);
        self.jump(to, &[]);
    }

    /// `return v`, through the enclosing `finally` blocks.
    fn emit_return(&mut self, v: Value) {
        for j in (0..self.targets.len()).rev() {
            if let Target::Finally {
                block,
                env,
                returns,
                ..
            } = &mut self.targets[j]
            {
                *returns = true;
                let (block, env) = (*block, *env);
                self.set_env(env);
                let kind = self.num(KIND_RETURN);
                self.jump(block, &[kind, v]);
                return;
            }
        }
        if self.is_derived(self.fid) && self.b.handler().is_none() {
            let t = self.this_raw();
            let r = self.ins(Opcode::DerivedResult, &[v, t], Imm::None);
            self.ins0(Opcode::Return, &[r], Imm::None);
            return;
        }
        if self.is_derived(self.fid) {
            // The result check of a derived constructor happens after its
            // body, outside any try: one return block without a handler.
            let (block, _) = *self.derived_return.get_or_insert_with(|| {
                let outer = self.b.set_handler(None);
                let blk = self.b.create_block();
                let p = self.b.append_block_param(blk, Type::ANY);
                self.b.set_handler(outer);
                (blk, p)
            });
            self.jump(block, &[v]);
            return;
        }
        self.ins0(Opcode::Return, &[v], Imm::None);
    }

    /// Emits the shared return block of a derived constructor.
    fn finish_derived_return(&mut self) {
        if let Some((block, v)) = self.derived_return.take() {
            self.start_sealed(block);
            let t = self.this_raw();
            let r = self.ins(Opcode::DerivedResult, &[v, t], Imm::None);
            self.ins0(Opcode::Return, &[r], Imm::None);
        }
    }

    /// A new block with one parameter (for merges of expression values).
    fn merge_block(&mut self) -> (Block, Value) {
        let blk = self.b.create_block();
        let p = self.b.append_block_param(blk, Type::ANY);
        (blk, p)
    }
}
