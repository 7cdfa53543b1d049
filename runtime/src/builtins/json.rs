//! `JSON` (ECMA-262 §25.5): `JSON.parse` with a reviver and V8's
//! SyntaxError messages, `JSON.stringify` with replacer functions and
//! property lists, `space`, `toJSON`, and V8's circular-structure message.

use ir::attrs::DEFAULT;

use super::{array, method, object::new_object_with_proto};
use crate::atoms;
use crate::call::Args;
use crate::conv;
use crate::object::{Class, ObjRef};
use crate::property::{self, Prop, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Thrown, Vm};

pub fn install(vm: &mut Vm) {
    let json = new_object_with_proto(vm, Some(vm.realm.object_proto));
    super::set_intrinsic(vm, super::Intrinsic::Json, json);
    let g = vm.realm.global;
    super::value(vm, g, "JSON", json.value(), ir::attrs::HIDDEN);
    method(vm, json, "parse", 2, parse);
    method(vm, json, "stringify", 3, stringify);
}

// ---------------------------------------------------------------- parse

/// V8 shows this many characters either side of an unexpected token.
const CONTEXT_CHARS: usize = 10;

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

enum ParseError {
    /// V8's message for an unexpected character (or the end) at `pos`.
    Unexpected(usize),
    /// A fixed message ending in "in JSON at position {pos}".
    At(&'static str, usize),
    Thrown(Thrown),
}

impl From<Thrown> for ParseError {
    fn from(t: Thrown) -> ParseError {
        ParseError::Thrown(t)
    }
}

type PResult<T> = Result<T, ParseError>;

fn is_ws(c: u16) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D)
}

fn is_digit(c: Option<u16>) -> bool {
    matches!(c, Some(c) if (b'0' as u16..=b'9' as u16).contains(&c))
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_ws) {
            self.pos += 1;
        }
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c as u16) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, vm: &mut Vm) -> PResult<Value> {
        if crate::interp::native_stack_exhausted(vm) {
            return Err(ParseError::Thrown(
                vm.range_error("Maximum call stack size exceeded"),
            ));
        }
        self.skip_ws();
        let Some(c) = self.peek() else {
            return Err(ParseError::Unexpected(self.pos));
        };
        match c {
            0x22 => {
                let units = self.string()?;
                Ok(vm.string_value(&units))
            }
            0x2D | 0x30..=0x39 => self.number(),
            0x7B => self.object(vm),
            0x5B => self.array(vm),
            0x74 => self.literal("true", Value::TRUE),
            0x66 => self.literal("false", Value::FALSE),
            0x6E => self.literal("null", Value::NULL),
            _ => Err(ParseError::Unexpected(self.pos)),
        }
    }

    fn literal(&mut self, text: &str, v: Value) -> PResult<Value> {
        for b in text.bytes() {
            if self.peek() != Some(b as u16) {
                return Err(ParseError::Unexpected(self.pos));
            }
            self.pos += 1;
        }
        Ok(v)
    }

    fn number(&mut self) -> PResult<Value> {
        let start = self.pos;
        if self.eat(b'-') && !is_digit(self.peek()) {
            return Err(ParseError::At("No number after minus sign", self.pos));
        }
        if self.eat(b'0') {
            if is_digit(self.peek()) {
                return Err(ParseError::At("Unexpected number", self.pos));
            }
        } else {
            while is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        if self.eat(b'.') {
            if !is_digit(self.peek()) {
                return Err(ParseError::At("Unterminated fractional number", self.pos));
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !is_digit(self.peek()) {
                return Err(ParseError::At(
                    "Exponent part is missing a number",
                    self.pos,
                ));
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        let text: String = self.src[start..self.pos]
            .iter()
            .map(|&c| c as u8 as char)
            .collect();
        let n: f64 = text.parse().unwrap_or(f64::NAN);
        Ok(Value::number(n))
    }

    /// A string token (the cursor is on its opening quote).
    fn string(&mut self) -> PResult<Vec<u16>> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(ParseError::At("Unterminated string", self.pos));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5C => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(ParseError::Unexpected(self.pos));
                    };
                    let decoded = match e {
                        0x22 | 0x5C | 0x2F => e,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut v = 0u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let d = self
                                    .peek()
                                    .and_then(|c| char::from_u32(c as u32))
                                    .and_then(|c| c.to_digit(16));
                                let Some(d) = d else {
                                    return Err(ParseError::At("Bad Unicode escape", self.pos));
                                };
                                v = v * 16 + d as u16;
                            }
                            v
                        }
                        _ => return Err(ParseError::At("Bad escaped character", self.pos)),
                    };
                    out.push(decoded);
                    self.pos += 1;
                }
                0..=0x1F => {
                    return Err(ParseError::At(
                        "Bad control character in string literal",
                        self.pos,
                    ));
                }
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn object(&mut self, vm: &mut Vm) -> PResult<Value> {
        self.pos += 1;
        let obj = new_object_with_proto(vm, Some(vm.realm.object_proto));
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(obj.value());
        }
        if self.peek() != Some(0x22) {
            return Err(ParseError::At("Expected property name or '}'", self.pos));
        }
        loop {
            let name = self.string()?;
            let key = PropKey::from_units(vm, &name);
            self.skip_ws();
            if !self.eat(b':') {
                return Err(ParseError::At("Expected ':' after property name", self.pos));
            }
            let v = self.value(vm)?;
            property::define_data(vm, obj, key, v, DEFAULT)?;
            self.skip_ws();
            if self.eat(b',') {
                self.skip_ws();
                if self.peek() != Some(0x22) {
                    return Err(ParseError::At(
                        "Expected double-quoted property name",
                        self.pos,
                    ));
                }
                continue;
            }
            if self.eat(b'}') {
                return Ok(obj.value());
            }
            return Err(ParseError::At(
                "Expected ',' or '}' after property value",
                self.pos,
            ));
        }
    }

    fn array(&mut self, vm: &mut Vm) -> PResult<Value> {
        self.pos += 1;
        let arr = array::new_array(vm, 0);
        self.skip_ws();
        if self.eat(b']') {
            return Ok(arr.value());
        }
        loop {
            let v = self.value(vm)?;
            array::push_value(vm, arr, v);
            self.skip_ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(arr.value());
            }
            return Err(ParseError::At(
                "Expected ',' or ']' after array element",
                self.pos,
            ));
        }
    }
}

