//! The baseline interpreter: it runs the IR.
//!
//! Each IR function is decoded once, at its first call, into `Code`: one
//! `Op` per IR instruction in block layout order, operands as register
//! numbers (an SSA value's id is its register), immediates resolved to
//! atoms and constants, block arguments turned into parallel moves on the
//! edges, and exception handlers into a per-instruction table. Nothing is
//! re-derived or reordered: the IR stays the single source of truth for the
//! interpreter and the JIT.
//!
//! Registers live in the VM's value stack; a frame is
//! `[args][registers]`. Property, global, call and arithmetic sites own
//! feedback slots in `Code` (the inline caches of `ic.rs`).

use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};

use ir::{Constant, FunctionKind, Imm, Opcode};

use crate::atoms;
use crate::conv;
use crate::ic::{self, PropIc};
use crate::object::*;
use crate::ops::{self, CmpOp, NumOp};
use crate::property::{self, PropKey};
use crate::shape;
use crate::string::Atom;
use crate::value::Value;
use crate::vm::{FrameRecord, JsResult, MAX_CALL_DEPTH, Submitted, Thrown, Vm};

/// A compiled script, kept for the life of the VM.
pub struct LoadedModule {
    pub index: u32,
    pub file_name: String,
    pub source: String,
    line_starts: Vec<u32>,
    pub ir: ir::Module,
    /// Module string id → string value (interned).
    pub strings: Vec<Value>,
    /// Module string id → property key.
    pub keys: Vec<PropKey>,
    /// Tagged templates' objects, made at first evaluation.
    pub template_objects: Vec<Cell<Value>>,
    pub funcs: Vec<FuncInfo>,
}

/// What the runtime knows about one IR function.
pub struct FuncInfo {
    pub module: u32,
    pub id: ir::FuncId,
    pub kind: FunctionKind,
    pub strict: bool,
    pub name: Atom,
    pub length: u32,
    pub expected_props: u32,
    pub code: OnceCell<Box<Code>>,
    /// `new` on this function: the last (prototype address, initial shape).
    pub ctor_shape: Cell<(usize, *mut ShapeCell)>,
    /// Calls so far (tier-up counter for the JIT).
    pub calls: Cell<u32>,
    /// Loop back-edges taken in the interpreter (OSR counter).
    pub loops: Cell<u32>,
    /// Native entry point (0: none yet).
    pub jit_entry: Cell<usize>,
    /// The native entry for plain calls: `jit_entry`, except for class
    /// constructors (which plain calls must reject), where it stays 0.
    pub jit_call_entry: Cell<usize>,
    /// One of the `JIT_*` states.
    pub jit_state: Cell<u8>,
    /// Bumped at each deopt: a background compilation started before it
    /// was built from older feedback, and its code is dropped.
    pub compile_gen: Cell<u32>,
    /// The loop headers (IR block indices) where an activation running in
    /// the interpreter can enter `jit_entry` (OSR), or `osr_entry` while
    /// the function is not compiled for calls.
    pub osr_headers: RefCell<Vec<u32>>,
    /// Code for OSR only (0: none), compiled when a loop got hot in the
    /// function's first activation.
    pub osr_entry: Cell<usize>,
    /// Cells native code embeds (shapes, holders, validity cells): roots.
    pub jit_roots: RefCell<Vec<Value>>,
    /// Times speculative native code of this function gave its frame back
    /// to the interpreter; past `MAX_DEOPTS` it is compiled without
    /// speculation.
    pub deopts: Cell<u32>,
    /// Deopts that kept the code (`DeoptReason::keeps_code`) so far.
    pub soft_deopts: Cell<u32>,
    /// The deopt points of every compilation (kept while any code that
    /// refers to them may still be running).
    pub deopt_points: RefCell<Vec<Box<DeoptPoint>>>,
}

/// `FuncInfo::jit_state`: not compiled for calls (it may have OSR-only code).
pub const JIT_NONE: u8 = 0;
/// Compiled: `jit_entry` is its code.
pub const JIT_COMPILED: u8 = 1;
/// It cannot be compiled; it stays in the interpreter.
pub const JIT_FAILED: u8 = 2;
/// Being compiled (for calls) on the backend's thread.
pub const JIT_QUEUED: u8 = 3;
/// Its OSR-only code is being compiled on the backend's thread.
pub const JIT_OSR_QUEUED: u8 = 4;

/// Back edges between looks for a loop's code while it is being compiled.
const OSR_POLL: u32 = 64;

/// Deopts of one function after which it is compiled without speculation.
pub const MAX_DEOPTS: u32 = 4;

/// Why speculative native code gave its frame back to the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeoptReason {
    /// A property site's receiver has a shape its feedback did not show.
    Shape,
    /// The global object's shape changed.
    GlobalShape,
    /// A prototype the site relies on changed (its validity cell).
    ProtoCell,
    /// Adding a property to an object that is some object's prototype.
    ProtoObject,
    /// An operand that is not an int32 where only int32s were seen.
    NotInt,
    /// An int32 result overflowed (or would be -0 or fractional).
    Overflow,
    /// An operand that is not a number where only numbers were seen.
    NotNumber,
    /// An operand of `+` that is not a string where only strings were
    /// seen (or a result too long for a string).
    NotString,
    /// A call site inlined for one function (a built-in) calls another.
    CallTarget,
    /// An element load met something other than a dense element of an
    /// object at an int32 index, or an inlined array built-in met holes,
    /// sparse elements or a read-only length.
    Elements,
    /// A call inlined as its callee's body met another callee, or a check
    /// in the body failed (the interpreter makes the whole call).
    Inlined,
    /// `charCodeAt` met an index outside its string. The code stays: only
    /// this activation goes on in the interpreter, up to `SOFT_DEOPTS`
    /// times per function (then the code is dropped, and compiled again
    /// without the speculation).
    Range,
}

/// Deopts per function that keep its code (`DeoptReason::keeps_code`).
pub const SOFT_DEOPTS: u32 = 8;

impl DeoptReason {
    pub fn text(self) -> &'static str {
        match self {
            DeoptReason::Shape => "wrong shape",
            DeoptReason::GlobalShape => "global object changed shape",
            DeoptReason::ProtoCell => "prototype chain changed",
            DeoptReason::ProtoObject => "store to a prototype",
            DeoptReason::NotInt => "not an int32",
            DeoptReason::Overflow => "int32 overflow",
            DeoptReason::NotNumber => "not a number",
            DeoptReason::CallTarget => "another function called",
            DeoptReason::Elements => "array not dense",
            DeoptReason::NotString => "not a string",
            DeoptReason::Inlined => "inlined call gave way",
            DeoptReason::Range => "index out of range",
        }
    }

    /// A deopt for a rare event that leaves the code installed (while the
    /// function has had fewer than `SOFT_DEOPTS` of them).
    pub fn keeps_code(self) -> bool {
        self == DeoptReason::Range
    }
}

/// A place where speculative native code can resume its frame in the
/// interpreter: the op to run next (which runs again in full, so the
/// interpreter's feedback records what the guard did not expect) and the
/// registers of the values live there, in the order the code spills them.
///
/// A check inside an inlined callee, after the callee has stored, cannot
/// make the whole call again: its point rebuilds the callees' frames
/// (`frames`, outermost first), and `pc` is then the call in the compiled
/// function's own frame, which goes on after it when the callees return.
#[derive(Debug)]
pub struct DeoptPoint {
    pub pc: u32,
    pub reason: DeoptReason,
    pub regs: Box<[u32]>,
    pub frames: Box<[DeoptFrame]>,
}

/// The frame of an inlined callee that a deopt builds: the closure
/// (a constant of the code, rooted by it), the op it resumes at (a call,
/// except in the innermost frame: the instruction whose check failed), the
/// caller's register for its result, its number of arguments and the
/// registers of its live values. The code spills its `this`, its
/// arguments, then those values.
#[derive(Debug)]
pub struct DeoptFrame {
    pub callee: u64,
    pub pc: u32,
    pub ret: u32,
    pub argc: u32,
    pub regs: Box<[u32]>,
}

impl DeoptPoint {
    /// How many values the code spills for this point.
    pub fn spilled(&self) -> usize {
        let inlined: usize = self
            .frames
            .iter()
            .map(|f| 1 + f.argc as usize + f.regs.len())
            .sum();
        self.regs.len() + inlined
    }
}

/// The `FuncInfo` of a frame record.
pub(crate) fn info_ref(p: *const FuncInfo) -> &'static FuncInfo {
    // SAFETY: function infos live in leaked modules, never freed.
    unsafe { &*p }
}

/// The `FuncInfo` of a closure object.
#[inline]
pub fn func_info(f: ObjRef) -> &'static FuncInfo {
    debug_assert_eq!(f.class(), Class::Function);
    info_ref(f.word(0) as *const FuncInfo)
}

impl LoadedModule {
    /// Registers a compiled module with the VM.
    pub fn load(
        vm: &mut Vm,
        module: ir::Module,
        file_name: &str,
        source: &str,
    ) -> &'static LoadedModule {
        let index = vm.modules.len() as u32;
        let mut strings = Vec::with_capacity(module.strings.len());
        let mut keys = Vec::with_capacity(module.strings.len());
        for s in &module.strings {
            let atom = vm.intern(s);
            strings.push(vm.atom_value(atom));
            keys.push(PropKey::from_atom(vm, atom));
        }
        let mut funcs = Vec::with_capacity(module.functions.len());
        for (i, f) in module.functions.iter().enumerate() {
            let name = vm.intern_str(&f.name);
            funcs.push(FuncInfo {
                module: index,
                id: ir::FuncId(i as u32),
                kind: f.kind,
                strict: f.strict,
                name,
                length: f.length,
                expected_props: f.expected_props,
                code: OnceCell::new(),
                ctor_shape: Cell::new((0, std::ptr::null_mut())),
                calls: Cell::new(0),
                loops: Cell::new(0),
                jit_entry: Cell::new(0),
                jit_call_entry: Cell::new(0),
                jit_state: Cell::new(JIT_NONE),
                compile_gen: Cell::new(0),
                osr_headers: RefCell::new(Vec::new()),
                osr_entry: Cell::new(0),
                jit_roots: RefCell::new(Vec::new()),
                deopts: Cell::new(0),
                soft_deopts: Cell::new(0),
                deopt_points: RefCell::new(Vec::new()),
            });
        }
        let n_templates = module.templates.len();
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        let m: &'static LoadedModule = Box::leak(Box::new(LoadedModule {
            index,
            file_name: file_name.to_string(),
            source: source.to_string(),
            line_starts,
            ir: module,
            strings,
            keys,
            template_objects: (0..n_templates)
                .map(|_| Cell::new(Value::UNDEFINED))
                .collect(),
            funcs,
        }));
        vm.modules.push(m);
        m
    }

    /// 1-based line and column (in UTF-16 units) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1] as usize;
        let end = (offset as usize).min(self.source.len());
        let col = self
            .source
            .get(start..end)
            .map_or(0, |s| s.encode_utf16().count());
        (line as u32, col as u32 + 1)
    }

    /// Source position of instruction `pc` of `info`.
    pub fn position_of(&self, info: &FuncInfo, pc: u32) -> (u32, u32) {
        let offset = info
            .code
            .get()
            .and_then(|c| c.positions.get(pc as usize).copied())
            .unwrap_or(0);
        self.line_col(offset)
    }

    /// The source text of a function.
    pub fn function_text(&self, id: ir::FuncId) -> &str {
        let (s, e) = self.ir.func(id).span;
        self.source.get(s as usize..e as usize).unwrap_or("")
    }

    /// Visits the module's GC references (strings, inline caches).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for &s in &self.strings {
            f(s);
        }
        for t in &self.template_objects {
            f(t.get());
        }
        for info in &self.funcs {
            let (_, shape) = info.ctor_shape.get();
            if !shape.is_null() {
                f(Value::from_bits(shape as u64));
            }
            if let Some(code) = info.code.get() {
                code.trace(f);
            }
            for &v in info.jit_roots.borrow().iter() {
                f(v);
            }
        }
    }
}

impl FuncInfo {
    /// The decoded code, decoding at first use.
    #[inline]
    pub fn code(&'static self, vm: &Vm) -> &'static Code {
        self.code.get_or_init(|| {
            let module = vm.modules[self.module as usize];
            Box::new(decode(module, module.ir.func(self.id)))
        })
    }
    pub fn module(&self, vm: &Vm) -> &'static LoadedModule {
        vm.modules[self.module as usize]
    }
}

type R = u32;

