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
    // OrdinaryToPrimitive (no Symbol.toPrimitive in the subset), except
    // that Date.prototype[@@toPrimitive] treats the default hint as string.
    let hint = if hint == Hint::Default && crate::builtins::date::is_date(obj) {
        Hint::String
    } else {
        hint
    };
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
    let mut digits = Vec::with_capacity(s.len());
    for c in s.chars() {
        digits.push(c.to_digit(radix)? as u8);
    }
    Some(radix_digits_to_f64(&digits, radix))
}

/// The value of digit values `digits` (most significant first) in `radix`,
/// as V8 computes it: correctly rounded for radix 10 and the powers of two,
/// V8's 32-bit chunked approximation for the other radices.
pub fn radix_digits_to_f64(digits: &[u8], radix: u32) -> f64 {
    // Leading zeros are skipped first (it matters for V8's chunking).
    let digits = &digits[digits.iter().position(|&d| d != 0).unwrap_or(digits.len())..];
    if digits.is_empty() {
        return 0.0;
    }
    if radix == 10 {
        let text: String = digits.iter().map(|&d| (b'0' + d) as char).collect();
        return text.parse::<f64>().unwrap_or(f64::NAN);
    }
    if radix.is_power_of_two() {
        return pow2_digits_to_f64(digits, radix.trailing_zeros());
    }
    // V8's NumberParseIntHelper::HandleGenericCase.
    const MAX_MULTIPLIER: u32 = 0xFFFF_FFFF / 36;
    let mut result = 0f64;
    let mut i = 0;
    while i < digits.len() {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        while i < digits.len() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + digits[i] as u32;
            multiplier = m;
            i += 1;
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// Digits in radix 2^`log2`, rounded to nearest, ties to even.
fn pow2_digits_to_f64(digits: &[u8], log2: u32) -> f64 {
    let mut bits: Vec<bool> = Vec::with_capacity(digits.len() * log2 as usize);
    for &d in digits {
        for b in (0..log2).rev() {
            let bit = (d >> b) & 1 == 1;
            if bit || !bits.is_empty() {
                bits.push(bit);
            }
        }
    }
    if bits.len() <= 53 {
        return bits
            .iter()
            .fold(0f64, |n, &b| n * 2.0 + if b { 1.0 } else { 0.0 });
    }
    let mut mant: u64 = bits[..53].iter().fold(0, |n, &b| n << 1 | b as u64);
    let round = bits[53];
    let sticky = bits[54..].iter().any(|&b| b);
    if round && (sticky || mant & 1 == 1) {
        mant += 1;
    }
    let exp = (bits.len() - 53) as i32;
    if exp > 1100 {
        return f64::INFINITY;
    }
    mant as f64 * 2f64.powi(exp)
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

/// The double after `x` (towards +Infinity).
fn next_double(x: f64) -> f64 {
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

/// V8's `Double::Exponent`: the binary exponent of `x` as significand × 2^e
/// with a 53-bit integer significand.
fn double_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7FF) as i32;
    if biased == 0 { -1074 } else { biased - 1075 }
}

/// Number::toString(radix) for radix 2..=36 (not 10): a port of V8's
/// `DoubleToRadixCString`, digit for digit.
pub fn number_to_radix_string(value: f64, radix: u32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let r = radix as f64;
    let negative = value < 0.0;
    let value = value.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    let mut delta = 0.5 * (next_double(value) - value);
    delta = delta.max(next_double(0.0));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as usize;
            frac_digits.push(CHARS[digit]);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying through the written digits.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(c) => {
                            let d = if c > b'9' {
                                (c - b'a' + 10) as u32
                            } else {
                                (c - b'0') as u32
                            };
                            if d + 1 < radix {
                                frac_digits.push(CHARS[d as usize + 1]);
                                break;
                            }
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    let mut int_digits: Vec<u8> = Vec::new();
    while double_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_digits.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&c| c as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&c| c as char));
    }
    out
}

// ---------------------------------------------------------------- exact decimal digits

