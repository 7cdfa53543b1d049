//! Atoms every part of the runtime names: interned first, in this order, so
//! their ids are constants.

use crate::string::Atom;
use crate::vm::Vm;

macro_rules! predefined_atoms {
    ($($name:ident = $text:literal,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum Ids { $($name,)* }
        $(pub const $name: Atom = Atom(Ids::$name as u32);)*
        const TEXTS: &[&str] = &[$($text,)*];
    };
}

predefined_atoms! {
    LENGTH = "length",
    PROTOTYPE = "prototype",
    CONSTRUCTOR = "constructor",
    NAME = "name",
    MESSAGE = "message",
    STACK = "stack",
    PROTO = "__proto__",
    TO_STRING = "toString",
    VALUE_OF = "valueOf",
    ARGUMENTS = "arguments",
    CALLER = "caller",
    CALLEE = "callee",
    GET = "get",
    SET = "set",
    VALUE = "value",
    WRITABLE = "writable",
    ENUMERABLE = "enumerable",
    CONFIGURABLE = "configurable",
    CAUSE = "cause",
    EMPTY = "",
    UNDEFINED = "undefined",
    NULL = "null",
    TRUE = "true",
    FALSE = "false",
    NAN = "NaN",
    INFINITY = "Infinity",
    OBJECT = "object",
    FUNCTION = "function",
    STRING = "string",
    NUMBER = "number",
    BOOLEAN = "boolean",
    ANONYMOUS = "anonymous",
    DEFAULT = "default",
    JOIN = "join",
    GLOBAL_THIS = "globalThis",
    TO_JSON = "toJSON",
    INDEX = "index",
}

/// Interns the predefined atoms; must run first on a new VM.
pub fn init_predefined(vm: &mut Vm) {
    for (i, text) in TEXTS.iter().enumerate() {
        let a = vm.intern_str(text);
        assert_eq!(
            a.0 as usize, i,
            "predefined atom {text} interned out of order"
        );
    }
}
