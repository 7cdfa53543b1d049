//! `String` and `String.prototype` (ECMA-262 §22.1). Strings are UTF-16;
//! indices count code units. Patterns are strings (no RegExp in the subset).

use super::{array, constructor, method};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::errors::ErrorType;
use crate::object::Class;
use crate::property::{self, PropKey};
use crate::string::StrRef;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.string_proto;
    let ctor = constructor(vm, "String", 1, string_ctor, proto);
    method(vm, ctor, "fromCharCode", 1, from_char_code);
    method(vm, ctor, "fromCodePoint", 1, from_code_point);
    method(vm, ctor, "raw", 1, raw);
    let methods: [(&str, u32, NativeFn); 50] = [
        ("anchor", 1, anchor),
        ("at", 1, at),
        ("big", 0, big),
        ("blink", 0, blink),
        ("bold", 0, bold),
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at),
        ("concat", 1, concat),
        ("endsWith", 1, ends_with),
        ("fontcolor", 1, fontcolor),
        ("fontsize", 1, fontsize),
        ("fixed", 0, fixed),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("isWellFormed", 0, is_well_formed),
        ("italics", 0, italics),
        ("lastIndexOf", 1, last_index_of),
        ("link", 1, link),
        ("localeCompare", 1, locale_compare),
        ("match", 1, match_),
        ("matchAll", 1, match_all),
        ("normalize", 0, normalize),
        ("padEnd", 1, pad_end),
        ("padStart", 1, pad_start),
        ("repeat", 1, repeat),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("search", 1, search),
        ("slice", 2, slice),
        ("small", 0, small),
        ("split", 2, split),
        ("strike", 0, strike),
        ("sub", 0, sub),
        ("substr", 2, substr),
        ("substring", 2, substring),
        ("sup", 0, sup),
        ("startsWith", 1, starts_with),
        ("toString", 0, to_string),
        ("toWellFormed", 0, to_well_formed),
        ("trim", 0, trim),
        ("trimStart", 0, trim_start),
        ("trimLeft", 0, trim_start),
        ("trimEnd", 0, trim_end),
        ("trimRight", 0, trim_end),
        ("toLocaleLowerCase", 0, to_lower_case),
        ("toLocaleUpperCase", 0, to_upper_case),
        ("toLowerCase", 0, to_lower_case),
        ("toUpperCase", 0, to_upper_case),
        ("valueOf", 0, value_of),
    ];
    let mut trim_fns: Vec<(&str, Value)> = Vec::new();
    for (name, len, f) in methods {
        match name {
            // The same function objects as trimStart and trimEnd (Annex B).
            "trimLeft" | "trimRight" => {
                let target = if name == "trimLeft" {
                    "trimStart"
                } else {
                    "trimEnd"
                };
                let fv = trim_fns.iter().find(|(n, _)| *n == target).unwrap().1;
                super::value(vm, proto, name, fv, ir::attrs::HIDDEN);
            }
            _ => {
                let fo = method(vm, proto, name, len, f);
                if name == "trimStart" || name == "trimEnd" {
                    trim_fns.push((name, fo.value()));
                }
            }
        }
    }
}

fn string_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = if args.is_empty() {
        vm.empty_string
    } else {
        conv::to_string_value(vm, args.get(0))?
    };
    if !args.is_construct() {
        return Ok(s);
    }
    let o = vm.box_primitive(s);
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

/// Is `f` the built-in `String.prototype.charCodeAt` (the JIT inlines it)?
pub fn is_char_code_at(f: Value) -> bool {
    super::is_native(f, char_code_at)
}

/// Is `f` the built-in `String.prototype.charAt` (the JIT inlines it)?
pub fn is_char_at(f: Value) -> bool {
    super::is_native(f, char_at)
}

/// Is `f` the built-in `String.prototype.slice` (the JIT calls
/// `abi::h_str_slice` for it)?
pub fn is_slice(f: Value) -> bool {
    super::is_native(f, slice)
}

