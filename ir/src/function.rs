//! The IR data model: a `Module` of `Function`s, each owning dense arenas of
//! blocks, instructions and values.

use std::fmt;

use rustc_hash::FxHashMap;

use crate::opcodes::{Opcode, SiteKind};
use crate::types::Type;

macro_rules! entity {
    ($(#[$m:meta])* $name:ident, $prefix:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    };
}

entity!(/// An SSA value.
    Value, "v");
entity!(/// A basic block.
    Block, "block");
entity!(/// An instruction.
    Inst, "inst");
entity!(/// A function of the module.
    FuncId, "f");
entity!(/// A string in the module's string table.
    StrId, "s");

/// "No site" in `InstData::site`.
pub const NO_SITE: u32 = u32::MAX;

/// Property attribute bits, shared by the IR (`define_field`) and the runtime.
pub mod attrs {
    pub const WRITABLE: u8 = 1;
    pub const ENUMERABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// Writable, enumerable, configurable: an ordinary assigned property.
    pub const DEFAULT: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /// Writable and configurable but not enumerable: class methods, builtins.
    pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;
}

/// A constant operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(StrId),
    /// The internal hole: an uninitialised binding or an array hole.
    Hole,
}

impl Constant {
    pub fn ty(self) -> Type {
        match self {
            Constant::Undefined => Type::UNDEFINED,
            Constant::Null => Type::NULL,
            Constant::Bool(_) => Type::BOOL,
            Constant::Number(n) => {
                if is_int32(n) {
                    Type::INT32
                } else {
                    Type::DOUBLE
                }
            }
            Constant::String(_) => Type::STRING,
            Constant::Hole => Type::HOLE,
        }
    }
}

/// True when `n` is exactly representable as an int32 (and is not -0).
pub fn is_int32(n: f64) -> bool {
    n == (n as i32) as f64 && !(n == 0.0 && n.is_sign_negative())
}

/// Where a captured variable lives: `hops` environments up, slot `slot`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnvRef {
    pub hops: u16,
    pub slot: u32,
}

/// A branch target with the arguments for its block parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

/// The kinds of error `throw_error` raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    TypeError,
    ReferenceError,
    SyntaxError,
    RangeError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::RangeError => "RangeError",
        }
    }
}

/// An instruction's immediate operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Imm {
    None,
    Const(Constant),
    Index(u32),
    Name(StrId),
    NameAttrs(StrId, u8),
    Attrs(u8),
    Env(EnvRef),
    Count(u32),
    Func(FuncId),
    /// Source text of an operand, for error messages.
    Text(StrId),
    NameText(StrId, StrId),
    Error(ErrorKind, StrId),
    Jump(BlockCall),
    Branch(BlockCall, BlockCall),
}

/// One instruction.
#[derive(Clone, Debug)]
pub struct InstData {
    pub op: Opcode,
    pub args: Vec<Value>,
    pub imm: Imm,
    pub result: Option<Value>,
    /// Feedback site id in the table of `op.info().site`, or `NO_SITE`.
    pub site: u32,
    /// Source position (byte offset) for errors and stack traces.
    pub pos: u32,
}

impl InstData {
    /// The branch targets of a terminator.
    pub fn targets(&self) -> impl Iterator<Item = &BlockCall> {
        let (a, b) = match &self.imm {
            Imm::Jump(c) => (Some(c), None),
            Imm::Branch(t, e) => (Some(t), Some(e)),
            _ => (None, None),
        };
        a.into_iter().chain(b)
    }
    /// Every value the instruction uses: its operands, then the arguments
    /// of its edges.
    pub fn uses(&self) -> impl Iterator<Item = &Value> {
        self.args
            .iter()
            .chain(self.targets().flat_map(|c| c.args.iter()))
    }
    pub fn targets_mut(&mut self) -> impl Iterator<Item = &mut BlockCall> {
        let (a, b) = match &mut self.imm {
            Imm::Jump(c) => (Some(c), None),
            Imm::Branch(t, e) => (Some(t), Some(e)),
            _ => (None, None),
        };
        a.into_iter().chain(b)
    }
}

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    Inst(Inst),
    Param(Block, u32),
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: Type,
    pub def: ValueDef,
}

