//! Global values and functions (ECMA-262 §19): `globalThis`, `NaN`,
//! `Infinity`, `undefined`, `isNaN`, `isFinite`, `parseInt`, `parseFloat`.

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
}

fn is_nan(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(vm, args.get(0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(vm, args.get(0))?.is_finite()))
}

/// parseInt(string, radix).
pub fn parse_int(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let units = conv::trim_start_units(s.units());
    let mut radix = conv::to_int32(vm, args.get(1))?;
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
    let start = i;
    let mut n = 0f64;
    let mut digits = String::new();
    while i < units.len() {
        let Some(d) = char::from_u32(units[i] as u32).and_then(|c| c.to_digit(radix as u32)) else {
            break;
        };
        if radix == 10 {
            digits.push(char::from_digit(d, 10).unwrap());
        } else {
            n = n * radix as f64 + d as f64;
        }
        i += 1;
    }
    if i == start {
        return Ok(Value::double(f64::NAN));
    }
    if radix == 10 {
        n = digits.parse::<f64>().unwrap_or(f64::NAN);
    }
    Ok(Value::number(if neg { -n } else { n }))
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
