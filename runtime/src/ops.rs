//! Operators: arithmetic, comparison, equality, `typeof`, `instanceof`,
//! `in`. The interpreter inlines the int32 cases; these are the complete
//! (slow) paths.

use crate::atoms;
use crate::conv::{self, Hint, f64_to_int32, to_number, to_primitive};
use crate::object::{Class, ObjRef};
use crate::property::{self, PropKey};
use crate::string::{Atom, StrRef};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// Concatenates two strings.
pub fn concat(vm: &mut Vm, a: StrRef, b: StrRef) -> JsResult<Value> {
    if a.is_empty() {
        return Ok(b.value());
    }
    if b.is_empty() {
        return Ok(a.value());
    }
    let len = a.len() + b.len();
    if len > crate::MAX_STRING_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.new_string_concat(a, b).value())
}

/// The `+` operator.
pub fn add(vm: &mut Vm, a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
        return concat(vm, x, y);
    }
    let pa = to_primitive(vm, a, Hint::Default)?;
    let pb = to_primitive(vm, b, Hint::Default)?;
    if pa.is_string() || pb.is_string() {
        let sa = conv::to_string(vm, pa)?;
        let sb = conv::to_string(vm, pb)?;
        return concat(vm, sa, sb);
    }
    let x = to_number(vm, pa)?;
    let y = to_number(vm, pb)?;
    Ok(Value::number(x + y))
}

/// Numeric binary operators after ToNumeric of both operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumOp {
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Sar,
    Shr,
}

pub fn js_mod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    if x == 0.0 {
        return x;
    }
    // Integral operands below 2^53 are exact in i64: no fmod needed.
    if x.fract() == 0.0
        && y.fract() == 0.0
        && x.abs() < 9007199254740992.0
        && y.abs() < 9007199254740992.0
    {
        let r = (x as i64 % y as i64) as f64;
        return if r == 0.0 { 0.0f64.copysign(x) } else { r };
    }
    let r = x % y;
    if r == 0.0 { 0.0f64.copysign(x) } else { r }
}

pub fn num_op(op: NumOp, x: f64, y: f64) -> Value {
    match op {
        NumOp::Sub => Value::number(x - y),
        NumOp::Mul => Value::number(x * y),
        NumOp::Div => Value::number(x / y),
        NumOp::Mod => Value::number(js_mod(x, y)),
        NumOp::Exp => Value::number(crate::builtins::fdlibm::pow(x, y)),
        NumOp::BitAnd => Value::int(f64_to_int32(x) & f64_to_int32(y)),
        NumOp::BitOr => Value::int(f64_to_int32(x) | f64_to_int32(y)),
        NumOp::BitXor => Value::int(f64_to_int32(x) ^ f64_to_int32(y)),
        NumOp::Shl => Value::int(f64_to_int32(x).wrapping_shl(f64_to_int32(y) as u32 & 31)),
        NumOp::Sar => Value::int(f64_to_int32(x) >> (f64_to_int32(y) as u32 & 31)),
        NumOp::Shr => {
            Value::number(((f64_to_int32(x) as u32) >> (f64_to_int32(y) as u32 & 31)) as f64)
        }
    }
}

pub fn arith(vm: &mut Vm, op: NumOp, a: Value, b: Value) -> JsResult<Value> {
    let x = to_number(vm, a)?;
    let y = to_number(vm, b)?;
    Ok(num_op(op, x, y))
}

/// Abstract relational comparison `a < b`: Some(bool), or None for undefined (NaN).
pub fn less_than(vm: &mut Vm, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
    let (pa, pb) = if left_first {
        let pa = to_primitive(vm, a, Hint::Number)?;
        let pb = to_primitive(vm, b, Hint::Number)?;
        (pa, pb)
    } else {
        let pb = to_primitive(vm, b, Hint::Number)?;
        let pa = to_primitive(vm, a, Hint::Number)?;
        (pa, pb)
    };
    if let (Some(x), Some(y)) = (pa.as_string(), pb.as_string()) {
        return Ok(Some(x.units() < y.units()));
    }
    let x = to_number(vm, pa)?;
    let y = to_number(vm, pb)?;
    if x.is_nan() || y.is_nan() {
        return Ok(None);
    }
    Ok(Some(x < y))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
}

pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return Ok(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        });
    }
    Ok(match op {
        CmpOp::Lt => less_than(vm, a, b, true)? == Some(true),
        CmpOp::Gt => less_than(vm, b, a, false)? == Some(true),
        CmpOp::Le => less_than(vm, b, a, false)? == Some(false),
        CmpOp::Ge => less_than(vm, a, b, true)? == Some(false),
    })
}