#[derive(Clone, Debug, Default)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    /// Where exceptions thrown by this block's instructions go; the handler
    /// receives the exception as its only parameter.
    pub handler: Option<Block>,
}

/// What kind of function this is: decides `this`, `prototype`, `new`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// The top-level script.
    Script,
    /// A `function` declaration or expression.
    Normal,
    Arrow,
    /// A method of an object literal or class (no `prototype`, not constructible).
    Method,
    Getter,
    Setter,
    /// The constructor of a class without `extends`.
    ClassConstructor,
    /// The constructor of a class with `extends`.
    DerivedConstructor,
    /// The synthetic function that initialises instance fields.
    FieldInit,
}

impl FunctionKind {
    /// Can this function be used with `new`?
    pub fn is_constructor(self) -> bool {
        matches!(
            self,
            FunctionKind::Normal
                | FunctionKind::ClassConstructor
                | FunctionKind::DerivedConstructor
        )
    }
    pub fn is_class_constructor(self) -> bool {
        matches!(
            self,
            FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor
        )
    }
    pub fn name(self) -> &'static str {
        match self {
            FunctionKind::Script => "script",
            FunctionKind::Normal => "normal",
            FunctionKind::Arrow => "arrow",
            FunctionKind::Method => "method",
            FunctionKind::Getter => "getter",
            FunctionKind::Setter => "setter",
            FunctionKind::ClassConstructor => "class_constructor",
            FunctionKind::DerivedConstructor => "derived_constructor",
            FunctionKind::FieldInit => "field_init",
        }
    }
}

/// Site counts, one per `SiteKind` that has a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SiteCounts {
    pub prop: u32,
    pub global: u32,
    pub call: u32,
    pub arith: u32,
}

impl SiteCounts {
    pub fn get(&self, kind: SiteKind) -> u32 {
        match kind {
            SiteKind::None => 0,
            SiteKind::Prop => self.prop,
            SiteKind::Global => self.global,
            SiteKind::Call => self.call,
            SiteKind::Arith => self.arith,
        }
    }
    pub fn next(&mut self, kind: SiteKind) -> u32 {
        let counter = match kind {
            SiteKind::None => return crate::NO_SITE,
            SiteKind::Prop => &mut self.prop,
            SiteKind::Global => &mut self.global,
            SiteKind::Call => &mut self.call,
            SiteKind::Arith => &mut self.arith,
        };
        let id = *counter;
        *counter += 1;
        id
    }
}

/// One function: a CFG of blocks with parameters, in SSA form.
#[derive(Clone, Debug)]
pub struct Function {
    /// The function's `name` ("" for anonymous).
    pub name: String,
    pub kind: FunctionKind,
    pub strict: bool,
    /// The function's `length`: parameters before the first default or rest.
    pub length: u32,
    /// Source range of the function's text (for `toString`).
    pub span: (u32, u32),
    /// How many properties a constructor's instances are expected to get
    /// (sizes the inline slots of objects `new` makes).
    pub expected_props: u32,
    /// The function is a class constructor with instance fields.
    pub has_fields: bool,
    pub blocks: Vec<BlockData>,
    pub insts: Vec<InstData>,
    pub values: Vec<ValueData>,
    /// Blocks in layout order; the first is the entry.
    pub layout: Vec<Block>,
    pub sites: SiteCounts,
}

impl Function {
    pub fn new(name: impl Into<String>, kind: FunctionKind) -> Function {
        Function {
            name: name.into(),
            kind,
            strict: false,
            length: 0,
            span: (0, 0),
            expected_props: 0,
            has_fields: false,
            blocks: Vec::new(),
            insts: Vec::new(),
            values: Vec::new(),
            layout: Vec::new(),
            sites: SiteCounts::default(),
        }
    }