/// Is `f` the built-in `String.prototype.substring` (as `is_slice`)?
pub fn is_substring(f: Value) -> bool {
    super::is_native(f, substring)
}

/// The code units `from..to` of `s` where `slice` (or, with `sub`,
/// `substring`) with integer arguments `a` and `b` takes them.
pub fn piece_bounds(len: usize, a: i64, b: i64, sub: bool) -> (usize, usize) {
    let len = len as i64;
    let (from, to) = if sub {
        let (a, b) = (a.clamp(0, len), b.clamp(0, len));
        (a.min(b), a.max(b))
    } else {
        let rel = |x: i64| if x < 0 { (len + x).max(0) } else { x.min(len) };
        (rel(a), rel(b))
    };
    (from as usize, to.max(from) as usize)
}

/// RequireObjectCoercible(this) then ToString.
fn this_str(vm: &mut Vm, args: &Args, name: &str) -> JsResult<StrRef> {
    if args.this.is_nullish() {
        return Err(vm.type_error(&format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    conv::to_string(vm, args.this)
}

fn arg_str(vm: &mut Vm, args: &Args, i: usize) -> JsResult<Vec<u16>> {
    Ok(conv::to_string(vm, args.get(i))?.units().to_vec())
}

fn from_char_code(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args.args {
        units.push(conv::to_uint32(vm, a)? as u16);
    }
    Ok(vm.string_value(&units))
}

fn from_code_point(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for &a in args.args {
        let n = conv::to_number(vm, a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let shown = conv::number_to_string(n);
            return Err(vm.range_error(&format!("Invalid code point {shown}")));
        }
        let c = n as u32;
        if c >= 0x10000 {
            let c = c - 0x10000;
            units.push(0xD800 + (c >> 10) as u16);
            units.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            units.push(c as u16);
        }
    }
    Ok(vm.string_value(&units))
}

/// thisStringValue.
fn this_string_value(vm: &mut Vm, args: &Args, method: &str) -> JsResult<Value> {
    let t = args.this;
    if t.is_string() {
        return Ok(t);
    }
    if let Some(o) = t.as_object()
        && o.class() == Class::StringBox
    {
        return Ok(o.word_value(0));
    }
    Err(vm.type_error(&format!(
        "String.prototype.{method} requires that 'this' be a String"
    )))
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    this_string_value(vm, args, "toString")
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    this_string_value(vm, args, "valueOf")
}

/// String.raw(template, ...substitutions).
fn raw(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let cooked = conv::to_object(vm, args.get(0))?;
    let raw_key = vm.intern_str("raw");
    let r = property::get(vm, cooked, PropKey::Atom(raw_key), cooked.value())?;
    let raw = conv::to_object(vm, r)?;
    let count = array::length_of(vm, raw)?;
    let mut out: Vec<u16> = Vec::new();
    let mut i = 0f64;
    while i < count {
        let k = if i < u32::MAX as f64 {
            PropKey::Index(i as u32)
        } else {
            PropKey::Atom(vm.intern_str(&conv::number_to_string(i)))
        };
        let piece = property::get(vm, raw, k, raw.value())?;
        let piece = conv::to_string(vm, piece)?;
        out.extend_from_slice(piece.units());
        if i + 1.0 >= count {
            break;
        }
        if (i as usize) + 1 < args.len() {
            let sub = conv::to_string(vm, args.get(i as usize + 1))?;
            out.extend_from_slice(sub.units());
        }
        if out.len() > crate::MAX_STRING_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        i += 1.0;
    }
    Ok(vm.string_value(&out))
}

/// CreateHTML (Annex B.2.2.2.1): `<tag attr="value">S</tag>`.
fn create_html(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    tag: &str,
    attr: Option<&str>,
) -> JsResult<Value> {
    let s = this_str(vm, args, name)?.units().to_vec();
    let mut out: Vec<u16> = Vec::new();
    out.extend(format!("<{tag}").encode_utf16());
    if let Some(attr) = attr {
        let v = conv::to_string(vm, args.get(0))?;
        out.extend(format!(" {attr}=\"").encode_utf16());
        for &c in v.units() {
            if c == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(c);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend_from_slice(&s);
    out.extend(format!("</{tag}>").encode_utf16());
    Ok(vm.string_value(&out))
}

macro_rules! html_methods {
    ($($f:ident => ($name:literal, $tag:literal, $attr:expr);)*) => {$(
        fn $f(vm: &mut Vm, args: &Args) -> JsResult<Value> {
            create_html(vm, args, $name, $tag, $attr)
        }
    )*};
}

html_methods! {
    anchor => ("anchor", "a", Some("name"));
    big => ("big", "big", None);
    blink => ("blink", "blink", None);
    bold => ("bold", "b", None);
    fixed => ("fixed", "tt", None);
    fontcolor => ("fontcolor", "font", Some("color"));
    fontsize => ("fontsize", "font", Some("size"));
    italics => ("italics", "i", None);
    link => ("link", "a", Some("href"));
    small => ("small", "small", None);
    strike => ("strike", "strike", None);
    sub => ("sub", "sub", None);
    sup => ("sup", "sup", None);
}

/// The text of a RegExp pattern made from a string, when it has no
/// special characters (so it matches exactly itself); None otherwise.
fn literal_pattern(vm: &mut Vm, v: Value) -> JsResult<Option<Vec<u16>>> {
    let p = if v.is_undefined() {
        Vec::new()
    } else {
        conv::to_string(vm, v)?.units().to_vec()
    };
    let special = |c: &u16| *c < 128 && b"\\^$.|?*+()[]{}/".contains(&(*c as u8));
    Ok((!p.iter().any(special)).then_some(p))
}

/// `search` with a string: RegExp semantics, supported when the pattern
/// is plain text (else `EvalError: unsupported: RegExp`).
fn search(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "search")?;
    let Some(pat) = literal_pattern(vm, args.get(0))? else {
        return Err(super::regexp::unsupported(vm));
    };
    Ok(Value::number(
        find(s.units(), &pat, 0).map_or(-1.0, |i| i as f64),
    ))
}

/// `match` with a string, as `search`: `[match, index, input, groups]`.
fn match_(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "match")?;
    let Some(pat) = literal_pattern(vm, args.get(0))? else {
        return Err(super::regexp::unsupported(vm));
    };
    let Some(i) = find(s.units(), &pat, 0) else {
        return Ok(Value::NULL);
    };
    let m = vm.string_value(&pat);
    let a = array::new_array_from(vm, &[m]);
    let attrs = ir::attrs::DEFAULT;
    property::define_data(
        vm,
        a,
        PropKey::Atom(atoms::INDEX),
        Value::number(i as f64),
        attrs,
    )?;
    let input = vm.intern_str("input");
    property::define_data(vm, a, PropKey::Atom(input), s.value(), attrs)?;
    let groups = vm.intern_str("groups");
    property::define_data(vm, a, PropKey::Atom(groups), Value::UNDEFINED, attrs)?;
    Ok(a.value())
}

/// `matchAll` returns an iterator of RegExp matches: outside the subset.
fn match_all(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    this_str(vm, args, "matchAll")?;
    Err(vm.throw_error(ErrorType::EvalError, "unsupported: RegExp"))
}

fn char_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "charAt")?;
    let p = conv::to_integer_or_infinity(vm, args.get(0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(vm.empty_string);
    }
    let c = s.units()[p as usize];
    Ok(vm.string_value(&[c]))
}

fn char_code_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "charCodeAt")?;
    let p = conv::to_integer_or_infinity(vm, args.get(0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::double(f64::NAN));
    }
    Ok(Value::int(s.units()[p as usize] as i32))
}

