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
    for (name, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        value(vm, ctor, name, Value::number(v), 0);
    }
    method(vm, ctor, "isInteger", 1, is_integer);
    method(vm, ctor, "isSafeInteger", 1, is_safe_integer);
    method(vm, ctor, "isFinite", 1, is_finite);
    method(vm, ctor, "isNaN", 1, is_nan);
    let g = vm.realm.global;
    for name in ["parseInt", "parseFloat"] {
        let a = vm.intern_str(name);
        let f = property::get(vm, g, PropKey::Atom(a), g.value()).expect("global parse functions");
        value(vm, ctor, name, f, ir::attrs::HIDDEN);
    }
    method(vm, proto, "toString", 1, to_string);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    method(vm, proto, "valueOf", 0, value_of);
    method(vm, proto, "toFixed", 1, to_fixed);
    method(vm, proto, "toPrecision", 1, to_precision);
    method(vm, proto, "toExponential", 1, to_exponential);

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

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args, "toLocaleString")?;
    // en-US grouping, at most three fraction digits (as Node's default ICU).
    if !x.is_finite() {
        let s = if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "∞"
        } else {
            "-∞"
        };
        return Ok(vm.new_str(s));
    }
    let mut buf = ryu_js::Buffer::new();
    let fixed = buf.format_to_fixed(x.abs(), 3).to_string();
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 && (int != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    let s = if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    };
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
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_to_fixed(x, f as u8).to_string();
    Ok(vm.new_str(&s))
}

/// Digits of |x| rounded to `p` significant digits: (digits, exponent).
fn precision_digits(x: f64, p: usize) -> (String, i32) {
    let s = format!("{:.*e}", p - 1, x.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    (mant.replace('.', ""), exp.parse().unwrap())
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
    if x == 0.0 {
        let s = if p == 1 {
            "0".to_string()
        } else {
            format!("0.{}", "0".repeat(p - 1))
        };
        return Ok(vm.new_str(&s));
    }
    let (digits, e) = precision_digits(x, p);
    let s = if e < -6 || e >= p as i32 {
        let m = if p == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let es = if e >= 0 {
            format!("+{e}")
        } else {
            e.to_string()
        };
        format!("{sign}{m}e{es}")
    } else if e >= 0 {
        let e = e as usize;
        if e + 1 == p {
            format!("{sign}{digits}")
        } else {
            format!("{sign}{}.{}", &digits[..e + 1], &digits[e + 1..])
        }
    } else {
        format!("{sign}0.{}{}", "0".repeat((-e - 1) as usize), digits)
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
    let (digits, e) = if fd.is_undefined() {
        // As many digits as needed to represent x uniquely.
        let s = conv::number_to_string(x.abs());
        let s = format!("{:e}", s.parse::<f64>().unwrap_or(x.abs()));
        let (m, e) = s.split_once('e').unwrap();
        (m.replace('.', ""), e.parse::<i32>().unwrap())
    } else if x == 0.0 {
        ("0".repeat(f as usize + 1), 0)
    } else {
        precision_digits(x, f as usize + 1)
    };
    let m = if digits.len() == 1 {
        digits.clone()
    } else {
        format!("{}.{}", &digits[..1], &digits[1..])
    };
    let es = if e >= 0 {
        format!("+{e}")
    } else {
        e.to_string()
    };
    Ok(vm.new_str(&format!("{sign}{m}e{es}")))
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
