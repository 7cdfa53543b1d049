//! The protojit frontend: JavaScript source to the typed SSA IR.
//!
//! [`compile`] parses a classic script with oxc, runs the `scope`
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
//! - A handler block only sees SSA values from where its `try` began: every
//!   binding assigned inside a protected region and declared outside it is
//!   an environment slot.
//! - A derived constructor converts its result (`derived_result`) outside
//!   any protected region, as `[[Construct]]` does after the body.
//!
//! Deliberate deviations from the letter of the specification, all
//! invisible to the subset's programs, are noted where they are made
//! (`FIXME`/"gap" comments): e.g. parameter defaults share one scope with
//! the body's `var`s, and sloppy-mode parameter aliasing through `arguments`
//! is done by the frontend for the function's own accesses only.
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
    compile_with(source, file_name, CompileOptions::default())
}

/// Options of [`compile_with`].
#[derive(Clone, Copy, Debug, Default)]
pub struct CompileOptions {
    /// The script returns the value of the last expression statement it ran
    /// (what indirect `eval` and the `Function` constructor need).
    pub completion_value: bool,
}

/// [`compile`] with options.
pub fn compile_with(
    source: &str,
    file_name: &str,
    opts: CompileOptions,
) -> Result<ir::Module, CompileError> {
    let _ = file_name;
    // The parser and both passes recurse over the AST: give them a deep
    // stack (reserved, not committed), whatever thread calls us.
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("compile".into())
            .stack_size(COMPILE_STACK)
            .spawn_scoped(scope, || compile_here(source, opts));
        match worker {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => compile_here(source, opts),
        }
    })
}

/// Stack size of the compiling thread.
const COMPILE_STACK: usize = 256 << 20;

fn compile_here(source: &str, opts: CompileOptions) -> Result<ir::Module, CompileError> {
    if let Some(offset) = too_deep_brackets(source) {
        return Err(CompileError::Unsupported(Diagnostic::at(
            source,
            offset,
            "code nested more than 3000 levels deep",
        )));
    }
    let allocator = Allocator::default();
    let ret = Parser::new(&allocator, source, SourceType::script()).parse();
    if let Some(d) = ret.diagnostics.iter().min_by_key(|d| diagnostic_offset(d)) {
        let mut offset = diagnostic_offset(d);
        if d.message.contains("semicolon") {
            // oxc points after the previous token; V8 at the next one.
            let rest = source.get(offset as usize..).unwrap_or("");
            offset += (rest.len() - rest.trim_start().len()) as u32;
        }
        let message = syntax_message(source, d.message.as_ref(), offset);
        return Err(CompileError::Syntax(Diagnostic::at(
            source, offset, message,
        )));
    }
    let program = ret.program;
    let analysis = scope::analyze(source, &program)?;
    lower::lower_module(source, &analysis, opts.completion_value)
}

/// Where brackets first nest deeper than the passes (and the parser, which
/// recurses too) can take; string literals and comments are skipped.
fn too_deep_brackets(source: &str) -> Option<u32> {
    let bytes = source.as_bytes();
    let mut depth = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > 3000 {
                    return Some(i as u32);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q && (q == b'`' || bytes[i] != b'\n') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The position of the primary label (the first one).
fn diagnostic_offset(d: &oxc_diagnostics::OxcDiagnostic) -> u32 {
    d.labels.first().map_or(0, |l| l.offset())
}

/// oxc's messages about an unexpected token, worded as V8 words them
/// ("Unexpected token ';'", "Unexpected end of input").
fn syntax_message(source: &str, message: &str, offset: u32) -> String {
    let about_token = message == "Unexpected token"
        || (message.starts_with("Expected") && message.contains("but found"));
    if message == "Unterminated string" || message.starts_with("Invalid characters after number") {
        return "Invalid or unexpected token".to_string();
    }
    if !about_token {
        return message.to_string();
    }
    let rest = source.get(offset as usize..).unwrap_or("");
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
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
            .collect();
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
        "break"
            | "case"
            | "catch"
            | "class"
            | "const"
            | "continue"
            | "debugger"
            | "default"
            | "delete"
            | "do"
            | "else"
            | "export"
            | "extends"
            | "false"
            | "finally"
            | "for"
            | "function"
            | "if"
            | "import"
            | "in"
            | "instanceof"
            | "new"
            | "null"
            | "return"
            | "super"
            | "switch"
            | "this"
            | "throw"
            | "true"
            | "try"
            | "typeof"
            | "var"
            | "void"
            | "while"
            | "with"
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