fn code_point_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "codePointAt")?;
    let p = conv::to_integer_or_infinity(vm, args.get(0))?;
    let u = s.units();
    if p < 0.0 || p >= u.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let i = p as usize;
    let c = u[i] as u32;
    if (0xD800..0xDC00).contains(&c)
        && i + 1 < u.len()
        && (0xDC00..0xE000).contains(&(u[i + 1] as u32))
    {
        let cp = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] as u32 - 0xDC00);
        return Ok(Value::int(cp as i32));
    }
    Ok(Value::int(c as i32))
}

fn at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "at")?;
    let n = conv::to_integer_or_infinity(vm, args.get(0))?;
    let len = s.len() as f64;
    let k = if n >= 0.0 { n } else { len + n };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    let c = s.units()[k as usize];
    Ok(vm.string_value(&[c]))
}

/// Index of `pat` in `s` at or after `from`.
pub fn find(s: &[u16], pat: &[u16], from: usize) -> Option<usize> {
    if pat.is_empty() {
        return (from <= s.len()).then_some(from);
    }
    if pat.len() > s.len() {
        return None;
    }
    (from..=s.len() - pat.len()).find(|&i| &s[i..i + pat.len()] == pat)
}

fn index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "indexOf")?;
    let pat = arg_str(vm, args, 0)?;
    let pos = conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::number(
        find(s.units(), &pat, pos).map_or(-1.0, |i| i as f64),
    ))
}