/// V8's SyntaxError text for an unexpected character at `pos` of `src`.
fn unexpected_message(src: &[u16], pos: usize) -> String {
    let Some(&c) = src.get(pos) else {
        return "Unexpected end of JSON input".into();
    };
    let text = String::from_utf16_lossy(src);
    if matches!(
        text.as_str(),
        "[object Object]" | "undefined" | "Infinity" | "NaN"
    ) {
        return format!("\"{text}\" is not valid JSON");
    }
    let token = String::from_utf16_lossy(&[c]);
    let len = src.len();
    if len < 2 * CONTEXT_CHARS + 1 {
        return format!("Unexpected token '{token}', \"{text}\" is not valid JSON");
    }
    let piece = |a: usize, b: usize| String::from_utf16_lossy(&src[a..b.min(len)]);
    if pos < CONTEXT_CHARS {
        let s = piece(0, pos + CONTEXT_CHARS);
        format!("Unexpected token '{token}', \"{s}\"... is not valid JSON")
    } else if pos < len - CONTEXT_CHARS {
        let s = piece(pos - CONTEXT_CHARS, pos + CONTEXT_CHARS);
        format!("Unexpected token '{token}', ...\"{s}\"... is not valid JSON")
    } else {
        let s = piece(pos - CONTEXT_CHARS, len);
        format!("Unexpected token '{token}', ...\"{s}\" is not valid JSON")
    }
}

