//! `Math` (ECMA-262 §21.3). The transcendental functions are V8's
//! fdlibm port (`fdlibm.rs`), so results match Node bit for bit.

use super::{fdlibm, method, value};
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let math = super::object::new_object_with_proto(vm, Some(vm.realm.object_proto));
    super::set_intrinsic(vm, super::Intrinsic::Math, math);
    let g = vm.realm.global;
    value(vm, g, "Math", math.value(), ir::attrs::HIDDEN);
    let fns: [(&str, u32, NativeFn); 35] = [
        ("abs", 1, abs),
        ("acos", 1, acos),
        ("acosh", 1, acosh),
        ("asin", 1, asin),
        ("asinh", 1, asinh),
        ("atan", 1, atan),
        ("atanh", 1, atanh),
        ("atan2", 2, atan2),
        ("ceil", 1, ceil),
        ("cbrt", 1, cbrt),
        ("expm1", 1, expm1),
        ("clz32", 1, clz32),
        ("cos", 1, cos),
        ("cosh", 1, cosh),
        ("exp", 1, exp),
        ("floor", 1, floor),
        ("fround", 1, fround),
        ("hypot", 2, hypot),
        ("imul", 2, imul),
        ("log", 1, log),
        ("log1p", 1, log1p),
        ("log2", 1, log2),
        ("log10", 1, log10),
        ("max", 2, max),
        ("min", 2, min),
        ("pow", 2, pow),
        ("random", 0, random),
        ("round", 1, round),
        ("sign", 1, sign),
        ("sin", 1, sin),
        ("sinh", 1, sinh),
        ("sqrt", 1, sqrt),
        ("tan", 1, tan),
        ("tanh", 1, tanh),
        ("trunc", 1, trunc),
    ];
    for (name, len, f) in fns {
        method(vm, math, name, len, f);
    }
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
    cbrt => fdlibm::cbrt;
    sin => fdlibm::sin;
    cos => fdlibm::cos;
    tan => fdlibm::tan;
    asin => fdlibm::asin;
    acos => fdlibm::acos;
    atan => fdlibm::atan;
    sinh => fdlibm::sinh;
    cosh => fdlibm::cosh;
    tanh => fdlibm::tanh;
    asinh => fdlibm::asinh;
    acosh => fdlibm::acosh;
    atanh => fdlibm::atanh;
    exp => fdlibm::exp;
    expm1 => fdlibm::expm1;
    log => fdlibm::log;
    log2 => fdlibm::log2;
    log10 => fdlibm::log10;
    log1p => fdlibm::log1p;
    fround => |x| x as f32 as f64;
    sign => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() };
    round => |x| {
        if !x.is_finite() || x.fract() == 0.0 {
            return x;
        }
        let r = x.floor();
        let r = if x - r >= 0.5 { r + 1.0 } else { r };
        if r == 0.0 && x < 0.0 { -0.0 } else { r }
    };
}

/// A `Math` function native code may compute inline on a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Floor,
    Ceil,
    Trunc,
    Sqrt,
    Abs,
}

/// Which inline-able `Math` function `f` is, if it is one.
pub fn unary_op(f: Value) -> Option<UnaryOp> {
    let ops: [(NativeFn, UnaryOp); 5] = [
        (floor, UnaryOp::Floor),
        (ceil, UnaryOp::Ceil),
        (trunc, UnaryOp::Trunc),
        (sqrt, UnaryOp::Sqrt),
        (abs, UnaryOp::Abs),
    ];
    ops.into_iter()
        .find(|&(n, _)| super::is_native(f, n))
        .map(|(_, op)| op)
}

fn clz32(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = conv::to_uint32(vm, args.get(0))?;
    Ok(Value::int(x.leading_zeros() as i32))
}

fn atan2(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let y = num(vm, args, 0)?;
    let x = num(vm, args, 1)?;
    Ok(Value::number(fdlibm::atan2(y, x)))
}

fn pow(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = num(vm, args, 0)?;
    let y = num(vm, args, 1)?;
    Ok(Value::number(fdlibm::pow(x, y)))
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
    let mut vals = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        vals.push(num(vm, args, i)?.abs());
    }
    if vals.iter().any(|x| x.is_infinite()) {
        return Ok(Value::double(f64::INFINITY));
    }
    if vals.iter().any(|x| x.is_nan()) {
        return Ok(Value::double(f64::NAN));
    }
    let max = vals.iter().copied().fold(0.0, f64::max);
    if max == 0.0 {
        return Ok(Value::int(0));
    }
    // V8: scaled, with Kahan summation.
    let mut sum = 0.0;
    let mut compensation = 0.0;
    for x in vals {
        let n = x / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::number(sum.sqrt() * max))
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
