//! Type conversions of the specification: ToBoolean, ToNumber, ToString,
//! ToPrimitive, ToObject, ToPropertyKey, the integer conversions, and
//! number ⇄ string.

use crate::atoms;
use crate::object::{Class, ObjRef};
use crate::property::{self, PropKey};
use crate::string::StrRef;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// ToBoolean.
#[inline]
pub fn to_boolean(v: Value) -> bool {
    if v.is_bool() {
        return v.as_bool();
    }
    if v.is_int() {
        return v.as_int() != 0;
    }
    if v.is_number() {
        let n = v.as_double();
        return !(n == 0.0 || n.is_nan());
    }
    if v.is_nullish() || v.is_hole() {
        return false;
    }
    if let Some(s) = v.as_string() {
        return !s.is_empty();
    }
    true
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToPrimitive.
pub fn to_primitive(vm: &mut Vm, v: Value, hint: Hint) -> JsResult<Value> {
    let Some(obj) = v.as_object() else {
        return Ok(v);
    };
    // OrdinaryToPrimitive (no Symbol.toPrimitive in the subset).
    let order = if hint == Hint::String {
        [atoms::TO_STRING, atoms::VALUE_OF]
    } else {
        [atoms::VALUE_OF, atoms::TO_STRING]
    };
    for name in order {
        let f = property::get(vm, obj, PropKey::Atom(name), v)?;
        if f.is_callable() {
            let r = vm.call(f, v, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error("Cannot convert object to primitive value"))
}

/// ToNumber.
#[inline]
pub fn to_number(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    to_number_slow(vm, v)
}

fn to_number_slow(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if v.is_undefined() || v.is_hole() {
        return Ok(f64::NAN);
    }
    if v.is_null() {
        return Ok(0.0);
    }
    if v.is_bool() {
        return Ok(if v.as_bool() { 1.0 } else { 0.0 });
    }
    if let Some(s) = v.as_string() {
        return Ok(string_to_number(s.units()));
    }
    let p = to_primitive(vm, v, Hint::Number)?;
    to_number(vm, p)
}

fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Trims JS whitespace (and line terminators) from both ends.
pub fn trim_units(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    let end = units
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(start, |e| e + 1);
    &units[start..end]
}

pub fn trim_end_units(units: &[u16]) -> &[u16] {
    let end = units
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(0, |e| e + 1);
    &units[..end]
}

pub fn trim_start_units(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    &units[start..]
}

/// StringToNumber.
pub fn string_to_number(units: &[u16]) -> f64 {
    let t = trim_units(units);
    if t.is_empty() {
        return 0.0;
    }
    let Ok(s) = String::from_utf16(t) else {
        return f64::NAN;
    };
    let b = s.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return parse_radix_digits(&s[2..], radix).unwrap_or(f64::NAN);
        }
    }
    match s.as_str() {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    // StrDecimalLiteral: digits, optional '.', digits, optional exponent.
    let body = s.strip_prefix(['+', '-']).unwrap_or(&s);
    let mut seen_digit = false;
    let mut i = 0;
    let bb = body.as_bytes();
    while i < bb.len() && bb[i].is_ascii_digit() {
        i += 1;
        seen_digit = true;
    }
    if i < bb.len() && bb[i] == b'.' {
        i += 1;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
            seen_digit = true;
        }
    }
    if !seen_digit {
        return f64::NAN;
    }
    if i < bb.len() && (bb[i] == b'e' || bb[i] == b'E') {
        i += 1;
        if i < bb.len() && (bb[i] == b'+' || bb[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return f64::NAN;
        }
    }
    if i != bb.len() {
        return f64::NAN;
    }
    s.parse::<f64>().unwrap_or(f64::NAN)
}

/// Parses digits in `radix` (no sign, no prefix); None when empty or invalid.
pub fn parse_radix_digits(s: &str, radix: u32) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let mut n = 0f64;
    for c in s.chars() {
        let d = c.to_digit(radix)?;
        n = n * radix as f64 + d as f64;
    }
    Some(n)
}

/// Number::toString(10).
pub fn number_to_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n == 0.0 {
        return "0".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        return format!("{}", n as i64);
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// Number::toString(radix) for radix 2..=36 (not 10).
pub fn number_to_radix_string(n: f64, radix: u32) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if n == 0.0 {
        return "0".into();
    }
    let neg = n < 0.0;
    let mut x = n.abs();
    let mut int_part = x.floor();
    let mut frac = x - int_part;
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut int_digits = Vec::new();
    if int_part == 0.0 {
        int_digits.push(b'0');
    }
    while int_part >= 1.0 {
        let d = (int_part % radix as f64) as usize;
        int_digits.push(digits[d]);
        int_part = (int_part / radix as f64).floor();
    }
    int_digits.reverse();
    let mut s = String::from_utf8(int_digits).unwrap();
    if frac > 0.0 {
        // As V8: emit digits until the value is represented within the
        // precision of the double (delta shrinks with each digit).
        s.push('.');
        let mut delta = 0.5 * (next_up(n.abs()) - n.abs());
        delta = delta.max(next_up(0.0));
        if frac >= delta {
            loop {
                frac *= radix as f64;
                delta *= radix as f64;
                let d = frac.floor() as usize;
                s.push(digits[d] as char);
                frac -= d as f64;
                if (frac > 0.5 || (frac == 0.5 && (d & 1) == 1)) && frac + delta > 1.0 {
                    {
                        // Round up and propagate.
                        let mut bytes = s.into_bytes();
                        loop {
                            let last = bytes.len() - 1;
                            if bytes[last] == b'.' {
                                bytes.pop();
                                // Carry into the integer part.
                                let mut ip = String::from_utf8(bytes).unwrap();
                                let v = i64::from_str_radix(&ip, radix).unwrap_or(0) + 1;
                                ip = radix_int(v as u64, radix);
                                bytes = ip.into_bytes();
                                break;
                            }
                            let c = bytes[last];
                            let dv = digits.iter().position(|&x| x == c).unwrap() + 1;
                            if dv < radix as usize {
                                bytes[last] = digits[dv];
                                break;
                            }
                            bytes.pop();
                        }
                        s = String::from_utf8(bytes).unwrap();
                        break;
                    }
                }
                if frac < delta {
                    break;
                }
            }
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    x = 0.0;
    let _ = x;
    if neg { format!("-{s}") } else { s }
}

fn radix_int(mut v: u64, radix: u32) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if v == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while v > 0 {
        out.push(digits[(v % radix as u64) as usize]);
        v /= radix as u64;
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

fn next_up(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1);
    }
    let bits = x.to_bits();
    if x > 0.0 {
        f64::from_bits(bits + 1)
    } else {
        f64::from_bits(bits - 1)
    }
}

/// ToString.
pub fn to_string(vm: &mut Vm, v: Value) -> JsResult<StrRef> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    let s = to_string_value(vm, v)?;
    Ok(s.as_string().unwrap())
}

/// ToString, as a string value.
pub fn to_string_value(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    if v.is_int() {
        let i = v.as_int();
        if (0..10).contains(&i) {
            return Ok(vm.char_strings[(b'0' as i32 + i) as usize]);
        }
        return Ok(vm.new_str(&i.to_string()));
    }
    if v.is_number() {
        return Ok(vm.new_str(&number_to_string(v.as_number())));
    }
    if v.is_undefined() || v.is_hole() {
        return Ok(vm.atom_value(atoms::UNDEFINED));
    }
    if v.is_null() {
        return Ok(vm.atom_value(atoms::NULL));
    }
    if v.is_bool() {
        return Ok(vm.atom_value(if v.as_bool() {
            atoms::TRUE
        } else {
            atoms::FALSE
        }));
    }
    let p = to_primitive(vm, v, Hint::String)?;
    to_string_value(vm, p)
}

/// ToString as Rust text (for messages and printing).
pub fn to_rust_string(vm: &mut Vm, v: Value) -> JsResult<String> {
    Ok(to_string(vm, v)?.to_rust())
}

/// ToObject.
pub fn to_object(vm: &mut Vm, v: Value) -> JsResult<ObjRef> {
    if let Some(o) = v.as_object() {
        return Ok(o);
    }
    if v.is_nullish() || v.is_hole() {
        return Err(vm.type_error("Cannot convert undefined or null to object"));
    }
    Ok(vm.box_primitive(v))
}

/// ToPropertyKey.
pub fn to_property_key(vm: &mut Vm, v: Value) -> JsResult<PropKey> {
    if v.is_int() && v.as_int() >= 0 {
        return Ok(PropKey::Index(v.as_int() as u32));
    }
    if let Some(s) = v.as_string() {
        if let Some(a) = s.atom_id() {
            return Ok(PropKey::from_atom(vm, crate::string::Atom(a)));
        }
        return Ok(PropKey::from_units(vm, s.units()));
    }
    if v.is_double() {
        let n = v.as_double();
        if n >= 0.0
            && n < u32::MAX as f64
            && n.fract() == 0.0
            && !(n == 0.0 && n.is_sign_negative())
        {
            return Ok(PropKey::Index(n as u32));
        }
    }
    let p = to_primitive(vm, v, Hint::String)?;
    let s = to_string(vm, p)?;
    Ok(PropKey::from_units(vm, s.units()))
}

/// ToIntegerOrInfinity of a number.
pub fn integer_or_infinity(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() + 0.0 }
}