    pub fn entry(&self) -> Block {
        self.layout[0]
    }
    pub fn block(&self, b: Block) -> &BlockData {
        &self.blocks[b.index()]
    }
    pub fn inst(&self, i: Inst) -> &InstData {
        &self.insts[i.index()]
    }
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }
    /// The terminator of block `b`, if it has one.
    pub fn terminator(&self, b: Block) -> Option<&InstData> {
        let last = *self.blocks[b.index()].insts.last()?;
        let data = &self.insts[last.index()];
        data.op.is_terminator().then_some(data)
    }
    /// Where a jump to `call` really goes: through blocks that only jump
    /// on (no parameters, no other instructions), to the first block that
    /// does something. The interpreter threads its edges this way, so a
    /// loop's back edge may arrive past an empty header; OSR keys on the
    /// block an edge arrives at (see [`Function::jump_chain`]).
    pub fn thread_jump<'a>(&'a self, call: &'a BlockCall) -> &'a BlockCall {
        let mut call = call;
        // At most one hop per block: a cycle of empty blocks (`for (;;) {}`)
        // stops somewhere on the cycle.
        for _ in 0..self.blocks.len() {
            match self.forward_jump(call.block) {
                Some(next) => call = next,
                None => break,
            }
        }
        call
    }
    /// The blocks an edge to `b` can arrive at after threading
    /// ([`Function::thread_jump`]): `b` and the empty blocks it jumps on
    /// through, then the first block that does something.
    pub fn jump_chain(&self, b: Block) -> Vec<Block> {
        let mut chain = vec![b];
        let mut cur = b;
        while let Some(next) = self.forward_jump(cur) {
            if chain.contains(&next.block) {
                break;
            }
            chain.push(next.block);
            cur = next.block;
        }
        chain
    }
    /// The jump of a block that does nothing else (and has no parameters).
    fn forward_jump(&self, b: Block) -> Option<&BlockCall> {
        let data = self.block(b);
        if !data.params.is_empty() || data.insts.len() != 1 {
            return None;
        }
        match &self.inst(data.insts[0]).imm {
            Imm::Jump(next) if next.block != b => Some(next),
            _ => None,
        }
    }
    /// Successors of `b`: branch targets, then the handler.
    pub fn successors(&self, b: Block) -> Vec<Block> {
        let mut out: Vec<Block> = self
            .terminator(b)
            .map(|t| t.targets().map(|c| c.block).collect())
            .unwrap_or_default();
        if let Some(h) = self.blocks[b.index()].handler {
            out.push(h);
        }
        out
    }
    /// Per value: how many times instructions use it (`InstData::uses`).
    pub fn use_counts(&self) -> Vec<u32> {
        let mut uses = vec![0u32; self.values.len()];
        for &b in &self.layout {
            for &i in &self.blocks[b.index()].insts {
                for a in self.inst(i).uses() {
                    uses[a.index()] += 1;
                }
            }
        }
        uses
    }
    /// The number of values (the interpreter's register count).
    pub fn num_values(&self) -> usize {
        self.values.len()
    }
}

/// The strings of one tagged template.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateStrings {
    /// Cooked strings (`None` where an escape is invalid).
    pub cooked: Vec<Option<StrId>>,
    pub raw: Vec<StrId>,
}

/// A compiled script: its functions and string table.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub functions: Vec<Function>,
    /// Tagged templates' strings, indexed by `template_object`.
    pub templates: Vec<TemplateStrings>,
    /// UTF-16 strings: property names, string constants, error texts.
    pub strings: Vec<Box<[u16]>>,
    string_ids: FxHashMap<Box<[u16]>, StrId>,
    /// The top-level script function.
    pub main: FuncId,
}

impl Module {
    pub fn new() -> Module {
        Module::default()
    }
    pub fn intern_utf16(&mut self, s: &[u16]) -> StrId {
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = StrId(self.strings.len() as u32);
        self.strings.push(s.into());
        self.string_ids.insert(s.into(), id);
        id
    }
    pub fn intern(&mut self, s: &str) -> StrId {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern_utf16(&units)
    }
    pub fn string(&self, id: StrId) -> &[u16] {
        &self.strings[id.index()]
    }
    /// The string as Rust text (lone surrogates become U+FFFD).
    pub fn string_lossy(&self, id: StrId) -> String {
        String::from_utf16_lossy(self.string(id))
    }
    pub fn func(&self, id: FuncId) -> &Function {
        &self.functions[id.index()]
    }
    pub fn add_function(&mut self, f: Function) -> FuncId {
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(f);
        id
    }
}
