//! The stable text form of the IR (`--print-ir`, IR filetests).
//!
//! ```text
//! function f1 "Point" normal length=2 {
//! block0:
//!     v0 = param 0 ; any
//!     v1 = this ; any|hole
//!     set_prop v1, v0, "x" #p0
//!     v2 = const undefined ; undefined
//!     return v2
//! }
//! ```
//! Sites print as `#p3` (property), `#g1` (global), `#c0` (call), `#a2`
//! (arithmetic); each value's inferred type follows `;`.

use std::fmt::Write;

use crate::function::*;
use crate::opcodes::SiteKind;

fn quote(module: &Module, s: StrId) -> String {
    let text = module.string_lossy(s);
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attrs_text(a: u8) -> String {
    let mut s = String::new();
    s.push(if a & attrs::WRITABLE != 0 { 'w' } else { '-' });
    s.push(if a & attrs::ENUMERABLE != 0 { 'e' } else { '-' });
    s.push(if a & attrs::CONFIGURABLE != 0 {
        'c'
    } else {
        '-'
    });
    s
}

fn constant_text(module: &Module, c: Constant) -> String {
    match c {
        Constant::Undefined => "undefined".into(),
        Constant::Null => "null".into(),
        Constant::Bool(b) => b.to_string(),
        Constant::Number(n) => {
            if n == 0.0 && n.is_sign_negative() {
                "-0".into()
            } else {
                format!("{n:?}")
            }
        }
        Constant::String(s) => quote(module, s),
        Constant::Hole => "hole".into(),
    }
}

fn call_text(c: &BlockCall) -> String {
    let args: Vec<String> = c.args.iter().map(|a| a.to_string()).collect();
    format!("{}({})", c.block, args.join(", "))
}

/// Prints one instruction (without indentation or newline).
pub fn inst_text(module: &Module, func: &Function, inst: Inst) -> String {
    let d = func.inst(inst);
    let info = d.op.info();
    let mut s = String::new();
    if let Some(r) = d.result {
        let _ = write!(s, "{r} = ");
    }
    s.push_str(info.name);
    let mut parts: Vec<String> = d.args.iter().map(|a| a.to_string()).collect();
    match &d.imm {
        Imm::None => {}
        Imm::Const(c) => parts.push(constant_text(module, *c)),
        Imm::Index(i) => parts.push(i.to_string()),
        Imm::Name(n) | Imm::Text(n) => parts.push(quote(module, *n)),
        Imm::NameAttrs(n, a) => {
            parts.push(quote(module, *n));
            parts.push(attrs_text(*a));
        }
        Imm::Attrs(a) => parts.push(attrs_text(*a)),
        Imm::Env(e) => parts.push(format!("@{}.{}", e.hops, e.slot)),
        Imm::Count(c) => parts.push(format!("count {c}")),
        Imm::Func(f) => parts.push(f.to_string()),
        Imm::NameText(n, t) => {
            parts.push(quote(module, *n));
            parts.push(quote(module, *t));
        }
        Imm::Error(k, m) => {
            parts.push(k.name().to_string());
            parts.push(quote(module, *m));
        }
        Imm::Jump(c) => parts.push(call_text(c)),
        Imm::Branch(t, e) => {
            parts.push(call_text(t));
            parts.push(call_text(e));
        }
    }
    if !parts.is_empty() {
        s.push(' ');
        s.push_str(&parts.join(", "));
    }
    let prefix = match info.site {
        SiteKind::None => None,
        SiteKind::Prop => Some('p'),
        SiteKind::Global => Some('g'),
        SiteKind::Call => Some('c'),
        SiteKind::Arith => Some('a'),
    };
    if let Some(p) = prefix {
        let _ = write!(s, " #{p}{}", d.site);
    }
    if let Some(r) = d.result {
        let _ = write!(s, " ; {}", func.value_type(r));
    }
    s
}

/// Prints a function.
pub fn function_text(module: &Module, id: FuncId) -> String {
    let func = module.func(id);
    let mut s = String::new();
    let _ = write!(
        s,
        "function {id} {:?} {} length={}",
        func.name,
        func.kind.name(),
        func.length
    );
    if func.strict {
        s.push_str(" strict");
    }
    if func.expected_props > 0 {
        let _ = write!(s, " props={}", func.expected_props);
    }
    s.push_str(" {\n");
    for &b in &func.layout {
        let data = func.block(b);
        let _ = write!(s, "{b}");
        if !data.params.is_empty() {
            let params: Vec<String> = data
                .params
                .iter()
                .map(|p| format!("{p}: {}", func.value_type(*p)))
                .collect();
            let _ = write!(s, "({})", params.join(", "));
        }
        if let Some(h) = data.handler {
            let _ = write!(s, " catch {h}");
        }
        s.push_str(":\n");
        for &i in &data.insts {
            let _ = writeln!(s, "    {}", inst_text(module, func, i));
        }
    }
    s.push_str("}\n");
    s
}

/// Prints every function of the module, the script first.
pub fn module_text(module: &Module) -> String {
    let mut s = String::new();
    let mut ids: Vec<FuncId> = (0..module.functions.len() as u32).map(FuncId).collect();
    ids.sort_by_key(|&f| f != module.main);
    for (i, id) in ids.into_iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&function_text(module, id));
    }
    s
}
