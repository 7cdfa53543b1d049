//! Every IR opcode, declared once.
//!
//! One line per opcode: its text name, operand arity, immediate kind, the
//! upper bound of its result type (`None` when it produces no value), the kind
//! of feedback site it owns, and its effect flags. The `Opcode` enum, the
//! `OpInfo` table, the printer, the verifier and the passes all read this
//! table; a pass asks flags ("may this throw?"), never names.
//!
//! Operand conventions are in the doc line of each opcode; `[..]` marks a
//! variadic tail.

use crate::types::Type;

/// How many operands an opcode takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Fixed(u8),
    /// At least this many, then any number more.
    Variadic(u8),
}

/// The kind of immediate an opcode carries (checked by the verifier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmKind {
    None,
    Const,
    Index,
    Name,
    NameAttrs,
    Attrs,
    Env,
    Count,
    Func,
    Text,
    NameText,
    Error,
    Jump,
    Branch,
}

/// Which feedback table a site id indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SiteKind {
    None,
    /// Property get/set/has/delete: an inline cache.
    Prop,
    /// Global variable load/store: an inline cache on the global object.
    Global,
    /// Call, method call, `new`: targets seen.
    Call,
    /// Arithmetic and comparison: operand types seen.
    Arith,
}

/// Effect flags.
pub mod flags {
    /// No side effects, no throw: may be removed when unused, folded, hoisted.
    pub const PURE: u32 = 1 << 0;
    /// May throw a JS exception (transfers to the block's handler).
    pub const MAY_THROW: u32 = 1 << 1;
    /// Reads the heap.
    pub const READS: u32 = 1 << 2;
    /// Writes the heap.
    pub const WRITES: u32 = 1 << 3;
    /// May call arbitrary JS (getters, setters, valueOf, callees).
    pub const CALLS: u32 = 1 << 4;
    /// Allocates (may trigger a GC).
    pub const ALLOCATES: u32 = 1 << 5;
    /// Ends a block.
    pub const TERMINATOR: u32 = 1 << 6;

    /// Shorthand for "anything can happen": a generic JS operation.
    pub const GENERIC: u32 = MAY_THROW | READS | WRITES | CALLS | ALLOCATES;
}

/// Static facts about one opcode.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    pub name: &'static str,
    pub arity: Arity,
    pub imm: ImmKind,
    /// Upper bound of the result type; `None` when the op has no result.
    pub result: Option<Type>,
    pub site: SiteKind,
    pub flags: u32,
}

impl OpInfo {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:expr])*
        $name:ident = $text:literal, $arity:expr, $imm:ident, $result:expr, $site:ident, $flags:expr;
    )*) => {
        /// An IR operation. See the table in `opcodes.rs`.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        const OP_COUNT: usize = [$(Opcode::$name),*].len();

        static OP_INFO: [OpInfo; OP_COUNT] = [
            $( OpInfo {
                name: $text,
                arity: $arity,
                imm: ImmKind::$imm,
                result: $result,
                site: SiteKind::$site,
                flags: $flags,
            }, )*
        ];

        impl Opcode {
            /// Every opcode, in declaration order.
            pub const ALL: [Opcode; OP_COUNT] = [$(Opcode::$name),*];
        }
    };
}

use Arity::{Fixed, Variadic};
use flags::*;

const ANY: Option<Type> = Some(Type::ANY);
const ANY_OR_HOLE: Option<Type> = Some(Type::ANY_OR_HOLE);
const BOOL: Option<Type> = Some(Type::BOOL);
const NUM: Option<Type> = Some(Type::NUMBER);
const NUM_STR: Option<Type> = Some(Type(Type::NUMBER.0 | Type::STRING.0));
const INT: Option<Type> = Some(Type::INT32);
const STR: Option<Type> = Some(Type::STRING);
const OBJ: Option<Type> = Some(Type::OBJECT);
const FUN: Option<Type> = Some(Type::FUNCTION);
const ANY_OBJ: Option<Type> = Some(Type::ANY_OBJECT);
const NO: Option<Type> = None;