/// The exact decimal expansion of a finite, non-negative double: digits
/// (no leading zeros; empty for 0) and the position of the decimal point,
/// so that x = 0.d1d2d3... × 10^point.
pub fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    debug_assert!(x.is_finite() && x >= 0.0);
    if x == 0.0 {
        return (Vec::new(), 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    // x = mant × 2^exp.
    let mut big = BigUint::from_u64(mant);
    let point_shift = if exp >= 0 {
        big.shl(exp as u32);
        0
    } else {
        // mant / 2^k = mant × 5^k / 10^k.
        let k = (-exp) as u32;
        big.mul_pow5(k);
        k as i32
    };
    let mut digits = big.into_decimal();
    let point = digits.len() as i32 - point_shift;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// Rounds the decimal digits `digits` (value 0.d1d2... × 10^point) to the
/// first `keep` digits, halves rounding up (away from zero), as the
/// specification's "pick the larger n" does. Returns the kept digits
/// (exactly `keep` of them, zero-padded) and the possibly bumped point.
pub fn round_digits(digits: &[u8], point: i32, keep: usize) -> (Vec<u8>, i32) {
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    let mut point = point;
    if digits.len() > keep && digits[keep] >= 5 {
        // Any digit at or above 5 at the first dropped position rounds up
        // (an exact half included).
        let mut i = keep;
        loop {
            if i == 0 {
                out.insert(0, 1);
                out.truncate(keep.max(1));
                point += 1;
                break;
            }
            i -= 1;
            if out[i] == 9 {
                out[i] = 0;
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    (out, point)
}

/// Number.prototype.toFixed's result for finite x with |x| < 1e21: n is
/// the integer closest to |x| × 10^f (halves up), laid out with f decimals.
pub fn to_fixed_string(x: f64, f: usize) -> String {
    let (digits, point) = exact_decimal(x.abs());
    let keep = point + f as i32;
    let mut n: Vec<u8> = if keep < 0 || digits.is_empty() {
        Vec::new()
    } else {
        let (mut kept, p2) = round_digits(&digits, point, keep as usize);
        kept.resize((p2 + f as i32) as usize, 0);
        kept
    };
    if n.is_empty() {
        n.push(0);
    }
    let mut m: String = n.iter().map(|&d| (b'0' + d) as char).collect();
    if f != 0 {
        let mut k = m.len();
        if k <= f {
            m = "0".repeat(f + 1 - k) + &m;
            k = f + 1;
        }
        m = format!("{}.{}", &m[..k - f], &m[k - f..]);
    }
    if x < 0.0 {
        m.insert(0, '-');
    }
    m
}

/// The `p` significant digits of finite non-zero |x| rounded as
/// toPrecision/toExponential do, and the decimal exponent e of the first
/// (x ≈ d.ddd × 10^e).
pub fn precision_digits(x: f64, p: usize) -> (Vec<u8>, i32) {
    let (digits, point) = exact_decimal(x.abs());
    let (kept, point) = round_digits(&digits, point, p);
    (kept, point - 1)
}

/// The shortest round-trip digits of finite non-zero |x| and the decimal
/// exponent of the first.
pub fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let s = format!("{:e}", x.abs());
    let (m, e) = s.split_once('e').expect("exponent form");
    let digits = m
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|c| c - b'0')
        .collect();
    (digits, e.parse().expect("exponent"))
}

/// A small unsigned bignum (little-endian base-2^32 limbs) for exact
/// decimal expansions.
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_u64(n: u64) -> BigUint {
        BigUint {
            limbs: vec![n as u32, (n >> 32) as u32],
        }
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in &mut self.limbs {
            let v = *l as u64 * m as u64 + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.limbs.push(carry as u32);
        }
    }
    fn mul_pow5(&mut self, mut k: u32) {
        // 5^13 fits in 32 bits.
        while k >= 13 {
            self.mul_small(1_220_703_125);
            k -= 13;
        }
        if k > 0 {
            self.mul_small(5u32.pow(k));
        }
    }
    fn shl(&mut self, bits: u32) {
        let words = (bits / 32) as usize;
        let rem = bits % 32;
        if rem > 0 {
            let mut carry = 0u32;
            for l in &mut self.limbs {
                let v = (*l as u64) << rem | carry as u64;
                *l = v as u32;
                carry = (v >> 32) as u32;
            }
            if carry > 0 {
                self.limbs.push(carry);
            }
        }
        if words > 0 {
            let mut v = vec![0u32; words];
            v.extend_from_slice(&self.limbs);
            self.limbs = v;
        }
    }
    fn is_zero(&self) -> bool {
        self.limbs.iter().all(|&l| l == 0)
    }
    /// Divides in place by `d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for l in self.limbs.iter_mut().rev() {
            let v = rem << 32 | *l as u64;
            *l = (v / d as u64) as u32;
            rem = v % d as u64;
        }
        while self.limbs.len() > 1 && self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
        rem as u32
    }
    /// Decimal digits, most significant first (no leading zeros).
    fn into_decimal(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.is_zero() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut out = Vec::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            let s = if i == 0 {
                c.to_string()
            } else {
                format!("{c:09}")
            };
            out.extend(s.bytes().map(|b| b - b'0'));
        }
        out
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
/// The decimal digits of `i` (with its sign), written into the end of `buf`.
pub fn int_units(i: i32, buf: &mut [u16; 11]) -> &[u16] {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' as u16 + (n % 10) as u16;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-' as u16;
    }
    &buf[at..]
}

pub fn to_string_value(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    if v.is_int() {
        let i = v.as_int();
        if (0..10).contains(&i) {
            return Ok(vm.char_strings[(b'0' as i32 + i) as usize]);
        }
        let mut buf = [0u16; 11];
        let units = int_units(i, &mut buf);
        return Ok(vm.new_string(units).value());
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
        if let Some(a) = s.key_atom() {
            return Ok(PropKey::Atom(crate::string::Atom(a)));
        }
        let key = PropKey::from_units(vm, s.units());
        if let PropKey::Atom(a) = key {
            s.remember_key_atom(a.0);
        }
        return Ok(key);
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
    if v.is_int() {
        return Ok(f64::from(v.as_int()));
    }
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

/// The tag Object.prototype.toString shows: the builtin tag, or the
/// `@@toStringTag` of `Math` and `JSON` (found along the prototype chain,
/// as `Get(O, @@toStringTag)` would).
pub fn to_string_tag(vm: &Vm, obj: ObjRef) -> &'static str {
    use crate::builtins::{Intrinsic, intrinsic};
    let math = intrinsic(vm, Intrinsic::Math);
    let json = intrinsic(vm, Intrinsic::Json);
    let mut o = Some(obj);
    while let Some(p) = o {
        if Some(p) == math {
            return "Math";
        }
        if Some(p) == json {
            return "JSON";
        }
        o = p.proto();
    }
    builtin_tag(obj)
}

/// The `[[Class]]`-like name used by Object.prototype.toString.
pub fn builtin_tag(obj: ObjRef) -> &'static str {
    if crate::builtins::date::is_date(obj) {
        return "Date";
    }
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