fn last_index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "lastIndexOf")?;
    let pat = arg_str(vm, args, 0)?;
    let n = conv::to_number(vm, args.get(1))?;
    let u = s.units();
    let pos = if n.is_nan() {
        f64::INFINITY
    } else {
        conv::integer_or_infinity(n)
    };
    let start = pos.clamp(0.0, u.len() as f64) as usize;
    if pat.len() > u.len() {
        return Ok(Value::int(-1));
    }
    let max = start.min(u.len() - pat.len());
    for i in (0..=max).rev() {
        if u[i..i + pat.len()] == pat[..] {
            return Ok(Value::number(i as f64));
        }
    }
    Ok(Value::int(-1))
}

fn includes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "includes")?;
    let pat = arg_str(vm, args, 0)?;
    let pos = conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::bool(find(s.units(), &pat, pos).is_some()))
}

fn starts_with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "startsWith")?;
    let pat = arg_str(vm, args, 0)?;
    let pos = conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::bool(s.units()[pos..].starts_with(&pat)))
}

fn ends_with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "endsWith")?;
    let pat = arg_str(vm, args, 0)?;
    let len = s.len() as f64;
    let end = if args.get(1).is_undefined() {
        len
    } else {
        conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, len)
    };
    Ok(Value::bool(s.units()[..end as usize].ends_with(&pat)))
}

fn rel(vm: &mut Vm, v: Value, len: f64, default: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = conv::to_integer_or_infinity(vm, v)?;
    Ok(if n < 0.0 {
        (len + n).max(0.0)
    } else {
        n.min(len)
    })
}

fn slice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "slice")?;
    let len = s.len() as f64;
    let from = rel(vm, args.get(0), len, 0.0)?;
    let to = rel(vm, args.get(1), len, len)?;
    if from >= to {
        return Ok(vm.empty_string);
    }
    // `s` stays alive (and put) while the piece is allocated.
    Ok(vm.string_value(&s.units()[from as usize..to as usize]))
}

fn substring(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "substring")?;
    let len = s.len() as f64;
    let a = conv::to_integer_or_infinity(vm, args.get(0))?.clamp(0.0, len);
    let b = if args.get(1).is_undefined() {
        len
    } else {
        conv::to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, len)
    };
    let (from, to) = if a < b { (a, b) } else { (b, a) };
    // `s` stays alive (and put) while the piece is allocated.
    Ok(vm.string_value(&s.units()[from as usize..to as usize]))
}

fn substr(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "substr")?;
    let len = s.len() as f64;
    let start = rel(vm, args.get(0), len, 0.0)?;
    let n = if args.get(1).is_undefined() {
        len
    } else {
        conv::to_integer_or_infinity(vm, args.get(1))?
    };
    let end = (start + n.max(0.0)).min(len);
    if start >= end {
        return Ok(vm.empty_string);
    }
    let piece = s.units()[start as usize..end as usize].to_vec();
    Ok(vm.string_value(&piece))
}