pub fn to_integer_or_infinity(vm: &mut Vm, v: Value) -> JsResult<f64> {
    Ok(integer_or_infinity(to_number(vm, v)?))
}

/// ToInt32 of a number.
#[inline]
pub fn f64_to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc() % 4294967296.0;
    let m = if m < 0.0 { m + 4294967296.0 } else { m };
    m as u64 as u32 as i32
}

pub fn to_int32(vm: &mut Vm, v: Value) -> JsResult<i32> {
    if v.is_int() {
        return Ok(v.as_int());
    }
    Ok(f64_to_int32(to_number(vm, v)?))
}

pub fn to_uint32(vm: &mut Vm, v: Value) -> JsResult<u32> {
    Ok(to_int32(vm, v)? as u32)
}

/// ToLength.
pub fn to_length(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = to_integer_or_infinity(vm, v)?;
    Ok(n.clamp(0.0, 9007199254740991.0))
}

/// The `[[Class]]`-like name used by Object.prototype.toString.
pub fn builtin_tag(obj: ObjRef) -> &'static str {
    match obj.class() {
        Class::Array => "Array",
        Class::Function | Class::NativeFunction | Class::BoundFunction => "Function",
        Class::Error => "Error",
        Class::BooleanBox => "Boolean",
        Class::NumberBox => "Number",
        Class::StringBox => "String",
        Class::Arguments => "Arguments",
        Class::Ordinary | Class::ForInIterator | Class::ForOfIterator => "Object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> f64 {
        let u: Vec<u16> = s.encode_utf16().collect();
        string_to_number(&u)
    }

    #[test]
    fn string_to_number_grammar() {
        assert_eq!(n(""), 0.0);
        assert_eq!(n("  12  "), 12.0);
        assert_eq!(n("0x1F"), 31.0);
        assert_eq!(n("1e3"), 1000.0);
        assert_eq!(n(".5"), 0.5);
        assert_eq!(n("5."), 5.0);
        assert_eq!(n("-Infinity"), f64::NEG_INFINITY);
        assert!(n("inf").is_nan());
        assert!(n("nan").is_nan());
        assert!(n("1e").is_nan());
        assert!(n("12px").is_nan());
        assert!(n("-0x10").is_nan());
    }

    #[test]
    fn number_formatting() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(
            number_to_string(123456789012345680000.0),
            "123456789012345680000"
        );
        assert_eq!(number_to_string(5e-7), "5e-7");
        assert_eq!(number_to_string(-1e-7), "-1e-7");
        assert_eq!(number_to_string(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(255.0), "255");
        assert_eq!(number_to_radix_string(255.0, 16), "ff");
        assert_eq!(number_to_radix_string(-255.0, 2), "-11111111");
        assert_eq!(number_to_radix_string(0.5, 2), "0.1");
        assert_eq!(number_to_radix_string(3.75, 2), "11.11");
    }

    #[test]
    fn int32() {
        assert_eq!(f64_to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(f64_to_int32(-1.0), -1);
        assert_eq!(f64_to_int32(2147483648.0), -2147483648);
        assert_eq!(f64_to_int32(f64::NAN), 0);
    }
}