/// One decoded instruction. Registers are `R`; `key` fields index the
/// module's key table; `site` fields index the code's feedback tables.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    Const {
        dst: R,
        k: u32,
    },
    Param {
        dst: R,
        i: u32,
    },
    This {
        dst: R,
    },
    Callee {
        dst: R,
    },
    NewTarget {
        dst: R,
    },
    Arguments {
        dst: R,
    },
    RestArgs {
        dst: R,
        start: u32,
    },
    ClosureEnv {
        dst: R,
    },
    HomeObject {
        dst: R,
    },
    CreateEnv {
        dst: R,
        parent: R,
        n: u32,
    },
    CopyEnv {
        dst: R,
        env: R,
    },
    LoadEnv {
        dst: R,
        env: R,
        hops: u32,
        slot: u32,
    },
    StoreEnv {
        env: R,
        val: R,
        hops: u32,
        slot: u32,
    },
    CheckInit {
        dst: R,
        v: R,
        name: u32,
    },
    ThrowError {
        kind: u8,
        msg: u32,
    },
    LoadGlobal {
        dst: R,
        key: u32,
        site: u32,
    },
    LoadGlobalOrUndefined {
        dst: R,
        key: u32,
        site: u32,
    },
    StoreGlobal {
        v: R,
        key: u32,
        site: u32,
    },
    DeclareGlobalVar {
        key: u32,
    },
    DeclareGlobalFunction {
        v: R,
        key: u32,
    },
    GetProp {
        dst: R,
        obj: R,
        key: u32,
        site: u32,
    },
    SetProp {
        obj: R,
        v: R,
        key: u32,
        site: u32,
    },
    GetElem {
        dst: R,
        obj: R,
        key: R,
        site: u32,
    },
    SetElem {
        obj: R,
        key: R,
        v: R,
        site: u32,
    },
    HasProp {
        dst: R,
        key: R,
        obj: R,
    },
    DeleteProp {
        dst: R,
        obj: R,
        key: u32,
    },
    DeleteElem {
        dst: R,
        obj: R,
        key: R,
    },
    GetSuper {
        dst: R,
        home: R,
        this: R,
        key: u32,
    },
    SuperBase {
        dst: R,
        home: R,
    },
    TemplateObject {
        dst: R,
        id: u32,
    },
    GetSuperElem {
        dst: R,
        home: R,
        this: R,
        key: R,
    },
    SetSuper {
        home: R,
        this: R,
        v: R,
        key: u32,
    },
    SetSuperElem {
        list: u32,
    },
    NewObject {
        dst: R,
        props: u32,
    },
    DefineField {
        obj: R,
        v: R,
        key: u32,
        attrs: u8,
    },
    DefineFieldElem {
        obj: R,
        key: R,
        v: R,
        attrs: u8,
    },
    DefineGetter {
        obj: R,
        f: R,
        key: u32,
        attrs: u8,
    },
    DefineSetter {
        obj: R,
        f: R,
        key: u32,
        attrs: u8,
    },
    DefineGetterElem {
        obj: R,
        key: R,
        f: R,
        attrs: u8,
    },
    DefineSetterElem {
        obj: R,
        key: R,
        f: R,
        attrs: u8,
    },
    SetProtoLiteral {
        obj: R,
        proto: R,
    },
    NewArray {
        dst: R,
        list: u32,
        n: u32,
    },
    ArrayAppend {
        arr: R,
        v: R,
    },
    ArrayAppendSpread {
        arr: R,
        v: R,
        text: u32,
        args: bool,
    },
    ArrayAppendHole {
        arr: R,
    },
    MakeClosure {
        dst: R,
        env: R,
        func: u32,
    },
    MakeMethod {
        dst: R,
        env: R,
        home: R,
        func: u32,
    },
    MakeClass {
        dst: R,
        env: R,
        heritage: R,
        func: u32,
    },
    SetFieldInit {
        cls: R,
        f: R,
    },
    InitFields {
        this: R,
        cls: R,
    },
    Call {
        dst: R,
        list: u32,
        argc: u32,
        site: u32,
    },
    CallMethod {
        dst: R,
        list: u32,
        argc: u32,
        site: u32,
    },
    CallSpread {
        dst: R,
        list: u32,
        site: u32,
    },
    New {
        dst: R,
        list: u32,
        argc: u32,
        site: u32,
    },
    NewSpread {
        dst: R,
        callee: R,
        arr: R,
        site: u32,
    },
    SuperCall {
        dst: R,
        list: u32,
        argc: u32,
    },
    SuperCallSpread {
        dst: R,
        list: u32,
    },
    CheckThis {
        dst: R,
        v: R,
    },
    CheckSuperOnce {
        v: R,
    },
    DerivedResult {
        dst: R,
        v: R,
        this: R,
    },
    Add {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Sub {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Mul {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Div {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Mod {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Exp {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    BitAnd {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    BitOr {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    BitXor {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Shl {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Sar {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Shr {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Lt {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Le {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Gt {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Ge {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    LooseEq {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    LooseNe {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    StrictEq {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    StrictNe {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    Neg {
        dst: R,
        a: R,
        site: u32,
    },
    BitNot {
        dst: R,
        a: R,
        site: u32,
    },
    ToNumber {
        dst: R,
        a: R,
        site: u32,
    },
    Inc {
        dst: R,
        a: R,
        site: u32,
    },
    Dec {
        dst: R,
        a: R,
        site: u32,
    },
    Not {
        dst: R,
        a: R,
    },
    TypeOf {
        dst: R,
        a: R,
    },
    InstanceOf {
        dst: R,
        a: R,
        b: R,
        site: u32,
    },
    ToStr {
        dst: R,
        a: R,
    },
    ToPropertyKey {
        dst: R,
        a: R,
    },
    ForInStart {
        dst: R,
        obj: R,
    },
    ForInNext {
        dst: R,
        it: R,
    },
    ForOfStart {
        dst: R,
        v: R,
        text: u32,
    },
    ForOfNext {
        dst: R,
        it: R,
    },
    IsHole {
        dst: R,
        a: R,
    },
    Jump {
        edge: u32,
    },
    Branch {
        cond: R,
        then_edge: u32,
        else_edge: u32,
    },
    /// A compare fused with the branch on its result.
    JumpLt {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    JumpLe {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    JumpGt {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    JumpGe {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    JumpStrictEq {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    JumpStrictNe {
        a: R,
        b: R,
        then_edge: u32,
        else_edge: u32,
        site: u32,
    },
    Return {
        v: R,
    },
    Throw {
        v: R,
    },
}

/// A control-flow edge: target and the parallel moves into its parameters.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    pub target: u32,
    /// The IR block of the target (OSR enters loops at their header).
    pub block: u32,
    pub moves: u32,
    pub n: u32,
}

/// Arithmetic feedback: which operand kinds a site has seen.
pub mod seen {
    pub const INT: u8 = 1;
    pub const DOUBLE: u8 = 2;
    pub const STRING: u8 = 4;
    pub const OTHER: u8 = 8;
}

/// Call feedback: the single target seen, or polymorphic.
#[derive(Clone, Copy, Debug, Default)]
pub struct CallFeedback {
    pub target: usize,
    pub polymorphic: bool,
}

/// The targets a polymorphic call site saw besides `CallFeedback::target`
/// (kept apart so that the interpreter's note of a call stays small).
#[derive(Clone, Copy, Debug, Default)]
pub struct MoreTargets {
    /// Up to `more.len()` of them (0: none), unless `megamorphic`.
    pub more: [usize; 7],
    /// More targets seen than `target` and `more` hold.
    pub megamorphic: bool,
}

/// `super(...)` feedback of a derived constructor: the single parent
/// constructor and new.target seen, or polymorphic.
#[derive(Clone, Copy, Debug, Default)]
pub struct SuperFeedback {
    pub parent: usize,
    pub new_target: usize,
    pub polymorphic: bool,
}

/// A decoded function.
pub struct Code {
    pub ops: Vec<Op>,
    pub nregs: u32,
    pub positions: Vec<u32>,
    pub consts: Vec<Value>,
    pub edges: Vec<Edge>,
    /// (destination, source) register pairs of edge moves.
    pub moves: Vec<(R, R)>,
    /// Operand lists of variadic ops.
    pub lists: Vec<R>,
    /// Per op: index into `handlers`, or NO_HANDLER.
    pub handler_of: Vec<u32>,
    /// (handler pc, exception register).
    pub handlers: Vec<(u32, R)>,
    pub prop_ics: Box<[UnsafeCell<PropIc>]>,
    pub global_ics: Box<[UnsafeCell<PropIc>]>,
    pub call_fb: Box<[Cell<CallFeedback>]>,
    pub call_more: Box<[Cell<MoreTargets>]>,
    pub super_fb: Cell<SuperFeedback>,
    /// Per call site: (encoded method key or u32::MAX, callee text string id).
    pub call_text: Vec<(u32, u32)>,
    /// The registers a frame starts with: constants in place, holes elsewhere.
    pub init: Vec<Value>,
    /// Per IR instruction: the index of its op (native code records it in
    /// frame records, so positions and stack traces work in either tier).
    pub op_of_inst: Vec<u32>,
    /// `get_super` ops: (encoded key, property site).
    pub super_sites: Vec<(u32, u32)>,
    /// Keys that are array indices (see `enc_key`), and their atoms.
    pub keys: Vec<PropKey>,
    pub index_atoms: Vec<Atom>,
    pub arith_fb: Box<[Cell<u8>]>,
    /// Per property site of an element load (`obj[key]`): nonzero once
    /// it has read anything but a dense element of an object at an int32
    /// index (the JIT's code speculates on that while it is zero).
    pub elem_fb: Box<[Cell<u8>]>,
}

const NO_HANDLER: u32 = u32::MAX;

impl Code {
    /// The property key of an op's encoded key.
    #[inline]
    pub fn key(&self, k: u32) -> PropKey {
        if k & INDEX_KEY == 0 {
            PropKey::Atom(Atom(k))
        } else {
            self.keys[(k & !INDEX_KEY) as usize]
        }
    }
    /// The atom of an op's encoded key (globals are never index keys; an
    /// index key maps to the atom of its string).
    #[inline]
    pub fn atom(&self, k: u32) -> Atom {
        if k & INDEX_KEY == 0 {
            Atom(k)
        } else {
            self.index_atoms[(k & !INDEX_KEY) as usize]
        }
    }
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        for &c in self.consts.iter().chain(&self.init) {
            f(c);
        }
        for ic in self.prop_ics.iter().chain(self.global_ics.iter()) {
            // SAFETY: the collector runs between instructions; no `&mut`
            // to this cache is live.
            unsafe { (*ic.get()).trace(f) };
        }
    }
    /// The inline cache of property site `site`.
    #[inline]
    #[expect(
        clippy::mut_from_ref,
        reason = "caches are updated through shared code"
    )]
    pub fn prop_ic(&self, site: u32) -> &mut PropIc {
        debug_assert!((site as usize) < self.prop_ics.len());
        // SAFETY: site ids are verified to be below the site count, which
        // sized this table. Single-threaded; each use is a short borrow that
        // ends before any other access to the same cache.
        unsafe { &mut *self.prop_ics.get_unchecked(site as usize).get() }
    }
    #[inline]
    #[expect(
        clippy::mut_from_ref,
        reason = "caches are updated through shared code"
    )]
    pub fn global_ic(&self, site: u32) -> &mut PropIc {
        debug_assert!((site as usize) < self.global_ics.len());
        // SAFETY: as for `prop_ic`.
        unsafe { &mut *self.global_ics.get_unchecked(site as usize).get() }
    }
}

// ---------------------------------------------------------------- decoding

fn const_value(module: &LoadedModule, c: Constant) -> Value {
    match c {
        Constant::Undefined => Value::UNDEFINED,
        Constant::Null => Value::NULL,
        Constant::Bool(b) => Value::bool(b),
        Constant::Number(n) => Value::number(n),
        Constant::String(s) => module.strings[s.index()],
        Constant::Hole => Value::HOLE,
    }
}

/// Decodes one IR function.
pub fn decode(module: &LoadedModule, f: &ir::Function) -> Code {
    let mut code = Code {
        ops: Vec::with_capacity(f.insts.len()),
        nregs: f.num_values() as u32,
        positions: Vec::with_capacity(f.insts.len()),
        consts: Vec::new(),
        edges: Vec::new(),
        moves: Vec::new(),
        lists: Vec::new(),
        handler_of: Vec::with_capacity(f.insts.len()),
        handlers: Vec::new(),
        prop_ics: (0..f.sites.prop + f.sites.call)
            .map(|_| UnsafeCell::new(PropIc::default()))
            .collect(),
        global_ics: (0..f.sites.global)
            .map(|_| UnsafeCell::new(PropIc::default()))
            .collect(),
        call_fb: (0..f.sites.call)
            .map(|_| Cell::new(CallFeedback::default()))
            .collect(),
        call_more: (0..f.sites.call)
            .map(|_| Cell::new(MoreTargets::default()))
            .collect(),
        super_fb: Cell::new(SuperFeedback::default()),
        call_text: vec![(u32::MAX, u32::MAX); f.sites.call as usize],
        init: vec![Value::HOLE; f.num_values()],
        op_of_inst: vec![0; f.insts.len()],
        super_sites: Vec::new(),
        keys: Vec::new(),
        index_atoms: Vec::new(),
        arith_fb: (0..f.sites.arith).map(|_| Cell::new(0)).collect(),
        elem_fb: (0..f.sites.prop).map(|_| Cell::new(0)).collect(),
    };
    let mut block_pc = vec![u32::MAX; f.blocks.len()];
    let mut fixups: Vec<(u32, ir::Block)> = Vec::new();
    let mut handler_index: Vec<Option<u32>> = vec![None; f.blocks.len()];
    let r = |v: ir::Value| v.0;
    let uses = f.use_counts();
    for &b in &f.layout {
        block_pc[b.index()] = code.ops.len() as u32;
        let data = f.block(b);
        let handler = data.handler.map(|h| {
            *handler_index[h.index()].get_or_insert_with(|| {
                code.handlers.push((0, f.block(h).params[0].0));
                code.handlers.len() as u32 - 1
            })
        });
        let mut skip_next = false;
        for (ii, &inst) in data.insts.iter().enumerate() {
            code.op_of_inst[inst.index()] = code.ops.len() as u32;
            if std::mem::take(&mut skip_next) {
                continue;
            }
            let d = f.inst(inst);
            // A compare whose only use is the branch right after it becomes
            // one compare-and-branch op.
            let fused_branch = match data.insts.get(ii + 1).map(|&n| f.inst(n)) {
                Some(next)
                    if next.op == Opcode::Branch
                        && d.result
                            .is_some_and(|r| next.args[0] == r && uses[r.index()] == 1)
                        && matches!(
                            d.op,
                            Opcode::Lt
                                | Opcode::Le
                                | Opcode::Gt
                                | Opcode::Ge
                                | Opcode::StrictEq
                                | Opcode::StrictNe
                        ) =>
                {
                    match &next.imm {
                        Imm::Branch(t, e) => Some((t, e)),
                        _ => None,
                    }
                }
                _ => None,
            };
            let a = &d.args;
            let site = d.site;
            let list = |code: &mut Code, vals: &[ir::Value]| -> u32 {
                let start = code.lists.len() as u32;
                code.lists.extend(vals.iter().map(|v| v.0));
                start
            };
            let dst = d.result.map_or(0, r);
            let name = |imm: &Imm| -> u32 {
                match imm {
                    Imm::Name(n) | Imm::NameAttrs(n, _) | Imm::Text(n) | Imm::NameText(n, _) => n.0,
                    _ => 0,
                }
            };
            let attrs = match d.imm {
                Imm::NameAttrs(_, at) | Imm::Attrs(at) => at,
                _ => 0,
            };
            let mut edge = |code: &mut Code, call: &ir::BlockCall| -> u32 {
                // Thread through blocks that only jump on: the edge goes to
                // the final target.
                let call = f.thread_jump(call);
                let params = &f.block(call.block).params;
                let start = code.moves.len() as u32;
                for (p, a) in params.iter().zip(&call.args) {
                    if p != a {
                        code.moves.push((p.0, a.0));
                    }
                }
                let n = code.moves.len() as u32 - start;
                code.edges.push(Edge {
                    target: 0,
                    block: call.block.0,
                    moves: start,
                    n,
                });
                let id = code.edges.len() as u32 - 1;
                fixups.push((id, call.block));
                id
            };
            if let Some((t, e)) = fused_branch {
                let (x, y) = (r(a[0]), r(a[1]));
                let then_edge = edge(&mut code, t);
                let else_edge = edge(&mut code, e);
                let op = match d.op {
                    Opcode::Lt => Op::JumpLt {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                    Opcode::Le => Op::JumpLe {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                    Opcode::Gt => Op::JumpGt {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                    Opcode::Ge => Op::JumpGe {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                    Opcode::StrictEq => Op::JumpStrictEq {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                    _ => Op::JumpStrictNe {
                        a: x,
                        b: y,
                        then_edge,
                        else_edge,
                        site: d.site,
                    },
                };
                code.ops.push(op);
                code.positions.push(d.pos);
                code.handler_of.push(handler.unwrap_or(NO_HANDLER));
                skip_next = true;
                continue;
            }
            let op = match d.op {
                Opcode::Const => {
                    // Constants live in the initial register image the
                    // frame starts from: no op runs for them. (Their SSA
                    // register is written nowhere else and read only after
                    // this point, so filling it earlier is invisible.)
                    let Imm::Const(c) = d.imm else {
                        unreachable!("verified")
                    };
                    code.init[dst as usize] = const_value(module, c);
                    continue;
                }
                Opcode::Param => {
                    let Imm::Index(i) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::Param { dst, i }
                }
                Opcode::This => Op::This { dst },
                Opcode::Callee => Op::Callee { dst },
                Opcode::NewTarget => Op::NewTarget { dst },
                Opcode::Arguments => Op::Arguments { dst },
                Opcode::RestArgs => {
                    let Imm::Index(i) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::RestArgs { dst, start: i }
                }
                Opcode::ClosureEnv => Op::ClosureEnv { dst },
                Opcode::HomeObject => Op::HomeObject { dst },
                Opcode::CreateEnv => {
                    let Imm::Count(n) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::CreateEnv {
                        dst,
                        parent: r(a[0]),
                        n,
                    }
                }
                Opcode::CopyEnv => Op::CopyEnv { dst, env: r(a[0]) },
                Opcode::LoadEnv => {
                    let Imm::Env(e) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::LoadEnv {
                        dst,
                        env: r(a[0]),
                        hops: e.hops as u32,
                        slot: e.slot,
                    }
                }
                Opcode::StoreEnv => {
                    let Imm::Env(e) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::StoreEnv {
                        env: r(a[0]),
                        val: r(a[1]),
                        hops: e.hops as u32,
                        slot: e.slot,
                    }
                }
                Opcode::CheckInit => Op::CheckInit {
                    dst,
                    v: r(a[0]),
                    name: name(&d.imm),
                },
                Opcode::ThrowError => {
                    let Imm::Error(k, m) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::ThrowError {
                        kind: k as u8,
                        msg: m.0,
                    }
                }
                Opcode::LoadGlobal => Op::LoadGlobal {
                    dst,
                    key: enc_key(&mut code, module, &d.imm),
                    site,
                },
                Opcode::LoadGlobalOrUndefined => Op::LoadGlobalOrUndefined {
                    dst,
                    key: enc_key(&mut code, module, &d.imm),
                    site,
                },
                Opcode::StoreGlobal => Op::StoreGlobal {
                    v: r(a[0]),
                    key: enc_key(&mut code, module, &d.imm),
                    site,
                },
                Opcode::DeclareGlobalVar => Op::DeclareGlobalVar {
                    key: enc_key(&mut code, module, &d.imm),
                },
                Opcode::DeclareGlobalFunction => Op::DeclareGlobalFunction {
                    v: r(a[0]),
                    key: enc_key(&mut code, module, &d.imm),
                },
                Opcode::GetProp => Op::GetProp {
                    dst,
                    obj: r(a[0]),
                    key: enc_key(&mut code, module, &d.imm),
                    site,
                },
                Opcode::SetProp => Op::SetProp {
                    obj: r(a[0]),
                    v: r(a[1]),
                    key: enc_key(&mut code, module, &d.imm),
                    site,
                },
                Opcode::GetElem => Op::GetElem {
                    dst,
                    obj: r(a[0]),
                    key: r(a[1]),
                    site,
                },
                Opcode::SetElem => Op::SetElem {
                    obj: r(a[0]),
                    key: r(a[1]),
                    v: r(a[2]),
                    site,
                },
                Opcode::HasProp => Op::HasProp {
                    dst,
                    key: r(a[0]),
                    obj: r(a[1]),
                },
                Opcode::DeleteProp => Op::DeleteProp {
                    dst,
                    obj: r(a[0]),
                    key: enc_key(&mut code, module, &d.imm),
                },
                Opcode::DeleteElem => Op::DeleteElem {
                    dst,
                    obj: r(a[0]),
                    key: r(a[1]),
                },
                Opcode::GetSuper => {
                    let key = enc_key(&mut code, module, &d.imm);
                    code.super_sites.push((key, site));
                    Op::GetSuper {
                        dst,
                        home: r(a[0]),
                        this: r(a[1]),
                        key: code.super_sites.len() as u32 - 1,
                    }
                }
                Opcode::SuperBase => Op::SuperBase { dst, home: r(a[0]) },
                Opcode::TemplateObject => {
                    let Imm::Index(id) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::TemplateObject { dst, id }
                }
                Opcode::GetSuperElem => Op::GetSuperElem {
                    dst,
                    home: r(a[0]),
                    this: r(a[1]),
                    key: r(a[2]),
                },
                Opcode::SetSuper => Op::SetSuper {
                    home: r(a[0]),
                    this: r(a[1]),
                    v: r(a[2]),
                    key: enc_key(&mut code, module, &d.imm),
                },
                Opcode::SetSuperElem => Op::SetSuperElem {
                    list: list(&mut code, a),
                },
                Opcode::NewObject => {
                    let Imm::Count(n) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::NewObject { dst, props: n }
                }
                Opcode::DefineField => Op::DefineField {
                    obj: r(a[0]),
                    v: r(a[1]),
                    key: enc_key(&mut code, module, &d.imm),
                    attrs,
                },
                Opcode::DefineFieldElem => Op::DefineFieldElem {
                    obj: r(a[0]),
                    key: r(a[1]),
                    v: r(a[2]),
                    attrs,
                },
                Opcode::DefineGetter => Op::DefineGetter {
                    obj: r(a[0]),
                    f: r(a[1]),
                    key: enc_key(&mut code, module, &d.imm),
                    attrs,
                },
                Opcode::DefineSetter => Op::DefineSetter {
                    obj: r(a[0]),
                    f: r(a[1]),
                    key: enc_key(&mut code, module, &d.imm),
                    attrs,
                },
                Opcode::DefineGetterElem => Op::DefineGetterElem {
                    obj: r(a[0]),
                    key: r(a[1]),
                    f: r(a[2]),
                    attrs,
                },
                Opcode::DefineSetterElem => Op::DefineSetterElem {
                    obj: r(a[0]),
                    key: r(a[1]),
                    f: r(a[2]),
                    attrs,
                },
                Opcode::SetProtoLiteral => Op::SetProtoLiteral {
                    obj: r(a[0]),
                    proto: r(a[1]),
                },
                Opcode::NewArray => Op::NewArray {
                    dst,
                    list: list(&mut code, a),
                    n: a.len() as u32,
                },
                Opcode::ArrayAppend => Op::ArrayAppend {
                    arr: r(a[0]),
                    v: r(a[1]),
                },
                Opcode::ArrayAppendSpread | Opcode::ArgsAppendSpread => Op::ArrayAppendSpread {
                    arr: r(a[0]),
                    v: r(a[1]),
                    text: name(&d.imm),
                    args: d.op == Opcode::ArgsAppendSpread,
                },
                Opcode::ArrayAppendHole => Op::ArrayAppendHole { arr: r(a[0]) },
                Opcode::MakeClosure => {
                    let Imm::Func(fid) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::MakeClosure {
                        dst,
                        env: r(a[0]),
                        func: fid.0,
                    }
                }
                Opcode::MakeMethod => {
                    let Imm::Func(fid) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::MakeMethod {
                        dst,
                        env: r(a[0]),
                        home: r(a[1]),
                        func: fid.0,
                    }
                }
                Opcode::MakeClass => {
                    let Imm::Func(fid) = d.imm else {
                        unreachable!("verified")
                    };
                    Op::MakeClass {
                        dst,
                        env: r(a[0]),
                        heritage: r(a[1]),
                        func: fid.0,
                    }
                }
                Opcode::SetFieldInit => Op::SetFieldInit {
                    cls: r(a[0]),
                    f: r(a[1]),
                },
                Opcode::InitFields => Op::InitFields {
                    this: r(a[0]),
                    cls: r(a[1]),
                },
                Opcode::Call => {
                    code.call_text[site as usize] = (u32::MAX, name(&d.imm));
                    Op::Call {
                        dst,
                        list: list(&mut code, a),
                        argc: a.len() as u32 - 2,
                        site,
                    }
                }
                Opcode::CallMethod => {
                    let Imm::NameText(n, t) = d.imm else {
                        unreachable!("verified")
                    };
                    let k = enc_key(&mut code, module, &Imm::Name(n));
                    code.call_text[site as usize] = (k, t.0);
                    Op::CallMethod {
                        dst,
                        list: list(&mut code, a),
                        argc: a.len() as u32 - 1,
                        site,
                    }
                }
                Opcode::CallSpread => {
                    code.call_text[site as usize] = (u32::MAX, name(&d.imm));
                    Op::CallSpread {
                        dst,
                        list: list(&mut code, a),
                        site,
                    }
                }
                Opcode::New => {
                    code.call_text[site as usize] = (u32::MAX, name(&d.imm));
                    Op::New {
                        dst,
                        list: list(&mut code, a),
                        argc: a.len() as u32 - 1,
                        site,
                    }
                }
                Opcode::NewSpread => {
                    code.call_text[site as usize] = (u32::MAX, name(&d.imm));
                    Op::NewSpread {
                        dst,
                        callee: r(a[0]),
                        arr: r(a[1]),
                        site,
                    }
                }
                Opcode::SuperCall => Op::SuperCall {
                    dst,
                    list: list(&mut code, a),
                    argc: a.len() as u32 - 2,
                },
                Opcode::SuperCallSpread => Op::SuperCallSpread {
                    dst,
                    list: list(&mut code, a),
                },
                Opcode::CheckThis => Op::CheckThis { dst, v: r(a[0]) },
                Opcode::CheckSuperOnce => Op::CheckSuperOnce { v: r(a[0]) },
                Opcode::DerivedResult => Op::DerivedResult {
                    dst,
                    v: r(a[0]),
                    this: r(a[1]),
                },
                Opcode::Add => Op::Add {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Sub => Op::Sub {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Mul => Op::Mul {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Div => Op::Div {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Mod => Op::Mod {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Exp => Op::Exp {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::BitAnd => Op::BitAnd {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::BitOr => Op::BitOr {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::BitXor => Op::BitXor {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Shl => Op::Shl {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Sar => Op::Sar {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Shr => Op::Shr {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Lt => Op::Lt {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Le => Op::Le {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Gt => Op::Gt {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Ge => Op::Ge {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::LooseEq => Op::LooseEq {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::LooseNe => Op::LooseNe {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::StrictEq => Op::StrictEq {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::StrictNe => Op::StrictNe {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::Neg => Op::Neg {
                    dst,
                    a: r(a[0]),
                    site,
                },
                Opcode::BitNot => Op::BitNot {
                    dst,
                    a: r(a[0]),
                    site,
                },
                Opcode::ToNumber => Op::ToNumber {
                    dst,
                    a: r(a[0]),
                    site,
                },
                Opcode::Inc => Op::Inc {
                    dst,
                    a: r(a[0]),
                    site,
                },
                Opcode::Dec => Op::Dec {
                    dst,
                    a: r(a[0]),
                    site,
                },
                Opcode::Not => Op::Not { dst, a: r(a[0]) },
                Opcode::TypeOf => Op::TypeOf { dst, a: r(a[0]) },
                Opcode::InstanceOf => Op::InstanceOf {
                    dst,
                    a: r(a[0]),
                    b: r(a[1]),
                    site,
                },
                Opcode::ToStr => Op::ToStr { dst, a: r(a[0]) },
                Opcode::ToPropertyKey => Op::ToPropertyKey { dst, a: r(a[0]) },
                Opcode::ForInStart => Op::ForInStart { dst, obj: r(a[0]) },
                Opcode::ForInNext => Op::ForInNext { dst, it: r(a[0]) },
                Opcode::ForOfStart => Op::ForOfStart {
                    dst,
                    v: r(a[0]),
                    text: name(&d.imm),
                },
                Opcode::ForOfNext => Op::ForOfNext { dst, it: r(a[0]) },
                Opcode::IsHole => Op::IsHole { dst, a: r(a[0]) },
                Opcode::Jump => {
                    let Imm::Jump(c) = &d.imm else {
                        unreachable!("verified")
                    };
                    Op::Jump {
                        edge: edge(&mut code, c),
                    }
                }
                Opcode::Branch => {
                    let Imm::Branch(t, e) = &d.imm else {
                        unreachable!("verified")
                    };
                    let then_edge = edge(&mut code, t);
                    let else_edge = edge(&mut code, e);
                    Op::Branch {
                        cond: r(a[0]),
                        then_edge,
                        else_edge,
                    }
                }
                Opcode::Return => Op::Return { v: r(a[0]) },
                Opcode::Throw => Op::Throw { v: r(a[0]) },
            };
            code.ops.push(op);
            code.positions.push(d.pos);
            code.handler_of.push(handler.unwrap_or(NO_HANDLER));
        }
    }
    for (id, b) in fixups {
        code.edges[id as usize].target = block_pc[b.index()];
    }
    for (h, idx) in handler_index.iter().enumerate() {
        if let Some(i) = idx {
            code.handlers[*i as usize].0 = block_pc[h];
        }
    }
    code
}

// ---------------------------------------------------------------- calls

/// Is the native stack about to run out?
#[inline]
pub fn native_stack_exhausted(vm: &Vm) -> bool {
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    sp < vm.native_stack_limit
}

/// Runs closure `callee` with the arguments at `[args_base, args_base+argc)`,
/// which must be the top of the value stack.
pub fn invoke(
    vm: &mut Vm,
    callee: ObjRef,
    this: Value,
    args_base: usize,
    argc: usize,
    new_target: Value,
) -> JsResult<Value> {
    enter(
        vm,
        callee,
        this,
        args_base,
        argc,
        new_target,
        Value::HOLE,
        0,
    )?;
    let entry = func_info(callee).jit_entry.get();
    let r = if entry != 0 {
        call_native(vm, entry)
    } else {
        run(vm)
    };
    vm.frames.pop();
    vm.stack.truncate(args_base);
    r
}

/// Runs native code `entry` for the top frame record.
pub fn call_native(vm: &mut Vm, entry: usize) -> JsResult<Value> {
    let fp: *mut FrameRecord = vm.frames.last_mut().expect("frame record");
    // SAFETY: `entry` was produced by the JIT backend for this function with
    // the `NativeEntry` signature; `vm` and `fp` are valid for the call (the
    // record stays put: `vm.frames` never reallocates).
    let r = unsafe {
        let f = std::mem::transmute::<usize, crate::abi::NativeEntry>(entry);
        f(vm as *mut Vm, fp)
    };
    if r == crate::layout::EXCEPTION {
        Err(vm.take_pending_exception())
    } else {
        Ok(Value::from_bits(r))
    }
}

fn tier_name(vm: &Vm, info: &FuncInfo) -> String {
    let name = vm.atom_text(info.name);
    if name.is_empty() {
        "<anonymous>".into()
    } else {
        name
    }
}

/// Compiles `info` for calls (it is hot and a JIT is enabled), or, if
/// that is under way on the backend's thread, installs what has finished.
#[cold]
fn tier_up(vm: &mut Vm, info: &'static FuncInfo) {
    install_finished(vm);
    if matches!(info.jit_state.get(), JIT_NONE | JIT_OSR_QUEUED) {
        start_compile(vm, info, false);
    }
}

/// The `jit_state` of a function whose compilation is queued.
fn queued_state(osr_only: bool) -> u8 {
    if osr_only { JIT_OSR_QUEUED } else { JIT_QUEUED }
}

/// Compiles `info` (OSR-only code with `osr_only`), or queues it on the
/// backend's thread.
fn start_compile(vm: &mut Vm, info: &'static FuncInfo, osr_only: bool) {
    let Some(mut jit) = vm.jit.take() else { return };
    info.jit_state.set(JIT_FAILED);
    let _ = info.code(vm);
    let submitted = jit.submit(vm, info, osr_only);
    vm.jit = Some(jit);
    match submitted {
        Submitted::Queued => info.jit_state.set(queued_state(osr_only)),
        Submitted::Done(result) => install(vm, info, osr_only, result),
    }
}

/// Installs the code of the background compilations that have finished.
pub(crate) fn install_finished(vm: &mut Vm) {
    let Some(mut jit) = vm.jit.take() else { return };
    let done = jit.poll(vm);
    vm.jit = Some(jit);
    for f in done {
        if f.replaces != 0 {
            // The same code, optimised (same deopt points and OSR
            // headers): wherever the old entry is installed, this one is.
            if let Some((e, _)) = f.result {
                for entry in [&f.info.jit_entry, &f.info.jit_call_entry, &f.info.osr_entry] {
                    if entry.get() == f.replaces {
                        entry.set(e);
                    }
                }
            }
            continue;
        }
        if f.generation != f.info.compile_gen.get() {
            // A deopt came in between: the code is stale, and the function
            // is warming up again (maybe compiling already).
            continue;
        }
        if f.info.jit_state.get() == queued_state(f.osr_only) {
            install(vm, f.info, f.osr_only, f.result);
        } else if f.osr_only && f.info.jit_state.get() == JIT_QUEUED {
            // A compilation for calls was asked for meanwhile; until it
            // lands, loops can enter this code.
            if let Some((e, headers)) = f.result {
                *f.info.osr_headers.borrow_mut() = headers;
                f.info.osr_entry.set(e);
            }
        }
    }
}

/// Makes compiled code (or the failure to compile) `info`'s.
fn install(
    vm: &mut Vm,
    info: &'static FuncInfo,
    osr_only: bool,
    result: Option<(usize, Vec<u32>)>,
) {
    let compiled = result.is_some();
    match result {
        None => info.jit_state.set(JIT_FAILED),
        Some((e, headers)) => {
            *info.osr_headers.borrow_mut() = headers;
            if osr_only {
                info.osr_entry.set(e);
                info.jit_state.set(JIT_NONE);
            } else {
                info.jit_entry.set(e);
                if !info.kind.is_class_constructor() {
                    info.jit_call_entry.set(e);
                }
                info.jit_state.set(JIT_COMPILED);
            }
        }
    }
    if vm.trace_tier && !osr_only {
        let what = if compiled {
            "compiled"
        } else {
            "cannot compile"
        };
        let line = format!(
            "[tier] {what} {} after {} calls\n",
            tier_name(vm, info),
            info.calls.get()
        );
        vm.write_err(line.as_bytes());
    }
}

/// The OSR entry of `info` at loop header `block`, compiling it on first use.
#[cold]
fn osr_entry(vm: &mut Vm, info: &'static FuncInfo, block: u32) -> Option<usize> {
    install_finished(vm);
    if info.jit_state.get() == JIT_NONE && info.osr_entry.get() == 0 {
        if info.calls.get() <= 1 {
            // The first activation (a script's top level, a long-running
            // call): compile only what its loops reach; calls, if they get
            // hot later, compile the whole function.
            start_compile(vm, info, true);
        } else {
            tier_up(vm, info);
        }
    }
    let entry = match info.jit_state.get() {
        JIT_COMPILED => info.jit_entry.get(),
        JIT_NONE | JIT_QUEUED => info.osr_entry.get(),
        _ => 0,
    };
    if entry == 0 || !info.osr_headers.borrow().contains(&block) {
        return None;
    }
    vm.osr_block = block;
    if vm.trace_tier {
        let line = format!(
            "[tier] OSR into {} at block{block} after {} back-edges\n",
            tier_name(vm, info),
            info.loops.get()
        );
        vm.write_err(line.as_bytes());
    }
    Some(entry)
}

/// Pushes an activation of closure `callee` (its record and registers);
/// the arguments are already on the stack at `args_base`.
#[inline]
#[expect(
    clippy::too_many_arguments,
    reason = "one field of the new record each"
)]
fn enter(
    vm: &mut Vm,
    callee: ObjRef,
    this: Value,
    args_base: usize,
    argc: usize,
    new_target: Value,
    construct_this: Value,
    ret: u32,
) -> JsResult<()> {
    let info = func_info(callee);
    if info.kind.is_class_constructor() && new_target.is_undefined() {
        let name = vm.atom_text(info.name);
        if name.is_empty() {
            return Err(vm.type_error("Class constructors cannot be invoked without 'new'"));
        }
        return Err(vm.type_error(&format!(
            "Class constructor {name} cannot be invoked without 'new'"
        )));
    }
    if vm.frames.len() >= MAX_CALL_DEPTH || native_stack_exhausted(vm) {
        return Err(vm.range_error("Maximum call stack size exceeded"));
    }
    let calls = info.calls.get().wrapping_add(1);
    info.calls.set(calls);
    if calls > vm.jit_threshold
        && matches!(info.jit_state.get(), JIT_NONE | JIT_QUEUED | JIT_OSR_QUEUED)
        && vm.jit.is_some()
    {
        tier_up(vm, info);
    }
    let code = info.code(vm);
    let Some(base) = vm.stack.push_frame_from(&code.init) else {
        return Err(vm.range_error("Maximum call stack size exceeded"));
    };
    let n = vm.frames.len();
    assert!(n < vm.frames.capacity());
    let record = FrameRecord {
        info,
        pc: 0,
        ret,
        code,
        regs: vm.stack.slot_ptr(base),
        args_base: args_base as u32,
        argc: argc as u32,
        this,
        callee,
        new_target,
        construct_this,
    };
    vm.frames.push(record);
    Ok(())
}

/// `v[i]` without a bounds check, for tables whose indices the decoder
/// produced (edge, move, list and constant ids always in range).
macro_rules! at {
    ($v:expr, $i:expr) => {{
        let v = &$v;
        let i = $i as usize;
        debug_assert!(i < v.len());
        // SAFETY: decoder-produced indices are in range of their tables.
        unsafe { v.get_unchecked(i) }
    }};
}

/// `&v[start..end]` without bounds checks (see `at!`).
macro_rules! span {
    ($v:expr, $start:expr, $end:expr) => {{
        let v = &$v;
        let (s, e) = ($start as usize, $end as usize);
        debug_assert!(s <= e && e <= v.len());
        // SAFETY: decoder-produced ranges are in range of their tables.
        unsafe { v.get_unchecked(s..e) }
    }};
}

/// Executes `entry` until it returns or throws past its handlers. Calls
/// from JS to JS closures do not recurse on the native stack: the callee's
/// frame record is pushed and the loop switches to it; returns and
/// exceptions unwind back through the records this invocation pushed.
fn run(vm: &mut Vm) -> JsResult<Value> {
    run_at(vm, 0)
}

/// Continues the top frame, whose native code gave up at `point`, in the
/// interpreter: `vals` are the live values the code spilled (in
/// `point.regs` order). The function's native code is dropped (it is
/// compiled again, with the feedback the interpreter gathers from here on,
/// once it is hot again). Returns the frame's result.
pub fn deopt(vm: &mut Vm, point: &DeoptPoint, vals: &[u64]) -> JsResult<Value> {
    let fp: *mut FrameRecord = vm.frames.last_mut().expect("frame record");
    // SAFETY: `fp` is the top record, the frame of the code that deopts.
    let info = info_ref(unsafe { (*fp).info });
    let code = info.code(vm);
    vm.stats.deopts += 1;
    if vm.trace_deopt {
        // Where the check failed: in the innermost inlined callee, if any.
        let (at, pc, inlined) = match point.frames.last() {
            Some(fr) => {
                let callee = Value::from_bits(fr.callee).as_object();
                let outer = tier_name(vm, info);
                let at = callee.map_or(info, func_info);
                (at, fr.pc, format!(" (inlined in {outer})"))
            }
            None => (info, point.pc, String::new()),
        };
        let module = at.module(vm);
        let (line, col) = module.position_of(at, pc);
        let text = format!(
            "[deopt] {} at {}:{line}:{col}: {}{inlined}\n",
            tier_name(vm, at),
            module.file_name,
            point.reason.text()
        );
        vm.write_err(text.as_bytes());
    }
    let soft = point.reason.keeps_code() && info.soft_deopts.get() < SOFT_DEOPTS;
    if point.reason.keeps_code() {
        info.soft_deopts
            .set(info.soft_deopts.get().saturating_add(1));
    }
    if soft {
        vm.stats.soft_deopts += 1;
    } else {
        info.deopts.set(info.deopts.get().saturating_add(1));
        info.compile_gen.set(info.compile_gen.get().wrapping_add(1));
        info.jit_entry.set(0);
        info.jit_call_entry.set(0);
        info.osr_entry.set(0);
        info.osr_headers.borrow_mut().clear();
        info.jit_state.set(JIT_NONE);
        info.calls.set(0);
        info.loops.set(0);
    }
    // SAFETY: `fp` is the top record (see above); the registers it points
    // to (or the ones pushed here) hold `code.nregs` values.
    unsafe {
        let mut pushed = None;
        if (*fp).regs.is_null() {
            // Entered natively: the frame has no registers yet.
            let Some(base) = vm.stack.push_frame_from(&code.init) else {
                return Err(vm.range_error("Maximum call stack size exceeded"));
            };
            (*fp).regs = vm.stack.slot_ptr(base);
            (*fp).code = code;
            pushed = Some(base);
        }
        let regs = (*fp).regs;
        for (&r, &x) in point.regs.iter().zip(vals) {
            *regs.add(r as usize) = Value::from_bits(x);
        }
        (*fp).pc = point.pc;
        let depth = vm.frames.len();
        let r = match push_inlined_frames(vm, point, &vals[point.regs.len()..]) {
            Ok(start) => run_from(vm, start, depth, None),
            // No room for every frame: the call the top frame stopped at
            // throws, inside whatever `try` surrounds it.
            Err((call, e)) => run_from(vm, call + 1, depth, Some(e)),
        };
        if let Some(base) = pushed {
            vm.stack.truncate(base);
            (*fp).regs = std::ptr::null_mut();
        }
        r
    }
}

/// Pushes the frames of the inlined callees a deopt at `point` rebuilds
/// (none for most points), with their spilled values `vals`, on top of
/// the deopting frame, which stops at its call. Returns the op the top
/// frame resumes at; or, when a frame does not fit (the call depth or the
/// value stack), the call the last frame pushed stopped at, with the
/// RangeError that call throws (as `enter` would).
fn push_inlined_frames(
    vm: &mut Vm,
    point: &DeoptPoint,
    vals: &[u64],
) -> Result<usize, (usize, Thrown)> {
    let mut call = point.pc as usize;
    let mut at = 0;
    for fr in &point.frames {
        let callee = Value::from_bits(fr.callee)
            .as_object()
            .expect("an inlined closure");
        let info = func_info(callee);
        let code = info.code(vm);
        let argc = fr.argc as usize;
        let this = Value::from_bits(vals[at]);
        let args = &vals[at + 1..at + 1 + argc];
        let live = &vals[at + 1 + argc..at + 1 + argc + fr.regs.len()];
        at += 1 + argc + fr.regs.len();
        // The arguments, then the registers, as a call in the loop makes.
        let base = vm.stack.top();
        let pushed = vm.frames.len() < MAX_CALL_DEPTH
            && args.iter().all(|&a| vm.stack.push(Value::from_bits(a)));
        let Some(regs_base) = vm.stack.push_frame_from(&code.init).filter(|_| pushed) else {
            vm.stack.truncate(base);
            return Err((call, vm.range_error("Maximum call stack size exceeded")));
        };
        let regs = vm.stack.slot_ptr(regs_base);
        for (&r, &x) in fr.regs.iter().zip(live) {
            // SAFETY: the frame just pushed has `code.nregs` registers and
            // `r` is one of its values.
            unsafe { *regs.add(r as usize) = Value::from_bits(x) };
        }
        assert!(vm.frames.len() < vm.frames.capacity());
        vm.frames.push(FrameRecord {
            info,
            pc: fr.pc,
            ret: fr.ret,
            code,
            regs,
            args_base: base as u32,
            argc: fr.argc,
            this,
            callee,
            new_target: Value::UNDEFINED,
            construct_this: Value::HOLE,
        });
        call = fr.pc as usize;
    }
    Ok(call)
}

/// `run` starting at op `start` of the top frame (whose registers are set).
fn run_at(vm: &mut Vm, start: usize) -> JsResult<Value> {
    let depth = vm.frames.len();
    run_from(vm, start, depth, None)
}

/// `run_at`, returning when the frame at depth `entry_depth` (the top one
/// or one below it, suspended at a call) returns. With `pending`, the top
/// frame first throws it at the op before `start`.
fn run_from(
    vm: &mut Vm,
    start: usize,
    entry_depth: usize,
    pending: Option<Thrown>,
) -> JsResult<Value> {
    // The frame vector never reallocates (capacity MAX_CALL_DEPTH + 1 is
    // reserved up front), so records stay put while their frames run.
    debug_assert!(vm.frames.capacity() > MAX_CALL_DEPTH);
    let mut fp: *mut FrameRecord = vm.frames.last_mut().expect("frame record");
    // SAFETY: `fp` is the entry frame's record (see above).
    let (mut code, mut regs): (&'static Code, *mut Value) = unsafe { (&*(*fp).code, (*fp).regs) };
    let mut pc: usize = start;
    let mut skip_handler = false;

    // A field of the running frame's record.
    macro_rules! fr {
        ($field:ident) => {{
            // SAFETY: `fp` points to the running frame's record in
            // `vm.frames`, which never reallocates while the frame runs.
            unsafe { (*fp).$field }
        }};
    }
    // Switches to the frame just pushed by `enter`.
    macro_rules! enter_top {
        () => {{
            fp = vm.frames.last_mut().expect("frame record");
            // SAFETY: `fp` is the new top record.
            unsafe {
                code = &*(*fp).code;
                regs = (*fp).regs;
            }
            pc = 0;
        }};
    }
    // Tears down the running frame and resumes its caller (the call op at
    // the caller's recorded pc); evaluates to the caller's result register.
    macro_rules! leave_frame {
        () => {{
            let ret = fr!(ret);
            let base = fr!(args_base) as usize;
            vm.frames.pop();
            vm.stack.truncate(base);
            fp = vm.frames.last_mut().expect("frame record");
            // SAFETY: `fp` is the caller's record.
            unsafe {
                code = &*(*fp).code;
                regs = (*fp).regs;
            }
            pc = fr!(pc) as usize + 1;
            ret
        }};
    }

    // Completes the running frame with `val`: the caller gets it (or `run`
    // returns it when this is the entry frame).
    macro_rules! return_value {
        ($v:expr) => {{
            let mut val: Value = $v;
            if !fr!(construct_this).is_hole() && !val.is_object() {
                val = fr!(construct_this);
            }
            if vm.frames.len() == entry_depth {
                return Ok(val);
            }
            let dst = leave_frame!();
            set!(dst, val);
        }};
    }

    macro_rules! reg {
        ($r:expr) => {{
            // SAFETY: the verifier proved every register operand is a value
            // of this function, below `nregs`, and the frame has `nregs` slots.
            unsafe { *regs.add($r as usize) }
        }};
    }
    macro_rules! set {
        ($r:expr, $v:expr) => {{
            let v = $v;
            // SAFETY: as for `reg!`.
            unsafe { *regs.add($r as usize) = v }
        }};
    }
    // An exception: go to the handler of the instruction that threw (the
    // one before `pc`), unwinding through suspended callers.
    macro_rules! unwind {
        ($thrown:expr) => {{
            let thrown: Thrown = $thrown;
            loop {
                // An exception out of native code has already been through
                // the frame's own handlers.
                let h = if std::mem::take(&mut skip_handler) {
                    NO_HANDLER
                } else {
                    code.handler_of[pc - 1]
                };
                if h != NO_HANDLER {
                    let (hpc, reg) = code.handlers[h as usize];
                    set!(reg, thrown.0);
                    pc = hpc as usize;
                    break;
                }
                if vm.frames.len() == entry_depth {
                    return Err(thrown);
                }
                leave_frame!();
            }
        }};
    }

    // A deopt that could not rebuild every frame throws at the call the
    // top one stopped at, as that call would have.
    if let Some(thrown) = pending {
        unwind!(thrown);
    }

    loop {
        let thrown: Thrown = 'body: loop {
            // Records the running instruction in the frame record: done
            // before anything that can observe it (a call out, an error's
            // stack trace, a callee's frame), not for every instruction.
            macro_rules! sync {
                () => {
                    // SAFETY: `fp` is the running frame's record (see above).
                    unsafe { (*fp).pc = (pc - 1) as u32 }
                };
            }
            // A fallible slow path: record the pc, run it, and on an
            // exception go to the handler.
            macro_rules! tri {
                ($e:expr) => {{
                    sync!();
                    match $e {
                        Ok(v) => v,
                        Err(t) => break 'body t,
                    }
                }};
            }
            // Switches to the frame `enter` just pushed, or, when its function has
            // native code, runs it there and stores the result (an exception goes
            // to this frame's handler for the call).
            macro_rules! enter_or_native {
                () => {{
                    let top = *vm.frames.last().expect("frame record");
                    let entry = info_ref(top.info).jit_entry.get();
                    if entry == 0 {
                        enter_top!();
                    } else {
                        let r = call_native(vm, entry);
                        vm.frames.pop();
                        vm.stack.truncate(top.args_base as usize);
                        match r {
                            Ok(mut v) => {
                                if !top.construct_this.is_hole() && !v.is_object() {
                                    v = top.construct_this;
                                }
                                set!(top.ret, v);
                            }
                            Err(e) => break 'body e,
                        }
                    }
                }};
            }
            macro_rules! take_edge {
                ($e:expr) => {{
                    let e = *at!(code.edges, $e);
                    if e.n == 1 {
                        let (d, s) = *at!(code.moves, e.moves);
                        set!(d, reg!(s));
                    } else if e.n > 1 {
                        let moves = span!(code.moves, e.moves, e.moves + e.n);
                        let mut tmp = [Value::UNDEFINED; 16];
                        if moves.len() <= 16 {
                            for (i, &(_, s)) in moves.iter().enumerate() {
                                tmp[i] = reg!(s);
                            }
                            for (i, &(d, _)) in moves.iter().enumerate() {
                                set!(d, tmp[i]);
                            }
                        } else {
                            let vals: Vec<Value> = moves.iter().map(|&(_, s)| reg!(s)).collect();
                            for (i, &(d, _)) in moves.iter().enumerate() {
                                set!(d, vals[i]);
                            }
                        }
                    }
                    let back = (e.target as usize) < pc;
                    pc = e.target as usize;
                    if back && vm.jit.is_some() {
                        // A loop's back edge: count it, and once the loop is
                        // hot run the rest of this activation natively.
                        let info = info_ref(fr!(info));
                        let n = info.loops.get().wrapping_add(1);
                        info.loops.set(n);
                        if n >= vm.osr_threshold {
                            // SAFETY: `fp` is the running frame's record.
                            unsafe { (*fp).pc = pc as u32 };
                            if let Some(entry) = osr_entry(vm, info, e.block) {
                                match call_native(vm, entry) {
                                    Ok(v) => return_value!(v),
                                    Err(t) => {
                                        skip_handler = true;
                                        break 'body t;
                                    }
                                }
                            } else if matches!(
                                info.jit_state.get(),
                                JIT_QUEUED | JIT_OSR_QUEUED
                            ) {
                                // Being compiled: look again soon.
                                info.loops.set(vm.osr_threshold.saturating_sub(OSR_POLL));
                            } else {
                                // No entry here (yet): look again after as
                                // many back edges, not at every one.
                                info.loops.set(0);
                            }
                        }
                    }
                }};
            }
            macro_rules! arith {
                ($dst:expr, $a:expr, $b:expr, $site:expr, $op:expr, |$x:ident, $y:ident| $int:expr) => {{
                    let x = reg!($a);
                    let y = reg!($b);
                    if x.is_int() && y.is_int() {
                        let $x: i32 = x.as_int();
                        let $y: i32 = y.as_int();
                        let r: Option<Value> = $int;
                        if let Some(v) = r {
                            set!($dst, v);
                            continue;
                        }
                    }
                    note_arith(code, $site, x, y);
                    let v = if x.is_number() && y.is_number() {
                        ops::num_op($op, x.as_number(), y.as_number())
                    } else {
                        tri!(ops::arith(vm, $op, x, y))
                    };
                    set!($dst, v);
                }};
            }
            macro_rules! cmp_values {
                ($a:expr, $b:expr, $site:expr, $op:expr, $int:tt) => {{
                    let x = reg!($a);
                    let y = reg!($b);
                    if x.is_int() && y.is_int() {
                        x.as_int() $int y.as_int()
                    } else if x.is_number() && y.is_number() {
                        // Off the int32 path: the JIT's code for the site
                        // then takes doubles too.
                        note_once(code, $site, seen::DOUBLE);
                        x.as_number() $int y.as_number()
                    } else {
                        note_arith(code, $site, x, y);
                        tri!(ops::compare(vm, $op, x, y))
                    }
                }};
            }
            macro_rules! cmp {
                ($dst:expr, $a:expr, $b:expr, $site:expr, $op:expr, $int:tt) => {{
                    let r = cmp_values!($a, $b, $site, $op, $int);
                    set!($dst, Value::bool(r));
                }};
            }

            debug_assert!(pc < code.ops.len());
            // SAFETY: every block ends in a terminator and every edge
            // targets a block start, so `pc` stays inside `ops`.
            let op = unsafe { code.ops.get_unchecked(pc) };
            pc += 1;
            match *op {
                Op::Const { dst, k } => set!(dst, *at!(code.consts, k)),
                Op::Param { dst, i } => {
                    let v = if (i as usize) < (fr!(argc) as usize) {
                        // SAFETY: the frame's `argc` arguments are on the
                        // stack at `args_base`, below its registers.
                        let base = fr!(args_base) as usize;
                        // SAFETY: as above.
                        unsafe { *vm.stack.slot_ptr(base + i as usize) }
                    } else {
                        Value::UNDEFINED
                    };
                    set!(dst, v);
                }
                Op::This { dst } => {
                    let t = fr!(this);
                    let v = if info_ref(fr!(info)).strict || t.is_object() || t.is_hole() {
                        t
                    } else {
                        // OrdinaryCallBindThis: the coerced value is bound
                        // once, so every use of `this` sees the same wrapper.
                        let w = if t.is_nullish() {
                            vm.realm.global.value()
                        } else {
                            vm.box_primitive(t).value()
                        };
                        // SAFETY: `fp` points to the running frame's record.
                        unsafe { (*fp).this = w };
                        w
                    };
                    set!(dst, v);
                }
                Op::Callee { dst } => set!(dst, fr!(callee).value()),
                Op::NewTarget { dst } => set!(dst, fr!(new_target)),
                Op::Arguments { dst } => {
                    let args = vm
                        .stack
                        .slice((fr!(args_base) as usize), (fr!(argc) as usize));
                    let a = crate::call::new_arguments(
                        vm,
                        args,
                        fr!(callee),
                        info_ref(fr!(info)).strict,
                    );
                    set!(dst, a.value());
                }
                Op::RestArgs { dst, start } => {
                    let s = (start as usize).min(fr!(argc) as usize);
                    let args = vm
                        .stack
                        .slice((fr!(args_base) as usize) + s, (fr!(argc) as usize) - s);
                    let a = crate::builtins::array::new_array_from(vm, args);
                    set!(dst, a.value());
                }
                Op::ClosureEnv { dst } => set!(dst, fr!(callee).word_value(1)),
                Op::HomeObject { dst } => set!(dst, fr!(callee).word_value(2)),
                Op::CreateEnv { dst, parent, n } => {
                    let p = reg!(parent);
                    let e = vm.new_env(p, n as usize);
                    set!(dst, e.value());
                }
                Op::CopyEnv { dst, env } => set!(dst, copy_env(vm, reg!(env))),
                Op::LoadEnv {
                    dst,
                    env,
                    hops,
                    slot,
                } => {
                    let mut e = reg!(env).as_env().expect("env operand");
                    for _ in 0..hops {
                        e = e.parent().as_env().expect("env parent");
                    }
                    set!(dst, e.get(slot as usize));
                }
                Op::StoreEnv {
                    env,
                    val,
                    hops,
                    slot,
                } => {
                    let mut e = reg!(env).as_env().expect("env operand");
                    for _ in 0..hops {
                        e = e.parent().as_env().expect("env parent");
                    }
                    e.set(slot as usize, reg!(val));
                }
                Op::CheckInit { dst, v, name } => {
                    let x = reg!(v);
                    if x.is_hole() {
                        let n = info_ref(fr!(info))
                            .module(vm)
                            .ir
                            .string_lossy(ir::StrId(name));
                        tri!(Err(vm.reference_error(&format!(
                            "Cannot access '{n}' before initialization"
                        ))));
                    }
                    set!(dst, x);
                }
                Op::ThrowError { kind, msg } => {
                    let m = info_ref(fr!(info))
                        .module(vm)
                        .ir
                        .string_lossy(ir::StrId(msg));
                    let ty = crate::errors::ErrorType::from_ir(match kind {
                        0 => ir::ErrorKind::TypeError,
                        1 => ir::ErrorKind::ReferenceError,
                        2 => ir::ErrorKind::SyntaxError,
                        _ => ir::ErrorKind::RangeError,
                    });
                    tri!(Err(vm.throw_error(ty, &m)));
                }
                Op::LoadGlobal { dst, key, site } => {
                    let ic = code.global_ic(site);
                    let g = vm.realm.global;
                    if ic.n != 0
                        && ic.entries[0].shape == g.shape_ptr()
                        && ic.entries[0].kind == ic::IcKind::OwnData
                    {
                        set!(dst, ic::read_loc(g.ptr(), ic.entries[0].loc));
                        continue;
                    }
                    let k = code.atom(key);
                    match tri!(ic::get_global(vm, code.global_ic(site), k)) {
                        Some(v) => set!(dst, v),
                        None => {
                            let n = vm.atom_text(k);
                            tri!(Err(vm.reference_error(&format!("{n} is not defined"))));
                        }
                    }
                }
                Op::LoadGlobalOrUndefined { dst, key, site } => {
                    let k = code.atom(key);
                    let v = tri!(ic::get_global(vm, code.global_ic(site), k))
                        .unwrap_or(Value::UNDEFINED);
                    set!(dst, v);
                }
                Op::StoreGlobal { v, key, site } => {
                    let val = reg!(v);
                    let ic = code.global_ic(site);
                    let g = vm.realm.global;
                    if ic.n != 0
                        && ic.entries[0].shape == g.shape_ptr()
                        && ic.entries[0].kind == ic::IcKind::StoreOwn
                    {
                        ic::write_loc(g.ptr(), ic.entries[0].loc, val);
                        continue;
                    }
                    let k = code.atom(key);
                    tri!(store_global(vm, code, info_ref(fr!(info)), k, site, val));
                }
                Op::DeclareGlobalVar { key } => tri!(declare_global_var(vm, code.atom(key))),
                Op::DeclareGlobalFunction { v, key } => {
                    tri!(declare_global_function(vm, code.atom(key), reg!(v)))
                }
                Op::GetProp {
                    dst,
                    obj,
                    key,
                    site,
                } => {
                    let o = reg!(obj);
                    let pk = code.key(key);
                    let v = match pk {
                        PropKey::Atom(a) => {
                            let ic = code.prop_ic(site);
                            // Own-slot and prototype hits (up to four
                            // shapes), inline; the rest in `ic::get_prop`.
                            let mut hit = None;
                            if let Some(obj) = o.as_object() {
                                let sp = obj.shape_ptr();
                                // An empty cache's first entry has a null
                                // shape, which no object has.
                                let e0 = &ic.entries[0];
                                let first = if e0.shape == sp && e0.kind == ic::IcKind::OwnData {
                                    hit = Some(ic::read_loc(obj.ptr(), e0.loc));
                                    0
                                } else {
                                    ic.n as usize
                                };
                                for e in ic.entries.iter().take(first) {
                                    if e.shape == sp {
                                        match e.kind {
                                            ic::IcKind::OwnData => {
                                                hit = Some(ic::read_loc(obj.ptr(), e.loc))
                                            }
                                            ic::IcKind::ProtoData
                                                // SAFETY: a prototype entry's cell is a live validity cell.
                                                if unsafe { (*e.cell).valid != 0 } =>
                                            {
                                                hit = Some(ic::read_loc(e.holder, e.loc))
                                            }
                                            _ => {}
                                        }
                                        break;
                                    }
                                }
                            }
                            match hit {
                                Some(v) => v,
                                None => tri!(ic::get_prop(vm, ic, o, a)),
                            }
                        }
                        PropKey::Index(_) => tri!(get_elem_value(vm, o, pk)),
                    };
                    set!(dst, v);
                }
                Op::SetProp { obj, v, key, site } => {
                    tri!(set_prop(
                        vm,
                        code,
                        info_ref(fr!(info)),
                        reg!(obj),
                        code.key(key),
                        site,
                        reg!(v)
                    ))
                }
                Op::GetElem {
                    dst,
                    obj,
                    key,
                    site,
                } => {
                    let o = reg!(obj);
                    let k = reg!(key);
                    // Dense element fast path.
                    if let Some(ob) = o.as_object()
                        && k.is_int()
                        && !ob.is_sparse()
                        && (k.as_int() as u32) < ob.elem_len()
                    {
                        let v = ob.element(k.as_int() as u32);
                        if !v.is_hole() {
                            set!(dst, v);
                            continue;
                        }
                    }
                    if let Some(c) = code.elem_fb.get(site as usize) {
                        c.set(1);
                    }
                    set!(dst, tri!(get_elem(vm, o, k)));
                }
                Op::SetElem { obj, key, v, site } => {
                    let o = reg!(obj);
                    let k = reg!(key);
                    let val = reg!(v);
                    if let Some(ob) = o.as_object()
                        && k.is_int()
                        && !ob.is_sparse()
                    {
                        let i = k.as_int() as u32;
                        if i < ob.elem_len()
                            && !ob.element(i).is_hole()
                            && !ob.shape().has(sflags::FROZEN_ELEMENTS)
                        {
                            ob.set_element(i, val);
                            continue;
                        }
                    }
                    let _ = site;
                    tri!(set_elem(vm, info_ref(fr!(info)).strict, o, k, val));
                }
                Op::HasProp { dst, key, obj } => {
                    let r = tri!(ops::has_property_op(vm, reg!(key), reg!(obj)));
                    set!(dst, Value::bool(r));
                }
                Op::DeleteProp { dst, obj, key } => {
                    let pk = code.key(key);
                    let r = tri!(delete_value(vm, reg!(obj), pk, info_ref(fr!(info)).strict));
                    set!(dst, Value::bool(r));
                }
                Op::DeleteElem { dst, obj, key } => {
                    let o = reg!(obj);
                    let pk = tri!(conv::to_property_key(vm, reg!(key)));
                    let r = tri!(delete_value(vm, o, pk, info_ref(fr!(info)).strict));
                    set!(dst, Value::bool(r));
                }
                Op::GetSuper {
                    dst,
                    home,
                    this,
                    key,
                } => {
                    let (key, site) = *at!(code.super_sites, key);
                    let pk = code.key(key);
                    let h = reg!(home);
                    // The lookup starts at the home object's prototype:
                    // cache it as if that object were the receiver; only
                    // data and absent results (getters need `this`).
                    let start = h.as_object().and_then(|o| o.proto());
                    let cached = match (start, pk) {
                        (Some(s), PropKey::Atom(a)) => {
                            let ic = code.prop_ic(site);
                            let e = &ic.entries[0];
                            if ic.n != 0
                                && e.shape == s.shape_ptr()
                                && matches!(e.kind, ic::IcKind::ProtoData | ic::IcKind::OwnData)
                                // SAFETY: an entry's cell is null or a live validity cell.
                                && (e.cell.is_null() || unsafe { (*e.cell).valid != 0 })
                            {
                                Some(if e.kind == ic::IcKind::OwnData {
                                    ic::read_loc(s.ptr(), e.loc)
                                } else {
                                    ic::read_loc(e.holder, e.loc)
                                })
                            } else {
                                let _ = tri!(ic::get_prop(vm, ic, s.value(), a));
                                None
                            }
                        }
                        _ => None,
                    };
                    let v = match cached {
                        Some(v) => v,
                        None => tri!(super_get(vm, h, reg!(this), pk)),
                    };
                    set!(dst, v);
                }
                Op::TemplateObject { dst, id } => {
                    let m = info_ref(fr!(info)).module(vm);
                    let v = tri!(template_object(vm, m, id as usize));
                    set!(dst, v);
                }
                Op::SuperBase { dst, home } => {
                    let base = reg!(home).as_object().and_then(|h| h.proto());
                    set!(dst, base.map_or(Value::NULL, |b| b.value()));
                }
                Op::GetSuperElem {
                    dst,
                    home,
                    this,
                    key,
                } => {
                    // `home` holds the super base (see `super_base`).
                    let pk = tri!(conv::to_property_key(vm, reg!(key)));
                    let v = tri!(super_get_from(vm, reg!(home).as_object(), reg!(this), pk));
                    set!(dst, v);
                }
                Op::SetSuper { home, this, v, key } => {
                    let pk = code.key(key);
                    tri!(super_set(
                        vm,
                        reg!(home),
                        reg!(this),
                        pk,
                        reg!(v),
                        info_ref(fr!(info)).strict
                    ));
                }
                Op::SetSuperElem { list } => {
                    let l = span!(code.lists, list, list + 4);
                    let pk = tri!(conv::to_property_key(vm, reg!(l[2])));
                    tri!(super_set_on(
                        vm,
                        reg!(l[0]).as_object(),
                        reg!(l[1]),
                        pk,
                        reg!(l[3]),
                        info_ref(fr!(info)).strict
                    ));
                }
                Op::NewObject { dst, props } => set!(dst, new_object(vm, props).value()),
                Op::DefineField { obj, v, key, attrs } => {
                    let o = reg!(obj).as_object().expect("define_field on an object");
                    let pk = code.key(key);
                    let val = reg!(v);
                    tri!(define_or_throw(vm, o, pk, val, attrs));
                }
                Op::DefineFieldElem { obj, key, v, attrs } => {
                    tri!(define_field_elem(vm, reg!(obj), reg!(key), reg!(v), attrs));
                }
                Op::DefineGetter {
                    obj,
                    f: fun,
                    key,
                    attrs,
                } => {
                    let pk = code.key(key);
                    tri!(define_accessor(
                        vm,
                        reg!(obj),
                        pk,
                        Some(reg!(fun)),
                        None,
                        attrs
                    ));
                }
                Op::DefineSetter {
                    obj,
                    f: fun,
                    key,
                    attrs,
                } => {
                    let pk = code.key(key);
                    tri!(define_accessor(
                        vm,
                        reg!(obj),
                        pk,
                        None,
                        Some(reg!(fun)),
                        attrs
                    ));
                }
                Op::DefineGetterElem {
                    obj,
                    key,
                    f: fun,
                    attrs,
                } => {
                    let pk = tri!(conv::to_property_key(vm, reg!(key)));
                    name_anonymous_function(vm, reg!(fun), pk, Some("get"));
                    tri!(define_accessor(
                        vm,
                        reg!(obj),
                        pk,
                        Some(reg!(fun)),
                        None,
                        attrs
                    ));
                }
                Op::DefineSetterElem {
                    obj,
                    key,
                    f: fun,
                    attrs,
                } => {
                    let pk = tri!(conv::to_property_key(vm, reg!(key)));
                    name_anonymous_function(vm, reg!(fun), pk, Some("set"));
                    tri!(define_accessor(
                        vm,
                        reg!(obj),
                        pk,
                        None,
                        Some(reg!(fun)),
                        attrs
                    ));
                }
                Op::SetProtoLiteral { obj, proto } => {
                    let o = reg!(obj).as_object().expect("literal object");
                    let p = reg!(proto);
                    if p.is_object() || p.is_null() {
                        property::set_prototype_of(vm, o, p.as_object());
                    }
                }
                Op::NewArray { dst, list, n } => {
                    let l = span!(code.lists, list, list + n);
                    let arr = crate::builtins::array::new_array(vm, n);
                    arr.set_dense_len(n);
                    for (i, &rv) in l.iter().enumerate() {
                        arr.set_element(i as u32, reg!(rv));
                    }
                    arr.set_array_length(n);
                    set!(dst, arr.value());
                }
                Op::ArrayAppend { arr, v } => {
                    let a = reg!(arr).as_object().expect("array");
                    crate::builtins::array::push_value(vm, a, reg!(v));
                }
                Op::ArrayAppendSpread { arr, v, text, args } => {
                    let a = reg!(arr).as_object().expect("array");
                    let src = reg!(v);
                    tri!(spread_into(vm, a, src, info_ref(fr!(info)), text, args));
                }
                Op::ArrayAppendHole { arr } => {
                    let a = reg!(arr).as_object().expect("array");
                    a.set_array_length(a.array_length() + 1);
                }
                Op::MakeClosure { dst, env, func } => {
                    let m = info_ref(fr!(info)).module(vm);
                    let info = &m.funcs[func as usize];
                    let fo = crate::call::new_closure(vm, info, reg!(env), Value::UNDEFINED);
                    set!(dst, fo.value());
                }
                Op::MakeMethod {
                    dst,
                    env,
                    home,
                    func,
                } => {
                    let m = info_ref(fr!(info)).module(vm);
                    let info = &m.funcs[func as usize];
                    let fo = crate::call::new_closure(vm, info, reg!(env), reg!(home));
                    set!(dst, fo.value());
                }
                Op::MakeClass {
                    dst,
                    env,
                    heritage,
                    func,
                } => {
                    let m = info_ref(fr!(info)).module(vm);
                    let info = &m.funcs[func as usize];
                    let c = tri!(crate::call::make_class(vm, info, reg!(env), reg!(heritage)));
                    set!(dst, c.value());
                }
                Op::SetFieldInit { cls, f: fun } => {
                    let c = reg!(cls).as_object().expect("class");
                    c.set_word_value(3, reg!(fun));
                }
                Op::InitFields { this, cls } => {
                    let c = reg!(cls).as_object().expect("class");
                    let init = c.word_value(3);
                    if init.is_callable() {
                        tri!(vm.call(init, reg!(this), &[]));
                    }
                }
                Op::Call {
                    dst,
                    list,
                    argc,
                    site,
                } => {
                    let l = span!(code.lists, list, list + 2 + argc);
                    let callee = reg!(l[0]);
                    let this = reg!(l[1]);
                    let base = vm.stack.top;
                    for &a in &l[2..] {
                        if !vm.stack.push(reg!(a)) {
                            vm.stack.truncate(base);
                            tri!(Err(vm.range_error("Maximum call stack size exceeded")));
                        }
                    }
                    note_call(code, site, callee);
                    if let Some(fo) = callee.as_object().filter(|o| o.class() == Class::Function) {
                        sync!();
                        match enter(
                            vm,
                            fo,
                            this,
                            base,
                            argc as usize,
                            Value::UNDEFINED,
                            Value::HOLE,
                            dst,
                        ) {
                            Ok(()) => enter_or_native!(),
                            Err(e) => {
                                vm.stack.truncate(base);
                                break 'body e;
                            }
                        }
                        continue;
                    }
                    sync!();
                    let r = if callee.is_callable() {
                        vm.call_stack_args(callee, this, base, argc as usize)
                    } else {
                        vm.stack.truncate(base);
                        Err(not_callable(vm, code, info_ref(fr!(info)), site, callee))
                    };
                    vm.stack.truncate(base);
                    set!(dst, tri!(r));
                }
                Op::CallMethod {
                    dst,
                    list,
                    argc,
                    site,
                } => {
                    let l = span!(code.lists, list, list + 1 + argc);
                    let recv = reg!(l[0]);
                    let (key, _) = *at!(code.call_text, site);
                    let pk = code.key(key);
                    let callee = match pk {
                        PropKey::Atom(a) => {
                            let ic = code.prop_ic_for_call(site);
                            let e = &ic.entries[0];
                            // Monomorphic method on the prototype chain, inline.
                            match recv.as_object() {
                                Some(o)
                                    if ic.n != 0
                                        && e.shape == o.shape_ptr()
                                        && e.kind == ic::IcKind::ProtoData
                                        // SAFETY: an entry's cell is a live validity cell.
                                        && unsafe { (*e.cell).valid != 0 } =>
                                {
                                    ic::read_loc(e.holder, e.loc)
                                }
                                _ => tri!(ic::get_prop(vm, ic, recv, a)),
                            }
                        }
                        PropKey::Index(_) => tri!(get_elem_value(vm, recv, pk)),
                    };
                    let base = vm.stack.top;
                    for &a in &l[1..] {
                        if !vm.stack.push(reg!(a)) {
                            vm.stack.truncate(base);
                            tri!(Err(vm.range_error("Maximum call stack size exceeded")));
                        }
                    }
                    note_call(code, site, callee);
                    if let Some(fo) = callee.as_object().filter(|o| o.class() == Class::Function) {
                        sync!();
                        match enter(
                            vm,
                            fo,
                            recv,
                            base,
                            argc as usize,
                            Value::UNDEFINED,
                            Value::HOLE,
                            dst,
                        ) {
                            Ok(()) => enter_or_native!(),
                            Err(e) => {
                                vm.stack.truncate(base);
                                break 'body e;
                            }
                        }
                        continue;
                    }
                    sync!();
                    let r = if callee.is_callable() {
                        vm.call_stack_args(callee, recv, base, argc as usize)
                    } else {
                        vm.stack.truncate(base);
                        Err(not_callable(vm, code, info_ref(fr!(info)), site, callee))
                    };
                    vm.stack.truncate(base);
                    set!(dst, tri!(r));
                }
                Op::CallSpread { dst, list, site } => {
                    let l = span!(code.lists, list, list + 3);
                    let callee = reg!(l[0]);
                    if !callee.is_callable() {
                        tri!(Err(not_callable(
                            vm,
                            code,
                            info_ref(fr!(info)),
                            site,
                            callee
                        )));
                    }
                    let args = array_values(reg!(l[2]));
                    let r = tri!(vm.call(callee, reg!(l[1]), &args));
                    set!(dst, r);
                }
                Op::New {
                    dst,
                    list,
                    argc,
                    site,
                } => {
                    let l = span!(code.lists, list, list + 1 + argc);
                    let callee = reg!(l[0]);
                    let Some(c) = callee.as_object().filter(|o| ops::is_constructor(*o)) else {
                        sync!();
                        break 'body not_constructor(vm, code, info_ref(fr!(info)), site, callee);
                    };
                    let base = vm.stack.top;
                    for &a in &l[1..] {
                        if !vm.stack.push(reg!(a)) {
                            vm.stack.truncate(base);
                            tri!(Err(vm.range_error("Maximum call stack size exceeded")));
                        }
                    }
                    note_call(code, site, callee);
                    if c.class() == Class::Function {
                        let info = func_info(c);
                        let this = if info.kind == FunctionKind::DerivedConstructor {
                            Value::HOLE
                        } else {
                            match crate::call::ordinary_create(vm, info, callee) {
                                Ok(o) => o.value(),
                                Err(e) => {
                                    vm.stack.truncate(base);
                                    break 'body e;
                                }
                            }
                        };
                        sync!();
                        match enter(vm, c, this, base, argc as usize, callee, this, dst) {
                            Ok(()) => enter_or_native!(),
                            Err(e) => {
                                vm.stack.truncate(base);
                                break 'body e;
                            }
                        }
                        continue;
                    }
                    sync!();
                    let r = crate::call::construct_stack_args(vm, c, base, argc as usize, callee);
                    vm.stack.truncate(base);
                    set!(dst, tri!(r));
                }
                Op::NewSpread {
                    dst,
                    callee,
                    arr,
                    site,
                } => {
                    let c = reg!(callee);
                    let Some(co) = c.as_object().filter(|o| ops::is_constructor(*o)) else {
                        sync!();
                        break 'body not_constructor(vm, code, info_ref(fr!(info)), site, c);
                    };
                    let args = array_values(reg!(arr));
                    let r = tri!(crate::call::construct(vm, co, &args, c));
                    set!(dst, r);
                }
                Op::SuperCall { dst, list, argc } => {
                    let l = span!(code.lists, list, list + 2 + argc);
                    let nt = reg!(l[0]);
                    let active = reg!(l[1]).as_object().expect("active function");
                    // A parent class constructor runs in this loop, as `new` does.
                    if let Some(parent) = active.proto().filter(|p| p.class() == Class::Function)
                        && func_info(parent).kind.is_constructor()
                    {
                        let info = func_info(parent);
                        note_super(code, parent.value(), nt);
                        let base = vm.stack.top;
                        for &a in &l[2..] {
                            if !vm.stack.push(reg!(a)) {
                                vm.stack.truncate(base);
                                tri!(Err(vm.range_error("Maximum call stack size exceeded")));
                            }
                        }
                        let this = if info.kind == FunctionKind::DerivedConstructor {
                            Value::HOLE
                        } else {
                            match crate::call::ordinary_create(vm, info, nt) {
                                Ok(o) => o.value(),
                                Err(e) => {
                                    vm.stack.truncate(base);
                                    break 'body e;
                                }
                            }
                        };
                        sync!();
                        match enter(vm, parent, this, base, argc as usize, nt, this, dst) {
                            Ok(()) => enter_or_native!(),
                            Err(e) => {
                                vm.stack.truncate(base);
                                break 'body e;
                            }
                        }
                        continue;
                    }
                    let args: Vec<Value> = l[2..].iter().map(|&a| reg!(a)).collect();
                    let r = tri!(crate::call::super_call(vm, active, nt, &args));
                    set!(dst, r);
                }
                Op::SuperCallSpread { dst, list } => {
                    let l = span!(code.lists, list, list + 3);
                    let nt = reg!(l[0]);
                    let active = reg!(l[1]).as_object().expect("active function");
                    let args = array_values(reg!(l[2]));
                    let r = tri!(crate::call::super_call(vm, active, nt, &args));
                    set!(dst, r);
                }
                Op::CheckThis { dst, v } => {
                    let x = reg!(v);
                    if x.is_hole() {
                        tri!(Err(this_uninitialised(vm)));
                    }
                    set!(dst, x);
                }
                Op::CheckSuperOnce { v } => {
                    if !reg!(v).is_hole() {
                        tri!(Err(vm.reference_error(
                            "Super constructor may only be called once"
                        )));
                    }
                }
                Op::DerivedResult { dst, v, this } => {
                    let x = reg!(v);
                    let r = if x.is_object() {
                        x
                    } else {
                        tri!(derived_result(vm, x, reg!(this)))
                    };
                    set!(dst, r);
                }
                Op::Add { dst, a, b, site } => {
                    let x = reg!(a);
                    let y = reg!(b);
                    if x.is_int()
                        && y.is_int()
                        && let Some(s) = x.as_int().checked_add(y.as_int())
                    {
                        set!(dst, Value::int(s));
                        continue;
                    }
                    note_arith(code, site, x, y);
                    let v = if x.is_number() && y.is_number() {
                        Value::number(x.as_number() + y.as_number())
                    } else {
                        tri!(ops::add(vm, x, y))
                    };
                    set!(dst, v);
                }
                Op::Sub { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Sub, |x, y| x
                    .checked_sub(y)
                    .map(Value::int)),
                Op::Mul { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Mul, |x, y| {
                    match x.checked_mul(y) {
                        Some(0) if x < 0 || y < 0 => None,
                        Some(p) => Some(Value::int(p)),
                        None => None,
                    }
                }),
                Op::Div { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Div, |x, y| {
                    if y != 0 && !(x == i32::MIN && y == -1) && x % y == 0 && !(x == 0 && y < 0) {
                        Some(Value::int(x / y))
                    } else {
                        None
                    }
                }),
                Op::Mod { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Mod, |x, y| {
                    if y > 0 && x >= 0 {
                        Some(Value::int(x % y))
                    } else {
                        None
                    }
                }),
                Op::Exp { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Exp, |_x, _y| None),
                Op::BitAnd { dst, a, b, site } => {
                    arith!(dst, a, b, site, NumOp::BitAnd, |x, y| Some(Value::int(
                        x & y
                    )))
                }
                Op::BitOr { dst, a, b, site } => {
                    arith!(dst, a, b, site, NumOp::BitOr, |x, y| Some(Value::int(
                        x | y
                    )))
                }
                Op::BitXor { dst, a, b, site } => {
                    arith!(dst, a, b, site, NumOp::BitXor, |x, y| Some(Value::int(
                        x ^ y
                    )))
                }
                Op::Shl { dst, a, b, site } => {
                    arith!(dst, a, b, site, NumOp::Shl, |x, y| Some(Value::int(
                        x.wrapping_shl(y as u32 & 31)
                    )))
                }
                Op::Sar { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Sar, |x, y| Some(
                    Value::int(x >> (y as u32 & 31))
                )),
                Op::Shr { dst, a, b, site } => arith!(dst, a, b, site, NumOp::Shr, |x, y| {
                    Some(Value::number(((x as u32) >> (y as u32 & 31)) as f64))
                }),
                Op::Lt { dst, a, b, site } => cmp!(dst, a, b, site, CmpOp::Lt, <),
                Op::Le { dst, a, b, site } => cmp!(dst, a, b, site, CmpOp::Le, <=),
                Op::Gt { dst, a, b, site } => cmp!(dst, a, b, site, CmpOp::Gt, >),
                Op::Ge { dst, a, b, site } => cmp!(dst, a, b, site, CmpOp::Ge, >=),
                Op::LooseEq { dst, a, b, site: _ } => {
                    let r = tri!(ops::loose_equals(vm, reg!(a), reg!(b)));
                    set!(dst, Value::bool(r));
                }
                Op::LooseNe { dst, a, b, site: _ } => {
                    let r = tri!(ops::loose_equals(vm, reg!(a), reg!(b)));
                    set!(dst, Value::bool(!r));
                }
                Op::StrictEq { dst, a, b, site } => {
                    let r = strict_equals_noting(code, site, reg!(a), reg!(b));
                    set!(dst, Value::bool(r))
                }
                Op::StrictNe { dst, a, b, site } => {
                    let r = strict_equals_noting(code, site, reg!(a), reg!(b));
                    set!(dst, Value::bool(!r))
                }
                Op::Neg { dst, a, site } => {
                    let x = reg!(a);
                    let v = if x.is_int() && x.as_int() != 0 && x.as_int() != i32::MIN {
                        Value::int(-x.as_int())
                    } else {
                        note_arith(code, site, x, x);
                        Value::number(-tri!(conv::to_number(vm, x)))
                    };
                    set!(dst, v);
                }
                Op::BitNot { dst, a, site } => {
                    let x = reg!(a);
                    if !x.is_int() {
                        note_arith(code, site, x, x);
                    }
                    let x = tri!(conv::to_int32(vm, x));
                    set!(dst, Value::int(!x));
                }
                Op::ToNumber { dst, a, site } => {
                    let x = reg!(a);
                    let v = if x.is_int() {
                        x
                    } else if x.is_number() {
                        note_arith(code, site, x, x);
                        x
                    } else {
                        note_arith(code, site, x, x);
                        Value::number(tri!(conv::to_number(vm, x)))
                    };
                    set!(dst, v);
                }
                Op::Inc { dst, a, site } => {
                    let x = reg!(a);
                    let v = if x.is_int() && x.as_int() != i32::MAX {
                        Value::int(x.as_int() + 1)
                    } else {
                        note_arith(code, site, x, x);
                        Value::number(tri!(conv::to_number(vm, x)) + 1.0)
                    };
                    set!(dst, v);
                }
                Op::Dec { dst, a, site } => {
                    let x = reg!(a);
                    let v = if x.is_int() && x.as_int() != i32::MIN {
                        Value::int(x.as_int() - 1)
                    } else {
                        note_arith(code, site, x, x);
                        Value::number(tri!(conv::to_number(vm, x)) - 1.0)
                    };
                    set!(dst, v);
                }
                Op::Not { dst, a } => set!(dst, Value::bool(!conv::to_boolean(reg!(a)))),
                Op::TypeOf { dst, a } => {
                    let t = ops::type_of(reg!(a));
                    set!(dst, vm.atom_value(t));
                }
                Op::InstanceOf { dst, a, b, site: _ } => {
                    let r = tri!(ops::instance_of(vm, reg!(a), reg!(b)));
                    set!(dst, Value::bool(r));
                }
                Op::ToStr { dst, a } => {
                    let v = tri!(conv::to_string_value(vm, reg!(a)));
                    set!(dst, v);
                }
                Op::ToPropertyKey { dst, a } => {
                    let x = reg!(a);
                    let v = if x.is_number() || x.is_string() {
                        x
                    } else {
                        let k = tri!(conv::to_property_key(vm, x));
                        k.to_value(vm)
                    };
                    set!(dst, v);
                }
                Op::ForInStart { dst, obj } => {
                    let it = tri!(crate::call::for_in_start(vm, reg!(obj)));
                    set!(dst, it.value());
                }
                Op::ForInNext { dst, it } => {
                    let v = crate::call::for_in_next(vm, reg!(it).as_object().expect("iterator"));
                    set!(dst, v);
                }
                Op::ForOfStart { dst, v, text } => {
                    let x = reg!(v);
                    match crate::call::for_of_start(vm, x) {
                        Some(it) => set!(dst, it.value()),
                        None => {
                            let t = info_ref(fr!(info))
                                .module(vm)
                                .ir
                                .string_lossy(ir::StrId(text));
                            tri!(Err(vm.type_error(&format!("{t} is not iterable"))));
                        }
                    }
                }
                Op::ForOfNext { dst, it } => {
                    let v = tri!(crate::call::for_of_next(
                        vm,
                        reg!(it).as_object().expect("iterator")
                    ));
                    set!(dst, v);
                }
                Op::IsHole { dst, a } => set!(dst, Value::bool(reg!(a).is_hole())),
                Op::Jump { edge } => take_edge!(edge),
                Op::Branch {
                    cond,
                    then_edge,
                    else_edge,
                } => {
                    let c = reg!(cond);
                    let t = if c.is_bool() {
                        c.as_bool()
                    } else {
                        conv::to_boolean(c)
                    };
                    if t {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpLt {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    let t = cmp_values!(a, b, site, CmpOp::Lt, <);
                    if t {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpLe {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    let t = cmp_values!(a, b, site, CmpOp::Le, <=);
                    if t {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpGt {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    let t = cmp_values!(a, b, site, CmpOp::Gt, >);
                    if t {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpGe {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    let t = cmp_values!(a, b, site, CmpOp::Ge, >=);
                    if t {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpStrictEq {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    if strict_equals_noting(code, site, reg!(a), reg!(b)) {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::JumpStrictNe {
                    a,
                    b,
                    then_edge,
                    else_edge,
                    site,
                } => {
                    if !strict_equals_noting(code, site, reg!(a), reg!(b)) {
                        take_edge!(then_edge)
                    } else {
                        take_edge!(else_edge)
                    }
                }
                Op::Return { v } => return_value!(reg!(v)),
                Op::Throw { v } => {
                    vm.last_throw = Some((fr!(info), (pc - 1) as u32));
                    break 'body Thrown(reg!(v));
                }
            }
        };
        unwind!(thrown);
    }
}

impl Code {
    /// The property cache a `call_method` site uses for its load: call
    /// sites share the property-site table after the property sites.
    #[inline]
    #[expect(
        clippy::mut_from_ref,
        reason = "caches are updated through shared code"
    )]
    pub fn prop_ic_for_call(&self, site: u32) -> &mut PropIc {
        let i = self.prop_ics.len() - self.call_fb.len() + site as usize;
        debug_assert!(i < self.prop_ics.len());
        // SAFETY: as for `prop_ic`; call sites have entries after the
        // property sites.
        unsafe { &mut *self.prop_ics.get_unchecked(i).get() }
    }
}

/// Encodes a name immediate as an op key: an atom id, or (high bit set)
/// an index into `Code::keys` for keys that are array indices.
fn enc_key(code: &mut Code, module: &LoadedModule, imm: &Imm) -> u32 {
    let id = match imm {
        Imm::Name(n) | Imm::NameAttrs(n, _) | Imm::Text(n) | Imm::NameText(n, _) => n.index(),
        _ => unreachable!("a name immediate"),
    };
    match module.keys[id] {
        PropKey::Atom(a) => {
            debug_assert!(a.0 & INDEX_KEY == 0);
            a.0
        }
        k @ PropKey::Index(_) => {
            code.keys.push(k);
            let atom = module.strings[id]
                .as_string()
                .and_then(|s| s.atom_id())
                .expect("module strings are atoms");
            code.index_atoms.push(Atom(atom));
            INDEX_KEY | (code.keys.len() as u32 - 1)
        }
    }
}

const INDEX_KEY: u32 = 1 << 31;

#[inline]
fn note_arith(code: &Code, site: u32, x: Value, y: Value) {
    let kind = |v: Value| {
        if v.is_int() {
            seen::INT
        } else if v.is_number() {
            seen::DOUBLE
        } else if v.is_string() {
            seen::STRING
        } else {
            seen::OTHER
        }
    };
    if let Some(c) = code.arith_fb.get(site as usize) {
        c.set(c.get() | kind(x) | kind(y));
    }
}

/// `x === y`, noting at `site` when not both are int32s (all the JIT's
/// code for a strict compare asks of its feedback).
#[inline]
fn strict_equals_noting(code: &Code, site: u32, x: Value, y: Value) -> bool {
    if x.is_int() && y.is_int() {
        return x.bits() == y.bits();
    }
    note_once(code, site, seen::OTHER);
    ops::strict_equals(x, y)
}

/// Notes `kind` at arithmetic site `site`, writing only the first time.
#[inline]
fn note_once(code: &Code, site: u32, kind: u8) {
    if let Some(c) = code.arith_fb.get(site as usize)
        && c.get() & kind == 0
    {
        c.set(c.get() | kind);
    }
}

#[inline]
fn note_call(code: &Code, site: u32, callee: Value) {
    if let Some(c) = code.call_fb.get(site as usize) {
        let mut fb = c.get();
        let t = callee.bits() as usize;
        if fb.target == t {
            return;
        }
        if fb.target == 0 {
            fb.target = t;
        } else {
            fb.polymorphic = true;
            note_more(code, site, t);
        }
        c.set(fb);
    }
}

#[cold]
fn note_more(code: &Code, site: u32, t: usize) {
    if let Some(c) = code.call_more.get(site as usize) {
        let mut m = c.get();
        if !m.megamorphic && !m.more.contains(&t) {
            match m.more.iter_mut().find(|x| **x == 0) {
                Some(x) => *x = t,
                None => m.megamorphic = true,
            }
            c.set(m);
        }
    }
}

impl Code {
    /// Every target call site `site` saw, when they are few enough to be
    /// listed.
    pub fn call_targets(&self, site: u32) -> Option<Vec<usize>> {
        let fb = self.call_fb.get(site as usize)?.get();
        let m = self.call_more.get(site as usize)?.get();
        if fb.target == 0 || m.megamorphic {
            return None;
        }
        let mut v = vec![fb.target];
        v.extend(m.more.into_iter().filter(|&t| t != 0));
        Some(v)
    }
}

fn note_super(code: &Code, parent: Value, new_target: Value) {
    let mut fb = code.super_fb.get();
    let (p, nt) = (parent.bits() as usize, new_target.bits() as usize);
    if fb.parent == 0 {
        (fb.parent, fb.new_target) = (p, nt);
    } else if (fb.parent, fb.new_target) != (p, nt) {
        fb.polymorphic = true;
    }
    code.super_fb.set(fb);
}

pub(crate) fn call_text(vm: &Vm, code: &Code, info: &FuncInfo, site: u32) -> String {
    let (_, text) = code.call_text[site as usize];
    if text == u32::MAX {
        return "expression".into();
    }
    info.module(vm).ir.string_lossy(ir::StrId(text))
}

pub(crate) fn not_callable(
    vm: &mut Vm,
    code: &Code,
    info: &FuncInfo,
    site: u32,
    _callee: Value,
) -> Thrown {
    let t = call_text(vm, code, info, site);
    vm.type_error(&format!("{t} is not a function"))
}

pub(crate) fn not_constructor(
    vm: &mut Vm,
    code: &Code,
    info: &FuncInfo,
    site: u32,
    _callee: Value,
) -> Thrown {
    let t = call_text(vm, code, info, site);
    vm.type_error(&format!("{t} is not a constructor"))
}

pub(crate) fn this_uninitialised(vm: &mut Vm) -> Thrown {
    vm.reference_error(
        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    )
}

/// A key for `o[k]`: ToPropertyKey, after checking `o` is not nullish.
pub(crate) fn conv_key(vm: &mut Vm, o: Value, k: Value) -> JsResult<PropKey> {
    if o.is_nullish() || o.is_hole() {
        let pk = conv::to_property_key(vm, k)?;
        return Err(vm.read_error(o, pk));
    }
    conv::to_property_key(vm, k)
}

/// `o[key]` for any value `o`.
pub fn get_elem_value(vm: &mut Vm, o: Value, key: PropKey) -> JsResult<Value> {
    if o.is_nullish() || o.is_hole() {
        return Err(vm.read_error(o, key));
    }
    if let (Some(obj), PropKey::Index(i)) = (o.as_object(), key)
        && !obj.is_sparse()
        && i < obj.elem_len()
    {
        let v = obj.element(i);
        if !v.is_hole() {
            return Ok(v);
        }
        if !vm.indexed_protos && obj.class() != Class::StringBox {
            return Ok(Value::UNDEFINED);
        }
    }
    property::get_value(vm, o, key)
}

/// `o[key] = v` for any value `o`.
pub fn set_elem_value(
    vm: &mut Vm,
    o: Value,
    key: PropKey,
    v: Value,
) -> JsResult<property::SetResult> {
    if o.is_nullish() || o.is_hole() {
        return Err(vm.set_error(o, key));
    }
    let Some(obj) = o.as_object() else {
        return ic::set_on_primitive(vm, o, key, v);
    };
    if let PropKey::Index(i) = key
        && !obj.is_sparse()
        && !vm.indexed_protos
        && obj.class() != Class::StringBox
        && !obj.shape().has(sflags::NOT_EXTENSIBLE)
    {
        let len = obj.elem_len();
        if i < len && !obj.element(i).is_hole() {
            if obj.shape().has(sflags::FROZEN_ELEMENTS) {
                return Ok(Err(property::SetFailure::ReadOnly));
            }
            obj.set_element(i, v);
            return Ok(Ok(()));
        }
        if i == len && (obj.class() != Class::Array || !obj.has_flag(oflags::LENGTH_READONLY)) {
            let bytes = obj.reserve_elements(i + 1);
            vm.heap.note_external(bytes);
            obj.set_dense_len(i + 1);
            obj.set_element(i, v);
            if obj.class() == Class::Array && obj.array_length() < i + 1 {
                obj.set_array_length(i + 1);
            }
            return Ok(Ok(()));
        }
    }
    property::set(vm, obj, key, v, o)
}

pub(crate) fn delete_value(vm: &mut Vm, o: Value, key: PropKey, strict: bool) -> JsResult<bool> {
    if o.is_nullish() {
        return Err(vm.type_error("Cannot convert undefined or null to object"));
    }
    let obj = conv::to_object(vm, o)?;
    let ok = property::delete(vm, obj, key);
    if !ok && strict {
        let k = key.to_rust(vm);
        let shown = crate::errors::describe_for_message(vm, o);
        return Err(vm.type_error(&format!("Cannot delete property '{k}' of {shown}")));
    }
    Ok(ok)
}

pub(crate) fn super_get(vm: &mut Vm, home: Value, this: Value, key: PropKey) -> JsResult<Value> {
    let Some(home) = home.as_object() else {
        return Ok(Value::UNDEFINED);
    };
    super_get_from(vm, home.proto(), this, key)
}

/// `super[key]` once the super base (the home object's prototype) is known.
pub(crate) fn super_get_from(
    vm: &mut Vm,
    base: Option<ObjRef>,
    this: Value,
    key: PropKey,
) -> JsResult<Value> {
    match base {
        Some(p) => property::get(vm, p, key, this),
        None => Err(vm.read_error(Value::NULL, key)),
    }
}

pub(crate) fn super_set(
    vm: &mut Vm,
    home: Value,
    this: Value,
    key: PropKey,
    v: Value,
    strict: bool,
) -> JsResult<()> {
    let Some(home) = home.as_object() else {
        return Ok(());
    };
    super_set_on(vm, home.proto(), this, key, v, strict)
}

/// `super[key] = v` once the super base is known.
pub(crate) fn super_set_on(
    vm: &mut Vm,
    base: Option<ObjRef>,
    this: Value,
    key: PropKey,
    v: Value,
    strict: bool,
) -> JsResult<()> {
    let Some(p) = base else {
        return Err(vm.set_error(Value::NULL, key));
    };
    let r = property::set(vm, p, key, v, this)?;
    if let Err(fail) = r
        && strict
    {
        return Err(vm.set_failure_error(this, key, fail));
    }
    Ok(())
}

pub(crate) fn define_accessor(
    vm: &mut Vm,
    obj: Value,
    key: PropKey,
    getter: Option<Value>,
    setter: Option<Value>,
    attrs: u8,
) -> JsResult<()> {
    let o = obj.as_object().expect("accessor target");
    let desc = property::Descriptor {
        get: getter,
        set: setter,
        enumerable: Some(attrs & ir::attrs::ENUMERABLE != 0),
        configurable: Some(attrs & ir::attrs::CONFIGURABLE != 0),
        ..Default::default()
    };
    if !property::define_own(vm, o, key, desc)? {
        let k = key.to_rust(vm);
        return Err(vm.type_error(&format!("Cannot redefine property: {k}")));
    }
    Ok(())
}

/// DefinePropertyOrThrow of a data property (literals, class members).
pub(crate) fn define_or_throw(
    vm: &mut Vm,
    o: ObjRef,
    key: PropKey,
    v: Value,
    attrs: u8,
) -> JsResult<()> {
    if !property::define_data(vm, o, key, v, attrs)? {
        if key == PropKey::Atom(atoms::PROTOTYPE)
            && o.class() == Class::Function
            && func_info(o).kind.is_class_constructor()
        {
            return Err(vm.type_error("Classes may not have a static property named 'prototype'"));
        }
        let k = key.to_rust(vm);
        if property::get_own(vm, o, key).is_none() && !property::is_extensible(o) {
            return Err(vm.type_error(&format!(
                "Cannot define property {k}, object is not extensible"
            )));
        }
        return Err(vm.type_error(&format!("Cannot redefine property: {k}")));
    }
    Ok(())
}

/// Gives an anonymous function defined under a computed key its name (SetFunctionName).
pub(crate) fn name_anonymous_function(vm: &mut Vm, v: Value, key: PropKey, prefix: Option<&str>) {
    let Some(fo) = v.as_object().filter(|o| o.class() == Class::Function) else {
        return;
    };
    let name_key = PropKey::Atom(atoms::NAME);
    let Some(property::Prop::Data { value, .. }) = property::get_own(vm, fo, name_key) else {
        return;
    };
    if !value.as_string().is_some_and(|s| s.is_empty()) {
        return;
    }
    let base = key.to_rust(vm);
    let name = match prefix {
        Some(p) => format!("{p} {base}"),
        None => base,
    };
    let nv = vm.new_str(&name);
    let _ = property::define_data(vm, fo, name_key, nv, ir::attrs::CONFIGURABLE);
}

/// The elements of an array built by the frontend for spread calls.
pub(crate) fn array_values(arr: Value) -> Vec<Value> {
    let a = arr.as_object().expect("spread arguments array");
    (0..a.elem_len().min(a.array_length()))
        .map(|i| {
            let v = a.element(i);
            if v.is_hole() { Value::UNDEFINED } else { v }
        })
        .chain((a.elem_len()..a.array_length()).map(|_| Value::UNDEFINED))
        .collect()
}

pub(crate) fn spread_into(
    vm: &mut Vm,
    arr: ObjRef,
    src: Value,
    info: &FuncInfo,
    text: u32,
    call_args: bool,
) -> JsResult<()> {
    let Some(it) = crate::call::for_of_start(vm, src) else {
        // V8's wording: call arguments name the missing iterator method,
        // except for null and undefined, which name the value read.
        if call_args && !src.is_nullish() {
            return Err(vm.type_error(
                "Spread syntax requires ...iterable[Symbol.iterator] to be a function",
            ));
        }
        let t = info.module(vm).ir.string_lossy(ir::StrId(text));
        if call_args {
            let what = if src.is_null() { "null" } else { "undefined" };
            return Err(vm.type_error(&format!(
                "{t} is not iterable (cannot read property {what})"
            )));
        }
        return Err(vm.type_error(&format!("{t} is not iterable")));
    };
    loop {
        let v = crate::call::for_of_next(vm, it)?;
        if v.is_hole() {
            return Ok(());
        }
        crate::builtins::array::push_value(vm, arr, v);
    }
}

/// `define_field_elem`: a computed-key data property; an anonymous
/// function defined under it gets the key as its name.
pub(crate) fn define_field_elem(
    vm: &mut Vm,
    obj: Value,
    key: Value,
    val: Value,
    attrs: u8,
) -> JsResult<()> {
    let o = obj.as_object().expect("define_field_elem on an object");
    let pk = conv::to_property_key(vm, key)?;
    define_or_throw(vm, o, pk, val, attrs)?;
    name_anonymous_function(vm, val, pk, None);
    Ok(())
}

/// A copy of environment `env` (per-iteration `let` bindings).
pub(crate) fn copy_env(vm: &mut Vm, env: Value) -> Value {
    let old = env.as_env().expect("env operand");
    let n = old.len();
    let e = vm.new_env(old.parent(), n);
    for i in 0..n {
        e.set(i, old.get(i));
    }
    e.value()
}

/// `store_global` past its inline cache hit.
pub(crate) fn store_global(
    vm: &mut Vm,
    code: &Code,
    info: &FuncInfo,
    k: Atom,
    site: u32,
    val: Value,
) -> JsResult<()> {
    let r = ic::set_global(vm, code.global_ic(site), k, val, info.strict)?;
    if let Err(fail) = r
        && info.strict
    {
        let g = vm.realm.global.value();
        return Err(vm.set_failure_error(g, PropKey::Atom(k), fail));
    }
    Ok(())
}

/// `var k` at the top of a script.
pub(crate) fn declare_global_var(vm: &mut Vm, k: Atom) -> JsResult<()> {
    let g = vm.realm.global;
    if !property::has_own(vm, g, PropKey::Atom(k)) {
        let attrs = ir::attrs::WRITABLE | ir::attrs::ENUMERABLE;
        property::define_data(vm, g, PropKey::Atom(k), Value::UNDEFINED, attrs)?;
    }
    Ok(())
}

/// A top-level function declaration `k`.
pub(crate) fn declare_global_function(vm: &mut Vm, k: Atom, val: Value) -> JsResult<()> {
    let g = vm.realm.global;
    let attrs = match property::get_own(vm, g, PropKey::Atom(k)) {
        Some(p) if p.attrs() & ir::attrs::CONFIGURABLE == 0 => p.attrs(),
        _ => ir::attrs::WRITABLE | ir::attrs::ENUMERABLE,
    };
    property::define_data(vm, g, PropKey::Atom(k), val, attrs)?;
    Ok(())
}

/// `o.key = val` through the site's cache (strict failures throw).
pub(crate) fn set_prop(
    vm: &mut Vm,
    code: &Code,
    info: &FuncInfo,
    o: Value,
    pk: PropKey,
    site: u32,
    val: Value,
) -> JsResult<()> {
    let r = match pk {
        PropKey::Atom(a) => {
            if o.is_nullish() || o.is_hole() {
                return Err(vm.set_error(o, pk));
            }
            ic::set_prop(vm, code.prop_ic(site), o, a, val)?
        }
        PropKey::Index(_) => set_elem_value(vm, o, pk, val)?,
    };
    if let Err(fail) = r
        && info.strict
    {
        return Err(vm.set_failure_error(o, pk, fail));
    }
    Ok(())
}

/// `o[k]` (the dense-element fast path is the caller's).
pub(crate) fn get_elem(vm: &mut Vm, o: Value, k: Value) -> JsResult<Value> {
    let pk = conv_key(vm, o, k)?;
    match pk {
        PropKey::Atom(a) => ic::get_keyed(vm, o, a),
        PropKey::Index(_) => get_elem_value(vm, o, pk),
    }
}

/// `o[k] = val` (strict failures throw).
pub(crate) fn set_elem(vm: &mut Vm, strict: bool, o: Value, k: Value, val: Value) -> JsResult<()> {
    if o.is_nullish() || o.is_hole() {
        let pk = conv::to_property_key(vm, k)?;
        return Err(vm.set_error(o, pk));
    }
    let pk = conv::to_property_key(vm, k)?;
    let r = match (pk, o.as_object()) {
        (PropKey::Atom(a), Some(ob)) => ic::set_keyed(vm, ob, a, val)?,
        _ => set_elem_value(vm, o, pk, val)?,
    };
    if let Err(fail) = r
        && strict
    {
        return Err(vm.set_failure_error(o, pk, fail));
    }
    Ok(())
}

/// `{}` with room for `props` properties.
pub(crate) fn new_object(vm: &mut Vm, props: u32) -> ObjRef {
    let proto = vm.realm.object_proto;
    let cap = shape::inline_cap_for(props);
    let s = if cap == vm.realm.empty_object_shape.inline_cap() {
        vm.realm.empty_object_shape
    } else {
        shape::root_shape(vm, Class::Ordinary, Some(proto), cap)
    };
    vm.new_object_with_shape(s)
}

/// The result of a derived constructor returning `v` with `this`.
pub(crate) fn derived_result(vm: &mut Vm, v: Value, this: Value) -> JsResult<Value> {
    if v.is_object() {
        Ok(v)
    } else if !v.is_undefined() {
        Err(vm.type_error("Derived constructors may only return object or undefined"))
    } else if this.is_hole() {
        Err(this_uninitialised(vm))
    } else {
        Ok(this)
    }
}

/// The source text of the callee of the call the innermost JS frame is
/// making (for errors builtins report as V8 does).
pub fn current_call_text(vm: &Vm) -> Option<String> {
    let rec = vm.frames.last()?;
    let info = info_ref(rec.info);
    let code = info.code.get()?;
    let site = match code.ops.get(rec.pc as usize)? {
        Op::Call { site, .. } | Op::CallMethod { site, .. } | Op::CallSpread { site, .. } => *site,
        _ => return None,
    };
    let (_, text) = *code.call_text.get(site as usize)?;
    (text != u32::MAX).then(|| info.module(vm).ir.string_lossy(ir::StrId(text)))
}

/// GetTemplateObject: the frozen strings array (with a frozen `raw`) of a
/// tagged template, made once per site.
pub(crate) fn template_object(vm: &mut Vm, m: &'static LoadedModule, id: usize) -> JsResult<Value> {
    let cached = m.template_objects[id].get();
    if cached.is_object() {
        return Ok(cached);
    }
    let t = &m.ir.templates[id];
    let cooked = crate::builtins::array::new_array(vm, t.cooked.len() as u32);
    for c in &t.cooked {
        let v = c.map_or(Value::UNDEFINED, |s| m.strings[s.index()]);
        crate::builtins::array::push_value(vm, cooked, v);
    }
    let raw = crate::builtins::array::new_array(vm, t.raw.len() as u32);
    for r in &t.raw {
        crate::builtins::array::push_value(vm, raw, m.strings[r.index()]);
    }
    property::set_integrity(vm, raw, true);
    let raw_key = PropKey::Atom(vm.intern_str("raw"));
    property::define_data(vm, cooked, raw_key, raw.value(), 0)?;
    property::set_integrity(vm, cooked, true);
    m.template_objects[id].set(cooked.value());
    Ok(cooked.value())
}

/// Runs a loaded module's script with `this` = the global object.
pub fn run_module(vm: &mut Vm, module: &'static LoadedModule) -> JsResult<Value> {
    let info = &module.funcs[module.ir.main.index()];
    let main = crate::call::new_closure(vm, info, Value::UNDEFINED, Value::UNDEFINED);
    let this = vm.realm.global.value();
    let base = vm.stack.top;
    invoke(vm, main, this, base, 0, Value::UNDEFINED)
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn op_size() {
        assert!(
            std::mem::size_of::<super::Op>() <= 24,
            "{}",
            std::mem::size_of::<super::Op>()
        );
        eprintln!("Op is {} bytes", std::mem::size_of::<super::Op>());
    }
}