/// JSON.parse(text, reviver).
fn parse(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let text = conv::to_string(vm, args.get(0))?;
    let src = text.units();
    let mut p = Parser { src, pos: 0 };
    let r = p.value(vm).and_then(|v| {
        p.skip_ws();
        if p.pos < src.len() {
            Err(ParseError::At(
                "Unexpected non-whitespace character after JSON",
                p.pos,
            ))
        } else {
            Ok(v)
        }
    });
    let v = match r {
        Ok(v) => v,
        Err(ParseError::Thrown(t)) => return Err(t),
        Err(ParseError::Unexpected(pos)) => {
            let msg = unexpected_message(src, pos);
            return Err(vm.syntax_error(&msg));
        }
        Err(ParseError::At(what, pos)) => {
            let msg = if what.ends_with("after JSON") {
                format!("{what} at position {pos}")
            } else {
                format!("{what} in JSON at position {pos}")
            };
            return Err(vm.syntax_error(&msg));
        }
    };
    let reviver = args.get(1);
    if !reviver.is_callable() {
        return Ok(v);
    }
    let root = new_object_with_proto(vm, Some(vm.realm.object_proto));
    property::define_data(vm, root, PropKey::Atom(atoms::EMPTY), v, DEFAULT)?;
    internalize(vm, root, PropKey::Atom(atoms::EMPTY), reviver)
}

/// InternalizeJSONProperty.
fn internalize(vm: &mut Vm, holder: ObjRef, name: PropKey, reviver: Value) -> JsResult<Value> {
    if crate::interp::native_stack_exhausted(vm) {
        return Err(vm.range_error("Maximum call stack size exceeded"));
    }
    let val = property::get(vm, holder, name, holder.value())?;
    if let Some(o) = val.as_object() {
        if o.class() == Class::Array {
            let len = array::length_of(vm, o)?;
            let mut i = 0f64;
            while i < len {
                let k = PropKey::Index(i as u32);
                let e = internalize(vm, o, k, reviver)?;
                revive_store(vm, o, k, e);
                i += 1.0;
            }
        } else {
            let keys: Vec<PropKey> = property::own_keys(vm, o)
                .into_iter()
                .filter(|&k| property::get_own(vm, o, k).is_some_and(|p| p.enumerable()))
                .collect();
            for k in keys {
                let e = internalize(vm, o, k, reviver)?;
                revive_store(vm, o, k, e);
            }
        }
    }
    let key = name.to_value(vm);
    vm.call(reviver, holder.value(), &[key, val])
}

/// Deletes the property for `undefined`, else CreateDataProperty (whose
/// failure is ignored, as the specification says).
fn revive_store(vm: &mut Vm, o: ObjRef, k: PropKey, v: Value) {
    if v.is_undefined() {
        property::delete(vm, o, k);
    } else {
        let desc = property::Descriptor::data(v, DEFAULT);
        let _ = property::define_own(vm, o, k, desc);
    }
}

// ---------------------------------------------------------------- stringify

