//! The protojit frontend: JavaScript source to the typed SSA IR.
//!
//! [`compile`] parses a classic script with oxc, runs the [`scope`]
//! analysis (bindings and hoisting, early errors with V8's wording, features
//! outside the subset, and where each binding lives: SSA variable,
//! environment slot or global property), then lowers every function to an
//! `ir::Function` (`lower`). Each lowered function has its types inferred
//! and, in debug builds, is verified: a verifier failure is a frontend bug
//! and panics with the function's text.
//!
//! Invariants of the IR it produces (the runtime relies on them):
//! - `module.main` is the script (`f0`); every function, method, accessor,
//!   class constructor and class field/static initialiser is its own
//!   function, numbered in the order the analysis meets them.
//! - A `Name` immediate is never an array index: those keys are emitted as
//!   element operations with a number key.
//! - Every instruction carries the byte offset of the source it comes from.
//!
//! Where to start reading: [`compile`], then `scope.rs`, then `lower/`.

#![forbid(unsafe_code)]

mod diagnostic;
mod lower;
mod scope;
mod text;

pub use diagnostic::{CompileError, Diagnostic};

use oxc_allocator::Allocator;
use oxc_parser::Parser;
use oxc_span::SourceType;

/// Compiles a classic script to an IR module.
pub fn compile(source: &str, file_name: &str) -> Result<ir::Module, CompileError> {
    let _ = file_name;
    let allocator = Allocator::default();
    let ret = Parser::new(&allocator, source, SourceType::script()).parse();
    if let Some(d) = ret.diagnostics.iter().min_by_key(|d| diagnostic_offset(d)) {
        let offset = diagnostic_offset(d);
        let message = syntax_message(source, d.message.as_ref(), offset);
        return Err(CompileError::Syntax(Diagnostic::at(source, offset, message)));
    }
    let program = ret.program;
    let analysis = scope::analyze(source, &program)?;
    lower::lower_module(source, &analysis)
}

fn diagnostic_offset(d: &oxc_diagnostics::OxcDiagnostic) -> u32 {
    d.labels.iter().map(|l| l.offset() as u32).min().unwrap_or(0)
}

/// oxc's messages about an unexpected token, worded as V8 words them
/// ("Unexpected token ';'", "Unexpected end of input").
fn syntax_message(source: &str, message: &str, offset: u32) -> String {
    let about_token = message == "Unexpected token"
        || (message.starts_with("Expected") && message.contains("but found"));
    if !about_token {
        return message.to_string();
    }
    let rest = &source[(offset as usize).min(source.len())..];
    let Some(c) = rest.chars().next() else {
        return "Unexpected end of input".to_string();
    };
    if c.is_ascii_digit() {
        return "Unexpected number".to_string();
    }
    if c == '"' || c == '\'' {
        return "Unexpected string".to_string();
    }
    if c == '`' {
        return "Unexpected template string".to_string();
    }
    if c.is_alphabetic() || c == '_' || c == '$' {
        let word: String =
            rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
        if is_reserved_word(&word) {
            return format!("Unexpected token '{word}'");
        }
        return format!("Unexpected identifier '{word}'");
    }
    let punct: String = rest
        .chars()
        .take_while(|c| !c.is_alphanumeric() && !c.is_whitespace() && !"\"'`_$".contains(*c))
        .take(4)
        .collect();
    let token = longest_punctuator(&punct);
    format!("Unexpected token '{token}'")
}

fn is_reserved_word(w: &str) -> bool {
    matches!(
        w,
        "break" | "case" | "catch" | "class" | "const" | "continue" | "debugger" | "default"
            | "delete" | "do" | "else" | "export" | "extends" | "false" | "finally" | "for"
            | "function" | "if" | "import" | "in" | "instanceof" | "new" | "null" | "return"
            | "super" | "switch" | "this" | "throw" | "true" | "try" | "typeof" | "var" | "void"
            | "while" | "with"
    )
}

fn longest_punctuator(s: &str) -> &str {
    const PUNCT: &[&str] = &[
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==",
        "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "<<", ">>", "**",
    ];
    for p in PUNCT {
        if s.starts_with(p) {
            return p;
        }
    }
    match s.char_indices().nth(1) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
