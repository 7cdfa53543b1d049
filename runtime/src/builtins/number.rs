//! `Number` and `Boolean` (ECMA-262 §21.1, §20.3).

use super::{constructor, method, value};
use crate::atoms;
use crate::call::Args;
use crate::conv;
use crate::object::Class;
use crate::property::{self, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.number_proto;
    let ctor = constructor(vm, "Number", 1, number_ctor, proto);
    method(vm, ctor, "isFinite", 1, is_finite);
    method(vm, ctor, "isInteger", 1, is_integer);
    method(vm, ctor, "isNaN", 1, is_nan);
    method(vm, ctor, "isSafeInteger", 1, is_safe_integer);
    let g = vm.realm.global;
    for name in ["parseFloat", "parseInt"] {
        let a = vm.intern_str(name);
        let f = property::get(vm, g, PropKey::Atom(a), g.value()).expect("global parse functions");
        value(vm, ctor, name, f, ir::attrs::HIDDEN);
    }
    for (name, v) in [
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
    ] {
        value(vm, ctor, name, Value::number(v), 0);
    }
    method(vm, proto, "toExponential", 1, to_exponential);
    method(vm, proto, "toFixed", 1, to_fixed);
    method(vm, proto, "toPrecision", 1, to_precision);
    method(vm, proto, "toString", 1, to_string);
    method(vm, proto, "valueOf", 0, value_of);
    method(vm, proto, "toLocaleString", 0, to_locale_string);

    let bproto = vm.realm.boolean_proto;
    constructor(vm, "Boolean", 1, boolean_ctor, bproto);
    method(vm, bproto, "toString", 0, boolean_to_string);
    method(vm, bproto, "valueOf", 0, boolean_value_of);
}

fn box_with_new_target(vm: &mut Vm, args: &Args, prim: Value) -> JsResult<Value> {
    let o = vm.box_primitive(prim);
    if args.new_target != args.callee.value()
        && let Some(nt) = args.new_target.as_object()
    {
        let p = property::get(vm, nt, PropKey::Atom(atoms::PROTOTYPE), args.new_target)?;
        if let Some(p) = p.as_object() {
            crate::shape::set_prototype(vm, o, Some(p));
        }
    }
    Ok(o.value())
}

fn number_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = if args.is_empty() {
        Value::int(0)
    } else {
        Value::number(conv::to_number(vm, args.get(0))?)
    };
    if !args.is_construct() {
        return Ok(n);
    }
    box_with_new_target(vm, args, n)
}

fn is_integer(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let v = args.get(0);
    Ok(Value::bool(
        v.is_number() && v.as_number().is_finite() && v.as_number().fract() == 0.0,
    ))
}

fn is_safe_integer(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let v = args.get(0);
    Ok(Value::bool(
        v.is_number() && v.as_number().fract() == 0.0 && v.as_number().abs() <= 9007199254740991.0,
    ))
}

