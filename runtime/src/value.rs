//! NaN-boxed values (the JavaScriptCore encoding).
//!
//! A `Value` is one 64-bit word:
//! ```text
//! 0x0000_0000_0000_0000            the hole (internal: empty binding, array hole)
//! 0x0000_PPPP_PPPP_PPP0            a heap cell pointer (low 48 bits, 8-aligned)
//! 0x02 null, 0x0a undefined, 0x06 false, 0x07 true
//! 0x0002_.... .. 0xFFFC_....       a double, stored as its bits + 2^49
//! 0xFFFE_0000_XXXX_XXXX            an int32 (low 32 bits)
//! ```
//! Every non-double lives below 2^49 or in the int32 range, so the tag tests
//! are one mask and compare each. NaNs are canonicalised before boxing so
//! no double collides with another encoding. The JIT reads these constants
//! from [`crate::layout`]; nothing else should hard-code them.

use std::fmt;

use crate::heap::CellHeader;

/// Tag of int32 values: the top 15 bits set.
pub const NUMBER_TAG: u64 = 0xFFFE_0000_0000_0000;
/// Added to a double's bits when boxing.
pub const DOUBLE_OFFSET: u64 = 1 << 49;
/// Set in every non-cell immediate (null, undefined, booleans).
pub const OTHER_TAG: u64 = 0x2;
pub const BOOL_TAG: u64 = 0x4;
pub const UNDEFINED_TAG: u64 = 0x8;

pub const HOLE_BITS: u64 = 0;
pub const NULL_BITS: u64 = OTHER_TAG;
pub const UNDEFINED_BITS: u64 = OTHER_TAG | UNDEFINED_TAG;
pub const FALSE_BITS: u64 = OTHER_TAG | BOOL_TAG;
pub const TRUE_BITS: u64 = OTHER_TAG | BOOL_TAG | 1;
/// A cell pointer has none of these bits set (and is not zero).
pub const NOT_CELL_MASK: u64 = NUMBER_TAG | OTHER_TAG;
/// Equivalently, cell pointers are exactly the values in
/// `CELL_MIN..DOUBLE_OFFSET`: the hole and the immediates lie below (no
/// cell lives in the first page), doubles and int32s above. Native code
/// tests that range with one subtraction and one compare.
pub const CELL_MIN: u64 = 16;
const _: () = assert!(UNDEFINED_BITS < CELL_MIN && TRUE_BITS < CELL_MIN);

/// A JavaScript value.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

impl Value {
    pub const HOLE: Value = Value(HOLE_BITS);
    pub const NULL: Value = Value(NULL_BITS);
    pub const UNDEFINED: Value = Value(UNDEFINED_BITS);
    pub const FALSE: Value = Value(FALSE_BITS);
    pub const TRUE: Value = Value(TRUE_BITS);

    #[inline]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }

    #[inline]
    pub fn int(i: i32) -> Value {
        Value(NUMBER_TAG | (i as u32 as u64))
    }
    /// A number: int32 when it is one exactly (and not -0), else a double.
    #[inline]
    pub fn number(n: f64) -> Value {
        let i = n as i32;
        if i as f64 == n && (i != 0 || !n.is_sign_negative()) {
            Value::int(i)
        } else {
            Value::double(n)
        }
    }
    /// A double, never converted to int32 (NaN canonicalised).
    #[inline]
    pub fn double(n: f64) -> Value {
        let bits = if n.is_nan() {
            f64::NAN.to_bits()
        } else {
            n.to_bits()
        };
        Value(bits.wrapping_add(DOUBLE_OFFSET))
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    /// A cell pointer value.
    #[inline]
    pub fn from_cell(p: *mut CellHeader) -> Value {
        debug_assert!(!p.is_null() && (p as u64) & 7 == 0 && (p as u64) >> 48 == 0);
        Value(p as u64)
    }

    #[inline]
    pub fn is_hole(self) -> bool {
        self.0 == HOLE_BITS
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self.0 == UNDEFINED_BITS
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == NULL_BITS
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self.0 & !UNDEFINED_TAG == NULL_BITS
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.0 & !1 == FALSE_BITS
    }
    #[inline]
    pub fn is_true(self) -> bool {
        self.0 == TRUE_BITS
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.0 >= DOUBLE_OFFSET
    }
    #[inline]
    pub fn is_int(self) -> bool {
        self.0 & NUMBER_TAG == NUMBER_TAG
    }
    #[inline]
    pub fn is_double(self) -> bool {
        self.is_number() && !self.is_int()
    }
    #[inline]
    pub fn is_cell(self) -> bool {
        self.0 & NOT_CELL_MASK == 0 && self.0 != 0
    }

    #[inline]
    pub fn as_int(self) -> i32 {
        debug_assert!(self.is_int());
        self.0 as u32 as i32
    }
    #[inline]
    pub fn as_double(self) -> f64 {
        debug_assert!(self.is_double());
        f64::from_bits(self.0.wrapping_sub(DOUBLE_OFFSET))
    }
    /// The numeric value of a number.
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() {
            self.as_int() as f64
        } else {
            self.as_double()
        }
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 == TRUE_BITS
    }
    #[inline]
    pub fn as_cell(self) -> *mut CellHeader {
        debug_assert!(self.is_cell());
        self.0 as *mut CellHeader
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::UNDEFINED
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_hole() {
            write!(f, "<hole>")
        } else if self.is_undefined() {
            write!(f, "undefined")
        } else if self.is_null() {
            write!(f, "null")
        } else if self.is_bool() {
            write!(f, "{}", self.as_bool())
        } else if self.is_int() {
            write!(f, "{}i", self.as_int())
        } else if self.is_number() {
            write!(f, "{}", self.as_number())
        } else {
            write!(f, "cell@{:#x}", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_one_range() {
        let mut samples = vec![
            Value::HOLE,
            Value::NULL,
            Value::UNDEFINED,
            Value::TRUE,
            Value::FALSE,
            Value::from_bits(0x1000),
            Value::from_bits(0x7fff_ffff_fff0),
            Value::from_bits(DOUBLE_OFFSET - 16),
        ];
        for n in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::INFINITY,
            f64::NAN,
            f64::MIN_POSITIVE,
        ] {
            samples.push(Value::double(n));
        }
        for i in [0, 1, -1, i32::MIN, i32::MAX] {
            samples.push(Value::int(i));
        }
        for v in samples {
            let in_range = (CELL_MIN..DOUBLE_OFFSET).contains(&v.bits());
            assert_eq!(v.is_cell(), in_range, "{:#x}", v.bits());
        }
    }

    #[test]
    fn encodings_are_disjoint() {
        let samples = [
            Value::HOLE,
            Value::NULL,
            Value::UNDEFINED,
            Value::TRUE,
            Value::FALSE,
            Value::int(0),
            Value::int(-1),
            Value::double(0.5),
            Value::double(f64::NAN),
            Value::double(f64::INFINITY),
            Value::double(f64::NEG_INFINITY),
            Value::double(-0.0),
            Value::double(f64::MAX),
            Value::double(f64::MIN_POSITIVE),
        ];
        for v in samples {
            let kinds = [
                v.is_hole(),
                v.is_undefined(),
                v.is_null(),
                v.is_bool(),
                v.is_int(),
                v.is_double(),
                v.is_cell(),
            ];
            assert_eq!(kinds.iter().filter(|k| **k).count(), 1, "{v:?}");
        }
        assert!(Value::double(-0.0).as_double().is_sign_negative());
        assert_eq!(Value::number(3.0), Value::int(3));
        assert!(Value::number(-0.0).is_double());
        assert!(Value::UNDEFINED.is_nullish() && Value::NULL.is_nullish());
        assert!(!Value::FALSE.is_nullish());
        let weird_nan = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        assert!(Value::double(weird_nan).is_double());
    }
}
