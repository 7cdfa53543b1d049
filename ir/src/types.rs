//! The type lattice: a bitset over the kinds of JavaScript value.
//!
//! `Type::ANY` is every JS value. `HOLE` is internal: an uninitialised
//! binding (TDZ), an array hole or "iteration done"; it is only in the types
//! of values that can carry it.

use std::fmt;

/// A set of value kinds. The empty set means "no value" (unreachable).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Type(pub u16);

impl Type {
    pub const NONE: Type = Type(0);
    pub const UNDEFINED: Type = Type(1 << 0);
    pub const NULL: Type = Type(1 << 1);
    pub const BOOL: Type = Type(1 << 2);
    pub const INT32: Type = Type(1 << 3);
    pub const DOUBLE: Type = Type(1 << 4);
    pub const STRING: Type = Type(1 << 5);
    pub const OBJECT: Type = Type(1 << 6);
    pub const FUNCTION: Type = Type(1 << 7);
    pub const HOLE: Type = Type(1 << 8);

    pub const NUMBER: Type = Type(Self::INT32.0 | Self::DOUBLE.0);
    pub const NULLISH: Type = Type(Self::UNDEFINED.0 | Self::NULL.0);
    /// Objects of any kind, callable or not.
    pub const ANY_OBJECT: Type = Type(Self::OBJECT.0 | Self::FUNCTION.0);
    pub const PRIMITIVE: Type = Type(
        Self::UNDEFINED.0
            | Self::NULL.0
            | Self::BOOL.0
            | Self::INT32.0
            | Self::DOUBLE.0
            | Self::STRING.0,
    );
    /// Every JavaScript value.
    pub const ANY: Type = Type(Self::PRIMITIVE.0 | Self::ANY_OBJECT.0);
    /// Every JavaScript value, or the internal hole.
    pub const ANY_OR_HOLE: Type = Type(Self::ANY.0 | Self::HOLE.0);

    pub fn union(self, other: Type) -> Type {
        Type(self.0 | other.0)
    }
    pub fn intersect(self, other: Type) -> Type {
        Type(self.0 & other.0)
    }
    pub fn without(self, other: Type) -> Type {
        Type(self.0 & !other.0)
    }
    /// True when every kind in `self` is also in `other`.
    pub fn is_subset_of(self, other: Type) -> bool {
        self.0 & !other.0 == 0
    }
    pub fn may_be(self, other: Type) -> bool {
        self.0 & other.0 != 0
    }
    pub fn is_none(self) -> bool {
        self.0 == 0
    }

    const NAMES: [(Type, &'static str); 9] = [
        (Type::UNDEFINED, "undefined"),
        (Type::NULL, "null"),
        (Type::BOOL, "bool"),
        (Type::INT32, "int32"),
        (Type::DOUBLE, "double"),
        (Type::STRING, "string"),
        (Type::OBJECT, "object"),
        (Type::FUNCTION, "function"),
        (Type::HOLE, "hole"),
    ];
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Type::ANY {
            return f.write_str("any");
        }
        if *self == Type::ANY_OR_HOLE {
            return f.write_str("any|hole");
        }
        if *self == Type::NONE {
            return f.write_str("none");
        }
        if *self == Type::NUMBER {
            return f.write_str("number");
        }
        let mut first = true;
        for (t, name) in Type::NAMES {
            if self.may_be(t) {
                if !first {
                    f.write_str("|")?;
                }
                first = false;
                f.write_str(name)?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display() {
        assert_eq!(Type::ANY.to_string(), "any");
        assert_eq!(Type::INT32.union(Type::STRING).to_string(), "int32|string");
        assert_eq!(Type::NUMBER.to_string(), "number");
        assert!(Type::INT32.is_subset_of(Type::NUMBER));
        assert!(!Type::STRING.is_subset_of(Type::NUMBER));
    }
}