fn is_finite(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let v = args.get(0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}

fn is_nan(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let v = args.get(0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

fn this_number(vm: &mut Vm, args: &Args, method: &str) -> JsResult<f64> {
    let t = args.this;
    if t.is_number() {
        return Ok(t.as_number());
    }
    if let Some(o) = t.as_object()
        && o.class() == Class::NumberBox
    {
        return Ok(o.word_value(0).as_number());
    }
    Err(vm.type_error(&format!(
        "Number.prototype.{method} requires that 'this' be a Number"
    )))
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toString")?;
    let r = args.get(0);
    let radix = if r.is_undefined() {
        10.0
    } else {
        conv::to_integer_or_infinity(vm, r)?
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    let s = if radix == 10.0 {
        conv::number_to_string(x)
    } else {
        conv::number_to_radix_string(x, radix as u32)
    };
    Ok(vm.new_str(&s))
}

/// en-US formatting as Node's default ICU does it: the shortest decimal
/// digits of x rounded (halves away from zero) to at most three fraction
/// digits, with thousands separators.
pub fn locale_string(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let (digits, e) = conv::shortest_digits(x);
    // Digits at or above 10^-3: the integer digits (e + 1) plus three.
    let keep = e + 1 + 3;
    let (kept, point) = if keep < 0 {
        (Vec::new(), e + 1)
    } else {
        conv::round_digits(&digits, e + 1, keep as usize)
    };
    let int_len = point.max(0) as usize;
    let mut int_digits: Vec<u8> = kept.iter().copied().take(int_len).collect();
    int_digits.resize(int_len, 0);
    let mut frac: Vec<u8> = Vec::new();
    for i in 0..3i32 {
        // Fraction digit i is at position point + i in `kept`.
        let pos = point + i;
        let d = if pos >= 0 {
            kept.get(pos as usize).copied().unwrap_or(0)
        } else {
            0
        };
        frac.push(d);
    }
    while frac.last() == Some(&0) {
        frac.pop();
    }
    let int_text: String = if int_digits.is_empty() {
        "0".into()
    } else {
        int_digits.iter().map(|&d| (b'0' + d) as char).collect()
    };
    let mut grouped = String::new();
    for (i, c) in int_text.chars().enumerate() {
        if i > 0 && (int_text.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        let f: String = frac.iter().map(|&d| (b'0' + d) as char).collect();
        format!("{sign}{grouped}.{f}")
    }
}

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toLocaleString")?;
    let s = locale_string(x);
    Ok(vm.new_str(&s))
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::number(this_number(vm, args, "valueOf")?))
}

fn to_fixed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toFixed")?;
    let f = conv::to_integer_or_infinity(vm, args.get(0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() || x.abs() >= 1e21 {
        return Ok(vm.new_str(&conv::number_to_string(x)));
    }
    let s = conv::to_fixed_string(x, f as usize);
    Ok(vm.new_str(&s))
}

/// "d.ddd" from digits.
fn with_point(digits: &[u8], int_len: usize) -> String {
    let mut s: String = digits[..int_len]
        .iter()
        .map(|&d| (b'0' + d) as char)
        .collect();
    if digits.len() > int_len {
        s.push('.');
        s.extend(digits[int_len..].iter().map(|&d| (b'0' + d) as char));
    }
    s
}

fn exponent_suffix(e: i32) -> String {
    if e >= 0 {
        format!("e+{e}")
    } else {
        format!("e-{}", -e)
    }
}

fn to_precision(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toPrecision")?;
    if args.get(0).is_undefined() {
        return Ok(vm.new_str(&conv::number_to_string(x)));
    }
    let p = conv::to_integer_or_infinity(vm, args.get(0))?;
    if !x.is_finite() {
        return Ok(vm.new_str(&conv::number_to_string(x)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as usize;
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, e) = if x == 0.0 {
        (vec![0; p], 0)
    } else {
        conv::precision_digits(x, p)
    };
    let s = if e < -6 || e >= p as i32 {
        format!("{sign}{}{}", with_point(&digits, 1), exponent_suffix(e))
    } else if e >= 0 {
        format!("{sign}{}", with_point(&digits, e as usize + 1))
    } else {
        let d: String = digits.iter().map(|&d| (b'0' + d) as char).collect();
        format!("{sign}0.{}{d}", "0".repeat((-e - 1) as usize))
    };
    Ok(vm.new_str(&s))
}

fn to_exponential(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toExponential")?;
    let fd = args.get(0);
    let f = conv::to_integer_or_infinity(vm, fd)?;
    if !x.is_finite() {
        return Ok(vm.new_str(&conv::number_to_string(x)));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, e) = if x == 0.0 {
        let n = if fd.is_undefined() { 1 } else { f as usize + 1 };
        (vec![0; n], 0)
    } else if fd.is_undefined() {
        conv::shortest_digits(x)
    } else {
        conv::precision_digits(x, f as usize + 1)
    };
    let s = format!("{sign}{}{}", with_point(&digits, 1), exponent_suffix(e));
    Ok(vm.new_str(&s))
}

fn boolean_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let b = Value::bool(conv::to_boolean(args.get(0)));
    if !args.is_construct() {
        return Ok(b);
    }
    box_with_new_target(vm, args, b)
}

fn this_boolean(vm: &mut Vm, args: &Args, method: &str) -> JsResult<bool> {
    let t = args.this;
    if t.is_bool() {
        return Ok(t.as_bool());
    }
    if let Some(o) = t.as_object()
        && o.class() == Class::BooleanBox
    {
        return Ok(o.word_value(0).as_bool());
    }
    Err(vm.type_error(&format!(
        "Boolean.prototype.{method} requires that 'this' be a Boolean"
    )))
}

fn boolean_to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let b = this_boolean(vm, args, "toString")?;
    Ok(vm.atom_value(if b { atoms::TRUE } else { atoms::FALSE }))
}

fn boolean_value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(this_boolean(vm, args, "valueOf")?))
}