struct Stringifier {
    replacer: Option<Value>,
    property_list: Option<Vec<PropKey>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// Objects being serialized, with the key each was reached by.
    stack: Vec<(PropKey, ObjRef)>,
    out: Vec<u16>,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

/// QuoteJSONString.
pub fn quote(out: &mut Vec<u16>, units: &[u16]) {
    out.push(b'"' as u16);
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0x22 => push_str(out, "\\\""),
            0x5C => push_str(out, "\\\\"),
            0x08 => push_str(out, "\\b"),
            0x0C => push_str(out, "\\f"),
            0x0A => push_str(out, "\\n"),
            0x0D => push_str(out, "\\r"),
            0x09 => push_str(out, "\\t"),
            0..=0x1F => push_str(out, &format!("\\u{c:04x}")),
            0xD800..=0xDBFF
                if units
                    .get(i + 1)
                    .is_some_and(|d| (0xDC00..=0xDFFF).contains(d)) =>
            {
                out.push(c);
                out.push(units[i + 1]);
                i += 1;
            }
            0xD800..=0xDFFF => push_str(out, &format!("\\u{c:04x}")),
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

/// The constructor name V8 shows in the circular-structure message.
fn constructor_name(vm: &mut Vm, obj: ObjRef) -> String {
    let mut o = Some(obj);
    while let Some(p) = o {
        match property::get_own(vm, p, PropKey::Atom(atoms::CONSTRUCTOR)) {
            Some(Prop::Data { value, .. }) => {
                if let Some(c) = value.as_object().filter(|c| c.is_callable())
                    && let Some(Prop::Data { value: n, .. }) =
                        property::get_own(vm, c, PropKey::Atom(atoms::NAME))
                    && let Some(s) = n.as_string()
                    && !s.is_empty()
                {
                    return s.to_rust();
                }
                break;
            }
            Some(Prop::Accessor { .. }) => break,
            None => o = p.proto(),
        }
    }
    "Object".into()
}

impl Stringifier {
    fn circular_error(&self, vm: &mut Vm, key: PropKey, start: usize) -> Thrown {
        let describe_key = |vm: &Vm, k: PropKey| match k {
            PropKey::Index(i) => format!("index {i}"),
            PropKey::Atom(a) if a == atoms::EMPTY => "<anonymous>".into(),
            PropKey::Atom(a) => format!("property '{}'", vm.atom_text(a)),
        };
        let mut msg = String::from("Converting circular structure to JSON");
        let n = self.stack.len();
        let mut i = start;
        let name = constructor_name(vm, self.stack[i].1);
        msg.push_str(&format!(
            "\n    --> starting at object with constructor '{name}'"
        ));
        i += 1;
        let prefix_end = n.min(i + 2);
        let line = |vm: &mut Vm, msg: &mut String, j: usize| {
            let (k, o) = self.stack[j];
            let name = constructor_name(vm, o);
            let kd = describe_key(vm, k);
            msg.push_str(&format!(
                "\n    |     {kd} -> object with constructor '{name}'"
            ));
        };
        while i < prefix_end {
            line(vm, &mut msg, i);
            i += 1;
        }
        if n > i + 1 {
            msg.push_str("\n    |     ...");
        }
        i = i.max(n - 1);
        while i < n {
            line(vm, &mut msg, i);
            i += 1;
        }
        let kd = describe_key(vm, key);
        msg.push_str(&format!("\n    --- {kd} closes the circle"));
        vm.type_error(&msg)
    }

    /// SerializeJSONProperty: appends the text and returns true, or returns
    /// false (undefined: nothing appended).
    fn property(&mut self, vm: &mut Vm, key: PropKey, holder: ObjRef) -> JsResult<bool> {
        let mut value = property::get(vm, holder, key, holder.value())?;
        if value.is_object() {
            let to_json = property::get_value(vm, value, PropKey::Atom(atoms::TO_JSON))?;
            if to_json.is_callable() {
                let k = key.to_value(vm);
                value = vm.call(to_json, value, &[k])?;
            }
        }
        if let Some(r) = self.replacer {
            let k = key.to_value(vm);
            value = vm.call(r, holder.value(), &[k, value])?;
        }
        self.value(vm, key, value)
    }

    fn value(&mut self, vm: &mut Vm, key: PropKey, mut value: Value) -> JsResult<bool> {
        if let Some(o) = value.as_object() {
            match o.class() {
                Class::NumberBox => value = Value::number(conv::to_number(vm, value)?),
                Class::StringBox => value = conv::to_string_value(vm, value)?,
                Class::BooleanBox => value = o.word_value(0),
                _ => {}
            }
        }
        if value.is_null() {
            push_str(&mut self.out, "null");
        } else if value.is_bool() {
            push_str(
                &mut self.out,
                if value.as_bool() { "true" } else { "false" },
            );
        } else if let Some(s) = value.as_string() {
            quote(&mut self.out, s.units());
        } else if value.is_number() {
            let n = value.as_number();
            let text = if n.is_finite() {
                conv::number_to_string(n)
            } else {
                "null".into()
            };
            push_str(&mut self.out, &text);
        } else if let Some(o) = value.as_object().filter(|o| !o.is_callable()) {
            if let Some(start) = self.stack.iter().position(|&(_, x)| x == o) {
                return Err(self.circular_error(vm, key, start));
            }
            // V8 recurses on the native stack and runs out after a few
            // thousand levels; so does this (also bounding toJSON chains
            // that build a new object at every level).
            if self.stack.len() >= crate::vm::MAX_CALL_DEPTH
                || crate::interp::native_stack_exhausted(vm)
            {
                return Err(vm.range_error("Maximum call stack size exceeded"));
            }
            self.stack.push((key, o));
            vm.roots.push(o.value());
            let r = if o.class() == Class::Array {
                self.array(vm, o)
            } else {
                self.object(vm, o)
            };
            vm.roots.pop();
            self.stack.pop();
            r?;
        } else {
            return Ok(false);
        }
        if self.out.len() > crate::MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        Ok(true)
    }

    fn newline_indent(&mut self) {
        self.out.push(b'\n' as u16);
        self.out.extend_from_slice(&self.indent);
    }

    fn object(&mut self, vm: &mut Vm, o: ObjRef) -> JsResult<()> {
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        let keys = match &self.property_list {
            Some(list) => list.clone(),
            None => property::own_keys(vm, o)
                .into_iter()
                .filter(|&k| property::get_own(vm, o, k).is_some_and(|p| p.enumerable()))
                .collect(),
        };
        self.out.push(b'{' as u16);
        let mut any = false;
        for k in keys {
            let mark = self.out.len();
            if any {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent();
            }
            let ku = match k {
                PropKey::Atom(a) => vm.atom_string(a).units().to_vec(),
                PropKey::Index(i) => i.to_string().encode_utf16().collect(),
            };
            quote(&mut self.out, &ku);
            self.out.push(b':' as u16);
            if !self.gap.is_empty() {
                self.out.push(b' ' as u16);
            }
            if self.property(vm, k, o)? {
                any = true;
            } else {
                self.out.truncate(mark);
            }
        }
        self.indent.truncate(stepback);
        if any && !self.gap.is_empty() {
            self.newline_indent();
        }
        self.out.push(b'}' as u16);
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, o: ObjRef) -> JsResult<()> {
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        let len = array::length_of(vm, o)?;
        self.out.push(b'[' as u16);
        let mut i = 0f64;
        while i < len {
            if i > 0.0 {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent();
            }
            let k = PropKey::Index(i as u32);
            if !self.property(vm, k, o)? {
                push_str(&mut self.out, "null");
            }
            i += 1.0;
        }
        self.indent.truncate(stepback);
        if len > 0.0 && !self.gap.is_empty() {
            self.newline_indent();
        }
        self.out.push(b']' as u16);
        Ok(())
    }
}

/// JSON.stringify(value, replacer, space).
fn stringify(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut st = Stringifier {
        replacer: None,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    let replacer = args.get(1);
    if let Some(r) = replacer.as_object() {
        if r.is_callable() {
            st.replacer = Some(replacer);
        } else if r.class() == Class::Array {
            let len = array::length_of(vm, r)?;
            let mut list: Vec<PropKey> = Vec::new();
            let mut i = 0f64;
            while i < len {
                let v = property::get(vm, r, PropKey::Index(i as u32), replacer)?;
                let wrapper = v
                    .as_object()
                    .is_some_and(|o| matches!(o.class(), Class::StringBox | Class::NumberBox));
                let item = if v.is_string() || v.is_number() || wrapper {
                    Some(conv::to_string(vm, v)?)
                } else {
                    None
                };
                if let Some(s) = item {
                    let k = PropKey::from_units(vm, s.units());
                    if !list.contains(&k) {
                        list.push(k);
                    }
                }
                i += 1.0;
            }
            st.property_list = Some(list);
        }
    }
    let mut space = args.get(2);
    if let Some(o) = space.as_object() {
        match o.class() {
            Class::NumberBox => space = Value::number(conv::to_number(vm, space)?),
            Class::StringBox => space = conv::to_string_value(vm, space)?,
            _ => {}
        }
    }
    if space.is_number() {
        let n = conv::integer_or_infinity(space.as_number()).min(10.0);
        if n >= 1.0 {
            st.gap = vec![b' ' as u16; n as usize];
        }
    } else if let Some(s) = space.as_string() {
        st.gap = s.units()[..s.len().min(10)].to_vec();
    }
    let wrapper = new_object_with_proto(vm, Some(vm.realm.object_proto));
    property::define_data(
        vm,
        wrapper,
        PropKey::Atom(atoms::EMPTY),
        args.get(0),
        DEFAULT,
    )?;
    if st.property(vm, PropKey::Atom(atoms::EMPTY), wrapper)? {
        Ok(vm.string_value(&st.out))
    } else {
        Ok(Value::UNDEFINED)
    }
}