fn map_case(vm: &mut Vm, args: &Args, name: &str, upper: bool) -> JsResult<Value> {
    let s = this_str(vm, args, name)?;
    let u = s.units();
    if u.iter().all(|&c| c < 128) {
        let out: Vec<u16> = u
            .iter()
            .map(|&c| {
                let b = c as u8;
                (if upper {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }) as u16
            })
            .collect();
        return Ok(vm.string_value(&out));
    }
    // Map each well-formed run as text; lone surrogates stay as they are.
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut i = 0;
    while i < u.len() {
        let start = i;
        while i < u.len() {
            let c = u[i];
            if (0xD800..0xDC00).contains(&c)
                && u.get(i + 1).is_some_and(|d| (0xDC00..0xE000).contains(d))
            {
                i += 2;
            } else if (0xD800..0xE000).contains(&c) {
                break;
            } else {
                i += 1;
            }
        }
        if i > start {
            let text = String::from_utf16_lossy(&u[start..i]);
            let mapped = if upper {
                text.to_uppercase()
            } else {
                text.to_lowercase()
            };
            out.extend(mapped.encode_utf16());
        }
        if i < u.len() {
            out.push(u[i]);
            i += 1;
        }
    }
    Ok(vm.string_value(&out))
}

fn to_upper_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args, "toUpperCase", true)
}

fn to_lower_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args, "toLowerCase", false)
}

fn trim(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "trim")?;
    let t = conv::trim_units(s.units()).to_vec();
    Ok(vm.string_value(&t))
}

fn trim_start(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "trimStart")?;
    let t = conv::trim_start_units(s.units()).to_vec();
    Ok(vm.string_value(&t))
}

fn trim_end(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "trimEnd")?;
    let piece = conv::trim_end_units(s.units()).to_vec();
    Ok(vm.string_value(&piece))
}

fn pad(vm: &mut Vm, args: &Args, name: &str, at_start: bool) -> JsResult<Value> {
    let s = this_str(vm, args, name)?;
    let max = conv::to_length(vm, args.get(0))?;
    let len = s.len() as f64;
    if max <= len {
        return Ok(s.value());
    }
    let filler: Vec<u16> = if args.get(1).is_undefined() {
        vec![b' ' as u16]
    } else {
        arg_str(vm, args, 1)?
    };
    if filler.is_empty() {
        return Ok(s.value());
    }
    if max > crate::MAX_STRING_LENGTH as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let fill_len = (max - len) as usize;
    let fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    let mut out = Vec::with_capacity(max as usize);
    if at_start {
        out.extend_from_slice(&fill);
        out.extend_from_slice(s.units());
    } else {
        out.extend_from_slice(s.units());
        out.extend_from_slice(&fill);
    }
    Ok(vm.string_value(&out))
}

fn pad_start(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    pad(vm, args, "padStart", true)
}

fn pad_end(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    pad(vm, args, "padEnd", false)
}

fn repeat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "repeat")?;
    let n = conv::to_integer_or_infinity(vm, args.get(0))?;
    if n < 0.0 || n.is_infinite() {
        let shown = conv::number_to_string(n);
        return Err(vm.range_error(&format!("Invalid count value: {shown}")));
    }
    if s.is_empty() || n == 0.0 {
        return Ok(vm.empty_string);
    }
    if s.len() as f64 * n > crate::MAX_STRING_LENGTH as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    let out = s.units().repeat(n as usize);
    Ok(vm.string_value(&out))
}

fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "concat")?;
    let mut out = s.units().to_vec();
    for i in 0..args.len() {
        let a = arg_str(vm, args, i)?;
        out.extend_from_slice(&a);
    }
    if out.len() > crate::MAX_STRING_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.string_value(&out))
}

