//! Global values and functions (ECMA-262 §19, Annex B): `globalThis`,
//! `NaN`, `Infinity`, `undefined`, `isNaN`, `isFinite`, `parseInt`,
//! `parseFloat`, `escape`, `unescape`, and indirect `eval`.

use super::{method, value};
use crate::call::Args;
use crate::conv;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let g = vm.realm.global;
    value(vm, g, "globalThis", g.value(), ir::attrs::HIDDEN);
    value(vm, g, "NaN", Value::double(f64::NAN), 0);
    value(vm, g, "Infinity", Value::double(f64::INFINITY), 0);
    value(vm, g, "undefined", Value::UNDEFINED, 0);
    method(vm, g, "isNaN", 1, is_nan);
    method(vm, g, "isFinite", 1, is_finite);
    method(vm, g, "parseInt", 2, parse_int);
    method(vm, g, "parseFloat", 1, parse_float);
    method(vm, g, "escape", 1, escape);
    method(vm, g, "unescape", 1, unescape);
    method(vm, g, "eval", 1, eval);
}

/// Indirect `eval`: runs a string as a global script and returns its
/// completion value. (Direct `eval` is rejected by the frontend.)
fn eval(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(s) = args.get(0).as_string() else {
        return Ok(args.get(0));
    };
    let source = s.to_rust();
    vm.eval_source(&source, "eval")
}

/// escape(string) (Annex B.2.1.1).
fn escape(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    for &c in s.units() {
        let keep =
            c < 128 && ((c as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(c as u8)));
        if keep {
            out.push(c);
        } else {
            let text = if c < 256 {
                format!("%{c:02X}")
            } else {
                format!("%u{c:04X}")
            };
            out.extend(text.encode_utf16());
        }
    }
    Ok(vm.string_value(&out))
}

/// unescape(string) (Annex B.2.1.2).
fn unescape(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let u = s.units();
    let hex = |c: u16| char::from_u32(c as u32).and_then(|c| c.to_digit(16));
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut i = 0;
    while i < u.len() {
        let c = u[i];
        if c == b'%' as u16 {
            if i + 6 <= u.len() && u[i + 1] == b'u' as u16 {
                let ds: Option<Vec<u32>> = u[i + 2..i + 6].iter().map(|&d| hex(d)).collect();
                if let Some(ds) = ds {
                    out.push(ds.iter().fold(0, |n, d| n * 16 + d) as u16);
                    i += 6;
                    continue;
                }
            }
            if i + 3 <= u.len()
                && let (Some(a), Some(b)) = (hex(u[i + 1]), hex(u[i + 2]))
            {
                out.push((a * 16 + b) as u16);
                i += 3;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    Ok(vm.string_value(&out))
}

fn is_nan(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(vm, args.get(0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(vm, args.get(0))?.is_finite()))
}

/// Is `f` the built-in `parseInt` (the JIT calls `abi::h_parse_int`)?
pub fn is_parse_int(f: Value) -> bool {
    super::is_native(f, parse_int)
}

/// parseInt(string, radix).
pub fn parse_int(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let r = args.get(1);
    if (r.is_undefined() || r.is_int() && r.as_int() == 10)
        && let Some(n) = decimal_prefix(s.units())
    {
        return Ok(Value::number(n));
    }
    let units = conv::trim_start_units(s.units());
    let mut radix = conv::to_int32(vm, r)?;
    let mut i = 0;
    let mut neg = false;
    if let Some(&c) = units.first()
        && (c == b'-' as u16 || c == b'+' as u16)
    {
        neg = c == b'-' as u16;
        i = 1;
    }
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::double(f64::NAN));
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix
        && units.len() >= i + 2
        && units[i] == b'0' as u16
        && (units[i + 1] == b'x' as u16 || units[i + 1] == b'X' as u16)
    {
        i += 2;
        radix = 16;
    }
    let digit = |u: u16| char::from_u32(u as u32).and_then(|c| c.to_digit(radix as u32));
    let end = i + units[i..]
        .iter()
        .take_while(|&&u| digit(u).is_some())
        .count();
    if end == i {
        return Ok(Value::double(f64::NAN));
    }
    // Below 2^53 every integer is a double: no rounding to do.
    let exact = units[i..end].iter().try_fold(0u64, |acc, &u| {
        let acc = acc * radix as u64 + digit(u)? as u64;
        (acc <= 1 << 53).then_some(acc)
    });
    let n = match exact {
        Some(n) => n as f64,
        None => {
            let digits: Vec<u8> = units[i..end]
                .iter()
                .filter_map(|&u| digit(u))
                .map(|d| d as u8)
                .collect();
            conv::radix_digits_to_f64(&digits, radix as u32)
        }
    };
    Ok(Value::number(if neg { -n } else { n }))
}

/// The common case of `parseInt(s)` and `parseInt(s, 10)`: `s` starts
/// with an ASCII digit, and the digits before the first non-digit are
/// few enough to be exact (below 2^53) and not a `0x` prefix's (which
/// radix 10 would not strip anyway, but radix 0 would).
fn decimal_prefix(units: &[u16]) -> Option<f64> {
    let digit = |u: u16| u.wrapping_sub(u16::from(b'0'));
    let mut n: u64 = 0;
    let mut len = 0;
    for &u in units {
        let d = digit(u);
        if d > 9 {
            break;
        }
        len += 1;
        if len > 15 {
            return None;
        }
        n = n * 10 + u64::from(d);
    }
    let hex =
        units.len() > 1 && units[0] == u16::from(b'0') && (units[1] | 0x20) == u16::from(b'x');
    (len > 0 && !hex).then_some(n as f64)
}

/// parseFloat(string).
pub fn parse_float(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let units = conv::trim_start_units(s.units());
    let text: String = units
        .iter()
        .take_while(|&&c| c < 128)
        .map(|&c| c as u8 as char)
        .collect();
    let b = text.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if text[i..].starts_with("Infinity") {
        return Ok(Value::double(if b[0] == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    let num_start = i;
    let mut seen_digit = false;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        seen_digit = true;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            seen_digit = true;
        }
    }
    if !seen_digit {
        return Ok(Value::double(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let _ = num_start;
    Ok(Value::number(text[..i].parse::<f64>().unwrap_or(f64::NAN)))
}
