//! Node's `util.inspect` for the values of the subset (as `console.log`
//! prints them). Interim version: flat formatting.

use crate::conv;
use crate::object::Class;
use crate::property::{self, Prop, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// Formats `console.log`'s arguments (format specifiers in the first).
pub fn format_log_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let mut parts = Vec::new();
    for &a in args {
        if let Some(s) = a.as_string() {
            parts.push(s.to_rust());
        } else {
            parts.push(inspect(vm, a, 0)?);
        }
    }
    Ok(parts.join(" "))
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n"))
}

/// `util.inspect(v)`.
pub fn inspect(vm: &mut Vm, v: Value, depth: usize) -> JsResult<String> {
    if let Some(s) = v.as_string() {
        return Ok(quote(&s.to_rust()));
    }
    if v.is_number() {
        let n = v.as_number();
        if n == 0.0 && n.is_sign_negative() {
            return Ok("-0".into());
        }
        return Ok(conv::number_to_string(n));
    }
    let Some(o) = v.as_object() else {
        return conv::to_rust_string(vm, v);
    };
    if o.is_callable() {
        let name = property::get(vm, o, PropKey::Atom(crate::atoms::NAME), v)?;
        let name = name.as_string().map(|s| s.to_rust()).unwrap_or_default();
        return Ok(if name.is_empty() { "[Function (anonymous)]".into() } else { format!("[Function: {name}]") });
    }
    if depth > 2 {
        return Ok(if o.class() == Class::Array { "[Array]".into() } else { "[Object]".into() });
    }
    let keys = property::own_keys(vm, o);
    let mut items = Vec::new();
    for k in keys {
        let Some(p) = property::get_own(vm, o, k) else { continue };
        if !p.enumerable() {
            continue;
        }
        let val = match p {
            Prop::Data { value, .. } => inspect(vm, value, depth + 1)?,
            Prop::Accessor { .. } => "[Getter/Setter]".into(),
        };
        if o.class() == Class::Array && matches!(k, PropKey::Index(_)) {
            items.push(val);
        } else {
            items.push(format!("{}: {val}", k.to_rust(vm)));
        }
    }
    if o.class() == Class::Array {
        return Ok(if items.is_empty() { "[]".into() } else { format!("[ {} ]", items.join(", ")) });
    }
    Ok(if items.is_empty() { "{}".into() } else { format!("{{ {} }}", items.join(", ")) })
}