fn split(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "split")?;
    let lim = args.get(1);
    let limit = if lim.is_undefined() {
        u32::MAX
    } else {
        conv::to_uint32(vm, lim)?
    };
    let sep_v = args.get(0);
    let sep = conv::to_string(vm, sep_v)?.units().to_vec();
    let out = array::new_array(vm, 0);
    if limit == 0 {
        return Ok(out.value());
    }
    if sep_v.is_undefined() {
        array::push_value(vm, out, s.value());
        return Ok(out.value());
    }
    let u = s.units();
    if sep.is_empty() {
        for &c in u.iter().take(limit as usize) {
            let piece = vm.string_value(&[c]);
            array::push_value(vm, out, piece);
        }
        return Ok(out.value());
    }
    let mut start = 0;
    while let Some(i) = find(u, &sep, start) {
        let piece = vm.string_value(&u[start..i]);
        array::push_value(vm, out, piece);
        if out.array_length() >= limit {
            return Ok(out.value());
        }
        start = i + sep.len();
    }
    let piece = vm.string_value(&u[start..]);
    array::push_value(vm, out, piece);
    Ok(out.value())
}

/// GetSubstitution for a string pattern (`$$`, `$&`, `` $` ``, `$'`).
fn substitution(matched: &[u16], s: &[u16], pos: usize, replacement: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < replacement.len() {
        let c = replacement[i];
        if c == b'$' as u16 && i + 1 < replacement.len() {
            let n = replacement[i + 1];
            if n == b'$' as u16 {
                out.push(b'$' as u16);
                i += 2;
                continue;
            }
            if n == b'&' as u16 {
                out.extend_from_slice(matched);
                i += 2;
                continue;
            }
            if n == b'`' as u16 {
                out.extend_from_slice(&s[..pos]);
                i += 2;
                continue;
            }
            if n == b'\'' as u16 {
                out.extend_from_slice(&s[(pos + matched.len()).min(s.len())..]);
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

fn replace_impl(vm: &mut Vm, args: &Args, all: bool) -> JsResult<Value> {
    let name = if all { "replaceAll" } else { "replace" };
    let s = this_str(vm, args, name)?;
    let pat = arg_str(vm, args, 0)?;
    let rep = args.get(1);
    let functional = rep.is_callable();
    let rep_units = if functional {
        Vec::new()
    } else {
        conv::to_string(vm, rep)?.units().to_vec()
    };
    let u = s.units().to_vec();
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(i) = find(&u, &pat, from) {
        positions.push(i);
        if !all {
            break;
        }
        from = i + pat.len().max(1);
        if from > u.len() {
            break;
        }
    }
    let mut out = Vec::new();
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&u[last..p]);
        if functional {
            let m = vm.string_value(&pat);
            let r = vm.call(
                rep,
                Value::UNDEFINED,
                &[m, Value::number(p as f64), s.value()],
            )?;
            let rs = conv::to_string(vm, r)?;
            out.extend_from_slice(rs.units());
        } else {
            out.extend(substitution(&pat, &u, p, &rep_units));
        }
        last = p + pat.len();
    }
    out.extend_from_slice(&u[last..]);
    Ok(vm.string_value(&out))
}

fn replace(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    replace_impl(vm, args, false)
}

fn replace_all(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    replace_impl(vm, args, true)
}

/// `localeCompare`: ICU's root collation, approximated (see `collate.rs`).
fn locale_compare(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "localeCompare")?;
    let t = arg_str(vm, args, 0)?;
    Ok(Value::int(match super::collate::compare(s.units(), &t) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

/// `normalize`: the forms are checked; the text is returned unchanged
/// (no Unicode normalization tables: exact for text without combining
/// sequences or compatibility characters).
fn normalize(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "normalize")?;
    let f = args.get(0);
    if !f.is_undefined() {
        let form = conv::to_rust_string(vm, f)?;
        if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
            return Err(
                vm.range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
            );
        }
    }
    Ok(s.value())
}

fn is_well_formed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "isWellFormed")?;
    Ok(Value::bool(String::from_utf16(s.units()).is_ok()))
}

fn to_well_formed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "toWellFormed")?;
    let fixed: Vec<u16> = String::from_utf16_lossy(s.units()).encode_utf16().collect();
    Ok(vm.string_value(&fixed))
}
