//! `String` and `String.prototype` (ECMA-262 §22.1). Strings are UTF-16;
//! indices count code units. Patterns are strings (no RegExp in the subset).

use super::{array, constructor, method};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv;
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
    let methods: [(&str, u32, NativeFn); 33] = [
        ("toString", 0, to_string),
        ("valueOf", 0, to_string),
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at),
        ("at", 1, at),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes),
        ("startsWith", 1, starts_with),
        ("endsWith", 1, ends_with),
        ("slice", 2, slice),
        ("substring", 2, substring),
        ("substr", 2, substr),
        ("toUpperCase", 0, to_upper_case),
        ("toLowerCase", 0, to_lower_case),
        ("toLocaleUpperCase", 0, to_upper_case),
        ("toLocaleLowerCase", 0, to_lower_case),
        ("trim", 0, trim),
        ("trimStart", 0, trim_start),
        ("trimEnd", 0, trim_end),
        ("padStart", 2, pad_start),
        ("padEnd", 2, pad_end),
        ("repeat", 1, repeat),
        ("concat", 1, concat),
        ("split", 2, split),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("localeCompare", 1, locale_compare),
        ("normalize", 0, normalize),
        ("isWellFormed", 0, is_well_formed),
        ("toWellFormed", 0, to_well_formed),
        ("search", 1, index_of),
    ];
    for (name, len, f) in methods {
        method(vm, proto, name, len, f);
    }
    let tl = vm.intern_str("trimLeft");
    let tr = vm.intern_str("trimRight");
    let ts_key = PropKey::Atom(vm.intern_str("trimStart"));
    let te_key = PropKey::Atom(vm.intern_str("trimEnd"));
    let ts = property::get(vm, proto, ts_key, proto.value()).unwrap();
    let te = property::get(vm, proto, te_key, proto.value()).unwrap();
    property::define_data(vm, proto, PropKey::Atom(tl), ts, ir::attrs::HIDDEN).unwrap();
    property::define_data(vm, proto, PropKey::Atom(tr), te, ir::attrs::HIDDEN).unwrap();
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

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = args.this;
    if t.is_string() {
        return Ok(t);
    }
    if let Some(o) = t.as_object()
        && o.class() == Class::StringBox
    {
        return Ok(o.word_value(0));
    }
    Err(vm.type_error("String.prototype.toString requires that 'this' be a String"))
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
    let piece = s.units()[from as usize..to as usize].to_vec();
    Ok(vm.string_value(&piece))
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
    let piece = s.units()[from as usize..to as usize].to_vec();
    Ok(vm.string_value(&piece))
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
    let text = String::from_utf16_lossy(s.units());
    if String::from_utf16(s.units()).is_err() {
        // Lone surrogates: map only the BMP code units that are not surrogates.
        let units: Vec<u16> = s
            .units()
            .iter()
            .map(|&c| match char::from_u32(c as u32) {
                Some(ch) => {
                    let m: String = if upper {
                        ch.to_uppercase().collect()
                    } else {
                        ch.to_lowercase().collect()
                    };
                    let mu: Vec<u16> = m.encode_utf16().collect();
                    if mu.len() == 1 { mu[0] } else { c }
                }
                None => c,
            })
            .collect();
        return Ok(vm.string_value(&units));
    }
    let mapped = if upper {
        text.to_uppercase()
    } else {
        text.to_lowercase()
    };
    Ok(vm.new_str(&mapped))
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
    let out = array::new_array(vm, 0);
    if limit == 0 {
        return Ok(out.value());
    }
    let sep = args.get(0);
    if sep.is_undefined() {
        array::push_value(vm, out, s.value());
        return Ok(out.value());
    }
    let sep = conv::to_string(vm, sep)?.units().to_vec();
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

fn locale_compare(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_str(vm, args, "localeCompare")?;
    let t = arg_str(vm, args, 0)?;
    let a = String::from_utf16_lossy(s.units());
    let b = String::from_utf16_lossy(&t);
    // Case-insensitive first (as ICU's root collation for plain text), then by code units.
    let r = a
        .to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| b.cmp(&a));
    Ok(Value::int(match r {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

fn normalize(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(this_str(vm, args, "normalize")?.value())
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