define_opcodes! {
    // ---- constants and the frame ----
    /// A constant (imm).
    Const = "const", Fixed(0), Const, ANY_OR_HOLE, None, PURE;
    /// Argument number imm of the current call, `undefined` when absent.
    Param = "param", Fixed(0), Index, ANY, None, PURE;
    /// The `this` value (for sloppy functions already coerced to an object).
    This = "this", Fixed(0), None, ANY_OR_HOLE, None, PURE;
    /// The function object being run.
    Callee = "callee", Fixed(0), None, FUN, None, PURE;
    /// `new.target`: the constructor `new` was applied to, or undefined.
    NewTarget = "new_target", Fixed(0), None, Some(Type(Type::UNDEFINED.0 | Type::FUNCTION.0)), None, PURE;
    /// A fresh `arguments` object.
    Arguments = "arguments", Fixed(0), None, OBJ, None, ALLOCATES;
    /// An array of the arguments from index imm on (rest parameter).
    RestArgs = "rest_args", Fixed(0), Index, OBJ, None, ALLOCATES;
    /// The environment captured by the running closure.
    ClosureEnv = "closure_env", Fixed(0), None, ANY, None, PURE;
    /// The home object of the running method (for `super`).
    HomeObject = "home_object", Fixed(0), None, ANY, None, PURE;

    // ---- environments (captured variables) ----
    /// A new environment of imm slots (all holes) whose parent is operand 0.
    CreateEnv = "create_env", Fixed(1), Count, OBJ, None, ALLOCATES;
    /// A copy of environment operand 0 (per-iteration `let` bindings).
    CopyEnv = "copy_env", Fixed(1), None, OBJ, None, ALLOCATES | READS;
    /// Slot imm.slot of the environment imm.hops parents above operand 0.
    LoadEnv = "load_env", Fixed(1), Env, ANY_OR_HOLE, None, READS;
    /// Store operand 1 into slot imm of the environment above operand 0.
    StoreEnv = "store_env", Fixed(2), Env, NO, None, WRITES;
    /// Operand 0 unchanged; throws ReferenceError when it is the hole (TDZ). imm: binding name.
    CheckInit = "check_init", Fixed(1), Name, ANY, None, MAY_THROW;
    /// Throws imm (an error kind and message).
    ThrowError = "throw_error", Fixed(0), Error, NO, None, MAY_THROW | ALLOCATES;

    // ---- global variables (properties of the global object) ----
    /// Global variable imm; ReferenceError when absent.
    LoadGlobal = "load_global", Fixed(0), Name, ANY, Global, GENERIC;
    /// Global variable imm, `undefined` when absent (for `typeof x`).
    LoadGlobalOrUndefined = "load_global_or_undefined", Fixed(0), Name, ANY, Global, GENERIC;
    /// Assign operand 0 to global variable imm.
    StoreGlobal = "store_global", Fixed(1), Name, NO, Global, GENERIC;
    /// `var imm` at script top level: define it as undefined unless present.
    DeclareGlobalVar = "declare_global_var", Fixed(0), Name, NO, None, GENERIC;
    /// A top-level function declaration: define global imm as operand 0.
    DeclareGlobalFunction = "declare_global_function", Fixed(1), Name, NO, None, GENERIC;

    // ---- properties ----
    /// operand0.imm
    GetProp = "get_prop", Fixed(1), Name, ANY, Prop, GENERIC;
    /// operand0.imm = operand1
    SetProp = "set_prop", Fixed(2), Name, NO, Prop, GENERIC;
    /// operand0[operand1]
    GetElem = "get_elem", Fixed(2), None, ANY, Prop, GENERIC;
    /// operand0[operand1] = operand2
    SetElem = "set_elem", Fixed(3), None, NO, Prop, GENERIC;
    /// `operand0 in operand1`
    HasProp = "has_prop", Fixed(2), None, BOOL, Prop, GENERIC;
    /// `delete operand0.imm`
    DeleteProp = "delete_prop", Fixed(1), Name, BOOL, None, GENERIC;
    /// `delete operand0[operand1]`
    DeleteElem = "delete_elem", Fixed(2), None, BOOL, None, GENERIC;
    /// `super.imm` with home object operand 0 and receiver operand 1.
    GetSuper = "get_super", Fixed(2), Name, ANY, Prop, GENERIC;
    /// `super[operand2]` with super base operand 0 (from `super_base`) and
    /// receiver operand 1; the key is converted after the base was taken.
    GetSuperElem = "get_super_elem", Fixed(3), None, ANY, None, GENERIC;
    /// `super.imm = operand2` (home, receiver, value).
    SetSuper = "set_super", Fixed(3), Name, NO, None, GENERIC;
    /// `super[operand2] = operand3` (super base, receiver, key, value).
    SetSuperElem = "set_super_elem", Fixed(4), None, NO, None, GENERIC;
    /// GetSuperBase: the prototype of home object operand 0 (null when none).
    SuperBase = "super_base", Fixed(1), None, Some(Type(Type::OBJECT.0 | Type::NULL.0)), None, READS;

    // ---- object and array literals ----
    /// `{}` with room for imm properties.
    NewObject = "new_object", Fixed(0), Count, OBJ, None, ALLOCATES;
    /// Define own data property imm.name = operand1 on operand 0 with imm.attrs.
    DefineField = "define_field", Fixed(2), NameAttrs, NO, None, GENERIC;
    /// Define own data property operand1 = operand2 on operand 0 with attrs imm.
    DefineFieldElem = "define_field_elem", Fixed(3), Attrs, NO, None, GENERIC;
    /// Define getter operand 1 for imm.name on operand 0.
    DefineGetter = "define_getter", Fixed(2), NameAttrs, NO, None, GENERIC;
    /// Define setter operand 1 for imm.name on operand 0.
    DefineSetter = "define_setter", Fixed(2), NameAttrs, NO, None, GENERIC;
    /// Define getter operand 2 for key operand 1 on operand 0.
    DefineGetterElem = "define_getter_elem", Fixed(3), Attrs, NO, None, GENERIC;
    /// Define setter operand 2 for key operand 1 on operand 0.
    DefineSetterElem = "define_setter_elem", Fixed(3), Attrs, NO, None, GENERIC;
    /// `__proto__: operand1` in a literal: set the prototype when it is an object or null.
    SetProtoLiteral = "set_proto_literal", Fixed(2), None, NO, None, WRITES | MAY_THROW;
    /// An array of the operands (a hole constant makes a hole).
    NewArray = "new_array", Variadic(0), None, OBJ, None, ALLOCATES;
    /// Append operand 1 to array operand 0.
    ArrayAppend = "array_append", Fixed(2), None, NO, None, WRITES | ALLOCATES;
    /// Append every element of iterable operand 1 to array operand 0.
    ArrayAppendSpread = "array_append_spread", Fixed(2), Text, NO, None, GENERIC;
    /// The same for a spread argument of a call (`f(...x)`): only the
    /// error for a non-iterable operand differs.
    ArgsAppendSpread = "args_append_spread", Fixed(2), Text, NO, None, GENERIC;
    /// Append a hole to array operand 0.
    ArrayAppendHole = "array_append_hole", Fixed(1), None, NO, None, WRITES;
    /// The template object of module template imm (a tagged template's
    /// strings: frozen, with `raw`; the same object at every evaluation).
    TemplateObject = "template_object", Fixed(0), Index, OBJ, None, ALLOCATES | READS;

    // ---- functions and classes ----
    /// A closure of function imm over environment operand 0.
    MakeClosure = "make_closure", Fixed(1), Func, FUN, None, ALLOCATES;
    /// A method (no `prototype`) of function imm over env operand 0 with home object operand 1.
    MakeMethod = "make_method", Fixed(2), Func, FUN, None, ALLOCATES;
    /// A class whose constructor is function imm, over env operand 0, extending operand 1 (hole: no `extends`).
    MakeClass = "make_class", Fixed(2), Func, FUN, None, GENERIC;
    /// Record operand 1 as the field initialiser of class operand 0.
    SetFieldInit = "set_field_init", Fixed(2), None, NO, None, WRITES;
    /// Run the field initialiser of class operand 1 on the new object operand 0.
    InitFields = "init_fields", Fixed(2), None, NO, None, GENERIC;
    /// Call operand 0 with `this` operand 1 and arguments [2..]; imm: callee text for errors.
    Call = "call", Variadic(2), Text, ANY, Call, GENERIC;
    /// Call method imm.name of operand 0 with arguments [1..]; imm.text for errors.
    CallMethod = "call_method", Variadic(1), NameText, ANY, Call, GENERIC;
    /// Call operand 0 with `this` operand 1 and the elements of array operand 2.
    CallSpread = "call_spread", Fixed(3), Text, ANY, Call, GENERIC;
    /// `new operand0(..)` with arguments [1..].
    New = "new", Variadic(1), Text, ANY_OBJ, Call, GENERIC;
    /// `new operand0(...operand1)`.
    NewSpread = "new_spread", Fixed(2), Text, ANY_OBJ, Call, GENERIC;
    /// `super(..)`: operand 0 new.target, operand 1 the active function, arguments [2..]. Returns the new `this`.
    SuperCall = "super_call", Variadic(2), None, ANY_OBJ, Call, GENERIC;
    /// `super(...operand2)` with new.target operand 0, active function operand 1.
    SuperCallSpread = "super_call_spread", Fixed(3), None, ANY_OBJ, Call, GENERIC;
    /// Operand 0 unchanged; ReferenceError when `this` is still uninitialised (hole).
    CheckThis = "check_this", Fixed(1), None, ANY, None, MAY_THROW;
    /// ReferenceError unless operand 0 (this) is still the hole: super() called twice.
    CheckSuperOnce = "check_super_once", Fixed(1), None, NO, None, MAY_THROW;
    /// The result of a derived constructor returning operand 0, with `this` operand 1.
    DerivedResult = "derived_result", Fixed(2), None, ANY_OBJ, None, MAY_THROW | ALLOCATES;

    // ---- operators ----
    Add = "add", Fixed(2), None, NUM_STR, Arith, GENERIC;
    Sub = "sub", Fixed(2), None, NUM, Arith, GENERIC;
    Mul = "mul", Fixed(2), None, NUM, Arith, GENERIC;
    Div = "div", Fixed(2), None, NUM, Arith, GENERIC;
    Mod = "mod", Fixed(2), None, NUM, Arith, GENERIC;
    Exp = "exp", Fixed(2), None, NUM, Arith, GENERIC;
    BitAnd = "bit_and", Fixed(2), None, INT, Arith, GENERIC;
    BitOr = "bit_or", Fixed(2), None, INT, Arith, GENERIC;
    BitXor = "bit_xor", Fixed(2), None, INT, Arith, GENERIC;
    Shl = "shl", Fixed(2), None, INT, Arith, GENERIC;
    /// `>>`
    Sar = "sar", Fixed(2), None, INT, Arith, GENERIC;
    /// `>>>`
    Shr = "shr", Fixed(2), None, NUM, Arith, GENERIC;
    Lt = "lt", Fixed(2), None, BOOL, Arith, GENERIC;
    Le = "le", Fixed(2), None, BOOL, Arith, GENERIC;
    Gt = "gt", Fixed(2), None, BOOL, Arith, GENERIC;
    Ge = "ge", Fixed(2), None, BOOL, Arith, GENERIC;
    /// `==`
    LooseEq = "loose_eq", Fixed(2), None, BOOL, Arith, GENERIC;
    /// `!=`
    LooseNe = "loose_ne", Fixed(2), None, BOOL, Arith, GENERIC;
    StrictEq = "strict_eq", Fixed(2), None, BOOL, Arith, PURE;
    StrictNe = "strict_ne", Fixed(2), None, BOOL, Arith, PURE;
    /// Unary `-`.
    Neg = "neg", Fixed(1), None, NUM, Arith, GENERIC;
    /// `~`
    BitNot = "bit_not", Fixed(1), None, INT, Arith, GENERIC;
    /// Unary `+` (ToNumber).
    ToNumber = "to_number", Fixed(1), None, NUM, Arith, GENERIC;
    /// ToNumeric(operand) + 1 (`++`).
    Inc = "inc", Fixed(1), None, NUM, Arith, GENERIC;
    /// ToNumeric(operand) - 1 (`--`).
    Dec = "dec", Fixed(1), None, NUM, Arith, GENERIC;
    /// `!`
    Not = "not", Fixed(1), None, BOOL, None, PURE;
    TypeOf = "typeof", Fixed(1), None, STR, None, PURE;
    /// `operand0 instanceof operand1`
    InstanceOf = "instanceof", Fixed(2), None, BOOL, Arith, GENERIC;
    /// ToString (template literal substitutions).
    ToStr = "to_string", Fixed(1), None, STR, None, GENERIC;
    /// ToPropertyKey (a computed key used twice, as in `o[k] += 1`).
    ToPropertyKey = "to_property_key", Fixed(1), None, Some(Type(Type::STRING.0 | Type::NUMBER.0)), None, GENERIC;

    // ---- iteration ----
    /// Start `for (k in operand0)`: an iterator over its enumerable string keys.
    ForInStart = "for_in_start", Fixed(1), None, OBJ, None, GENERIC;
    /// The next key of for-in iterator operand 0, or the hole when done.
    ForInNext = "for_in_next", Fixed(1), None, Some(Type(Type::STRING.0 | Type::HOLE.0)), None, READS;
    /// Start `for (x of operand0)` (arrays and strings); imm: operand text for errors.
    ForOfStart = "for_of_start", Fixed(1), Text, OBJ, None, GENERIC;
    /// The next value of for-of iterator operand 0, or the hole when done.
    ForOfNext = "for_of_next", Fixed(1), None, ANY_OR_HOLE, None, GENERIC;
    /// Is operand 0 the hole?
    IsHole = "is_hole", Fixed(1), None, BOOL, None, PURE;

    // ---- terminators ----
    Jump = "jump", Fixed(0), Jump, NO, None, TERMINATOR;
    /// Branch on ToBoolean(operand 0).
    Branch = "branch", Fixed(1), Branch, NO, None, TERMINATOR;
    Return = "return", Fixed(1), None, NO, None, TERMINATOR;
    Throw = "throw", Fixed(1), None, NO, None, TERMINATOR | MAY_THROW;
}

impl Opcode {
    pub fn info(self) -> &'static OpInfo {
        &OP_INFO[self as usize]
    }
    pub fn name(self) -> &'static str {
        self.info().name
    }
    pub fn is_terminator(self) -> bool {
        self.info().has(TERMINATOR)
    }
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for op in Opcode::ALL {
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
    }

    #[test]
    fn only_branches_carry_block_targets() {
        for op in Opcode::ALL {
            let targets = matches!(op.info().imm, ImmKind::Jump | ImmKind::Branch);
            if targets {
                assert!(op.is_terminator(), "{op:?}");
            }
        }
    }
}