/// `===`
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a == b {
        return !a.is_hole() || b.is_hole();
    }
    if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
        // Two different atoms never have the same text.
        if x.atom_id().is_some() && y.atom_id().is_some() {
            return false;
        }
        return x.units() == y.units();
    }
    false
}

/// SameValue (Object.is).
pub fn same_value(_vm: &mut Vm, a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        if x.is_nan() && y.is_nan() {
            return true;
        }
        return x == y && x.is_sign_negative() == y.is_sign_negative();
    }
    strict_equals(a, b)
}

/// SameValueZero (includes).
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return (x.is_nan() && y.is_nan()) || x == y;
    }
    strict_equals(a, b)
}

/// `==`
pub fn loose_equals(vm: &mut Vm, a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() {
        return Ok(a.as_number() == b.as_number());
    }
    if a.is_string() && b.is_string() || a.is_object() && b.is_object() {
        return Ok(strict_equals(a, b));
    }
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(false);
    }
    if a == b {
        return Ok(true);
    }
    if a.is_number() && b.is_string() {
        let y = conv::string_to_number(b.as_string().unwrap().units());
        return Ok(a.as_number() == y);
    }
    if a.is_string() && b.is_number() {
        let x = conv::string_to_number(a.as_string().unwrap().units());
        return Ok(x == b.as_number());
    }
    if a.is_bool() {
        let x = Value::int(a.as_bool() as i32);
        return loose_equals(vm, x, b);
    }
    if b.is_bool() {
        let y = Value::int(b.as_bool() as i32);
        return loose_equals(vm, a, y);
    }
    if (a.is_number() || a.is_string()) && b.is_object() {
        let pb = to_primitive(vm, b, Hint::Default)?;
        return loose_equals(vm, a, pb);
    }
    if a.is_object() && (b.is_number() || b.is_string()) {
        let pa = to_primitive(vm, a, Hint::Default)?;
        return loose_equals(vm, pa, b);
    }
    Ok(false)
}

/// The atom `typeof v` names.
pub fn type_of(v: Value) -> Atom {
    if v.is_number() {
        atoms::NUMBER
    } else if v.is_undefined() || v.is_hole() {
        atoms::UNDEFINED
    } else if v.is_null() {
        atoms::OBJECT
    } else if v.is_bool() {
        atoms::BOOLEAN
    } else if v.is_string() {
        atoms::STRING
    } else if v.is_callable() {
        atoms::FUNCTION
    } else {
        atoms::OBJECT
    }
}

/// OrdinaryHasInstance(c, v).
pub fn ordinary_has_instance(vm: &mut Vm, c: Value, v: Value) -> JsResult<bool> {
    let Some(cobj) = c.as_object().filter(|o| o.is_callable()) else {
        return Ok(false);
    };
    if cobj.class() == Class::BoundFunction {
        let target = cobj.word_value(0);
        return instance_of(vm, v, target);
    }
    let Some(mut o) = v.as_object() else {
        return Ok(false);
    };
    let proto = property::get(vm, cobj, PropKey::Atom(atoms::PROTOTYPE), c)?;
    let Some(proto) = proto.as_object() else {
        let shown = crate::errors::describe_for_message(vm, proto);
        return Err(vm.type_error(&format!(
            "Function has non-object prototype '{shown}' in instanceof check"
        )));
    };
    while let Some(p) = o.proto() {
        if p == proto {
            return Ok(true);
        }
        o = p;
    }
    Ok(false)
}

/// `v instanceof target`.
pub fn instance_of(vm: &mut Vm, v: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        return Err(vm.type_error("Right-hand side of 'instanceof' is not an object"));
    }
    if !target.is_callable() {
        return Err(vm.type_error("Right-hand side of 'instanceof' is not callable"));
    }
    ordinary_has_instance(vm, target, v)
}

/// `key in obj`.
pub fn has_property_op(vm: &mut Vm, key: Value, obj: Value) -> JsResult<bool> {
    let Some(o) = obj.as_object() else {
        let k = conv::to_rust_string(vm, key).unwrap_or_default();
        let shown = crate::errors::describe_for_message(vm, obj);
        return Err(vm.type_error(&format!(
            "Cannot use 'in' operator to search for '{k}' in {shown}"
        )));
    };
    let k = conv::to_property_key(vm, key)?;
    Ok(property::has_property(vm, o, k))
}

/// Is `o` a constructor?
pub fn is_constructor(o: ObjRef) -> bool {
    match o.class() {
        Class::Function => crate::interp::func_info(o).kind.is_constructor(),
        Class::NativeFunction => crate::builtins::native_is_constructor(o),
        Class::BoundFunction => o.word_value(0).as_object().is_some_and(is_constructor),
        _ => false,
    }
}
