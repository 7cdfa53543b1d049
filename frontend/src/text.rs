//! Small text utilities: JS number formatting for property keys, string
//! literal decoding, and V8's rendering of an expression in error messages
//! ("a.b is not a function").

use oxc_ast::ast::*;

/// `Number.prototype.toString()` of `n` (used for numeric property keys).
pub fn number_to_string(n: f64) -> String {
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// Is `s` an array index (a canonical integer string below 2^32 - 1)? Such
/// keys are emitted as element accesses, never as `Name` immediates.
pub fn is_array_index(s: &str) -> bool {
    if s.is_empty() || s.len() > 10 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if s.len() > 1 && s.starts_with('0') {
        return false;
    }
    s.parse::<u64>().is_ok_and(|n| n < u32::MAX as u64)
}

/// The UTF-16 code units of a string value as oxc stores it: with
/// `lone_surrogates`, `\u{FFFD}` escapes a code unit written as 4 hex digits.
pub fn decode_string(value: &str, lone_surrogates: bool) -> Vec<u16> {
    if !lone_surrogates {
        return value.encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\u{FFFD}' {
            let hex: String = chars.by_ref().take(4).collect();
            out.push(u16::from_str_radix(&hex, 16).unwrap_or(0xFFFD));
        } else {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    out
}

/// The static name of a property key: identifiers and string literals as
/// written, numbers as `ToString` gives them. `None` for computed keys.
pub fn static_key_name(key: &PropertyKey<'_>) -> Option<String> {
    match key {
        PropertyKey::StaticIdentifier(id) => Some(id.name.as_str().to_string()),
        PropertyKey::StringLiteral(s) => Some(String::from_utf16_lossy(&decode_string(
            s.value.as_str(),
            s.lone_surrogates,
        ))),
        PropertyKey::NumericLiteral(n) => Some(number_to_string(n.value)),
        _ => None,
    }
}

/// V8's rendering of an expression in messages such as "X is not a
/// function" (its `CallPrinter`): names, member chains, literals, `f(...)`
/// for call results and `(intermediate value)` for the rest.
pub fn render_expr(e: &Expression<'_>) -> String {
    let mut out = String::new();
    render_into(e, &mut out);
    out
}

fn render_into(e: &Expression<'_>, out: &mut String) {
    match e {
        Expression::Identifier(id) => out.push_str(id.name.as_str()),
        Expression::ThisExpression(_) => out.push_str("this"),
        Expression::NullLiteral(_) => out.push_str("null"),
        Expression::BooleanLiteral(b) => out.push_str(if b.value { "true" } else { "false" }),
        Expression::NumericLiteral(n) => out.push_str(&number_to_string(n.value)),
        Expression::StringLiteral(s) => {
            out.push('"');
            out.push_str(s.value.as_str());
            out.push('"');
        }
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => {
            out.push('"');
            if let Some(q) = t.quasis.first() {
                out.push_str(q.value.cooked.as_ref().map_or("", |c| c.as_str()));
            }
            out.push('"');
        }
        Expression::ParenthesizedExpression(p) => render_into(&p.expression, out),
        Expression::StaticMemberExpression(m) => {
            render_object(&m.object, out);
            out.push_str(if m.optional { "?." } else { "." });
            out.push_str(m.property.name.as_str());
        }
        Expression::ComputedMemberExpression(m) => {
            render_object(&m.object, out);
            if m.optional {
                out.push_str("?.");
            }
            render_key(&m.expression, out);
        }
        Expression::CallExpression(c) => {
            render_into(&c.callee, out);
            out.push_str("(...)");
        }
        Expression::ChainExpression(c) => match &c.expression {
            ChainElement::CallExpression(call) => {
                render_into(&call.callee, out);
                out.push_str("(...)");
            }
            ChainElement::StaticMemberExpression(m) => {
                render_object(&m.object, out);
                out.push_str(if m.optional { "?." } else { "." });
                out.push_str(m.property.name.as_str());
            }
            ChainElement::ComputedMemberExpression(m) => {
                render_object(&m.object, out);
                if m.optional {
                    out.push_str("?.");
                }
                render_key(&m.expression, out);
            }
            _ => out.push_str("(intermediate value)"),
        },
        Expression::ArrayExpression(a) if a.elements.is_empty() => out.push_str("[]"),
        Expression::ObjectExpression(o) if o.properties.is_empty() => out.push_str("{}"),
        Expression::BinaryExpression(b) => {
            out.push('(');
            render_into(&b.left, out);
            out.push(' ');
            out.push_str(b.operator.as_str());
            out.push(' ');
            render_into(&b.right, out);
            out.push(')');
        }
        Expression::LogicalExpression(b) => {
            out.push('(');
            render_into(&b.left, out);
            out.push(' ');
            out.push_str(b.operator.as_str());
            out.push(' ');
            render_into(&b.right, out);
            out.push(')');
        }
        Expression::SequenceExpression(s) => {
            out.push('(');
            for (i, x) in s.expressions.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                render_into(x, out);
            }
            out.push(')');
        }
        Expression::UnaryExpression(u) => {
            out.push('(');
            out.push_str(u.operator.as_str());
            if u.operator.is_keyword() {
                out.push(' ');
            }
            render_into(&u.argument, out);
            out.push(')');
        }
        _ => out.push_str("(intermediate value)"),
    }
}

fn render_object(e: &Expression<'_>, out: &mut String) {
    match e {
        Expression::Super(_) => out.push_str("(intermediate value)"),
        _ => render_into(e, out),
    }
}

fn render_key(key: &Expression<'_>, out: &mut String) {
    match key.without_parentheses() {
        Expression::StringLiteral(s) => {
            out.push('.');
            out.push_str(s.value.as_str());
        }
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => {
            out.push('.');
            if let Some(q) = t.quasis.first() {
                out.push_str(q.value.cooked.as_ref().map_or("", |c| c.as_str()));
            }
        }
        k => {
            out.push('[');
            render_into(k, out);
            out.push(']');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_js() {
        assert_eq!(number_to_string(1.0), "1");
        assert_eq!(number_to_string(1.5), "1.5");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(16.0), "16");
    }

    #[test]
    fn array_indices() {
        assert!(is_array_index("0"));
        assert!(is_array_index("4294967294"));
        assert!(!is_array_index("4294967295"));
        assert!(!is_array_index("01"));
        assert!(!is_array_index("1.5"));
        assert!(!is_array_index(""));
    }

    #[test]
    fn lone_surrogates_decode() {
        assert_eq!(decode_string("a\u{FFFD}d800b", true), vec![97, 0xd800, 98]);
        assert_eq!(decode_string("\u{FFFD}fffd", true), vec![0xfffd]);
    }
}
