//! `Math` (ECMA-262 §21.3).

use super::{method, value};
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let math = super::object::new_object_with_proto(vm, Some(vm.realm.object_proto));
    let g = vm.realm.global;
    value(vm, g, "Math", math.value(), ir::attrs::HIDDEN);
    for (name, v) in [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ] {
        value(vm, math, name, Value::double(v), 0);
    }
    let unary: [(&str, NativeFn); 26] = [
        ("abs", abs),
        ("floor", floor),
        ("ceil", ceil),
        ("round", round),
        ("trunc", trunc),
        ("sign", sign),
        ("sqrt", sqrt),
        ("cbrt", cbrt),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
    ];
    for (name, f) in unary {
        method(vm, math, name, 1, f);
    }
    method(vm, math, "fround", 1, fround);
    method(vm, math, "clz32", 1, clz32);
    method(vm, math, "atan2", 2, atan2);
    method(vm, math, "pow", 2, pow);
    method(vm, math, "imul", 2, imul);
    method(vm, math, "max", 2, max);
    method(vm, math, "min", 2, min);
    method(vm, math, "hypot", 2, hypot);
    method(vm, math, "random", 0, random);
}

fn num(vm: &mut Vm, args: &Args, i: usize) -> JsResult<f64> {
    conv::to_number(vm, args.get(i))
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> JsResult<Value> {
            let x = num(vm, args, 0)?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::number(f(x)))
        }
    )*};
}

unary! {
    abs => f64::abs;
    floor => f64::floor;
    ceil => f64::ceil;
    trunc => f64::trunc;
    sqrt => f64::sqrt;
    cbrt => f64::cbrt;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    exp => f64::exp;
    expm1 => f64::exp_m1;
    log => f64::ln;
    log2 => f64::log2;
    log10 => f64::log10;
    log1p => f64::ln_1p;
    fround => |x| x as f32 as f64;
    sign => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() };
    round => |x| {
        if !x.is_finite() || x == 0.0 || x.fract() == 0.0 {
            return x;
        }
        if x > 0.0 && x < 0.5 {
            return 0.0;
        }
        if (-0.5..0.0).contains(&x) {
            return -0.0;
        }
        (x + 0.5).floor()
    };
}

fn clz32(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = conv::to_uint32(vm, args.get(0))?;
    Ok(Value::int(x.leading_zeros() as i32))
}

fn atan2(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let y = num(vm, args, 0)?;
    let x = num(vm, args, 1)?;
    Ok(Value::number(y.atan2(x)))
}

fn pow(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = num(vm, args, 0)?;
    let y = num(vm, args, 1)?;
    Ok(Value::number(crate::ops::js_pow(x, y)))
}

fn imul(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let a = conv::to_int32(vm, args.get(0))?;
    let b = conv::to_int32(vm, args.get(1))?;
    Ok(Value::int(a.wrapping_mul(b)))
}

fn max(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for i in 0..args.len() {
        let x = num(vm, args, i)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x > r || (x == 0.0 && r == 0.0 && !x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

fn min(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for i in 0..args.len() {
        let x = num(vm, args, i)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

fn hypot(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut vals = Vec::new();
    for i in 0..args.len() {
        vals.push(num(vm, args, i)?);
    }
    if vals.iter().any(|x| x.is_infinite()) {
        return Ok(Value::double(f64::INFINITY));
    }
    if vals.iter().any(|x| x.is_nan()) {
        return Ok(Value::double(f64::NAN));
    }
    Ok(Value::number(
        vals.iter().map(|x| x * x).sum::<f64>().sqrt(),
    ))
}

fn random(vm: &mut Vm, _args: &Args) -> JsResult<Value> {
    // xorshift64*; seeded from the clock at start-up.
    let mut x = vm.random_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.random_state = x;
    let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
    Ok(Value::double(r as f64 / (1u64 << 53) as f64))
}
