//! URI handling functions (ECMA-262 §19.2.6): `encodeURI`,
//! `encodeURIComponent`, `decodeURI`, `decodeURIComponent`. Malformed input
//! throws V8's `URIError: URI malformed`.

use super::method;
use crate::call::Args;
use crate::conv;
use crate::errors::ErrorType;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let g = vm.realm.global;
    method(vm, g, "decodeURI", 1, decode_uri);
    method(vm, g, "decodeURIComponent", 1, decode_uri_component);
    method(vm, g, "encodeURI", 1, encode_uri);
    method(vm, g, "encodeURIComponent", 1, encode_uri_component);
}

/// uriReserved plus `#`: what `encodeURI` leaves alone and `decodeURI`
/// does not decode.
const RESERVED_AND_HASH: &[u8] = b";/?:@&=+$,#";
/// uriMark (uriUnreserved are these plus ASCII letters and digits).
const MARK: &[u8] = b"-_.!~*'()";

fn malformed(vm: &mut Vm) -> crate::vm::Thrown {
    vm.throw_error(ErrorType::UriError, "URI malformed")
}

fn is_unreserved(c: u16) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || MARK.contains(&(c as u8)))
}

/// Encode(string, extraUnescaped).
fn encode(vm: &mut Vm, args: &Args, extra: &[u8]) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let u = s.units();
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut k = 0;
    while k < u.len() {
        let c = u[k];
        if is_unreserved(c) || (c < 128 && extra.contains(&(c as u8))) {
            out.push(c);
            k += 1;
            continue;
        }
        // CodePointAt: a lone surrogate is malformed.
        let cp = match c {
            0xD800..=0xDBFF => match u.get(k + 1) {
                Some(&d) if (0xDC00..=0xDFFF).contains(&d) => {
                    k += 1;
                    0x10000 + ((c as u32 - 0xD800) << 10) + (d as u32 - 0xDC00)
                }
                _ => return Err(malformed(vm)),
            },
            0xDC00..=0xDFFF => return Err(malformed(vm)),
            _ => c as u32,
        };
        let ch = char::from_u32(cp).expect("a scalar value");
        let mut buf = [0u8; 4];
        for b in ch.encode_utf8(&mut buf).bytes() {
            out.extend(format!("%{b:02X}").encode_utf16());
        }
        k += 1;
    }
    Ok(vm.string_value(&out))
}

fn hex_byte(u: &[u16], k: usize) -> Option<u8> {
    if k + 2 >= u.len() {
        return None;
    }
    if u[k] != b'%' as u16 {
        return None;
    }
    let d = |c: u16| char::from_u32(c as u32).and_then(|c| c.to_digit(16));
    Some((d(u[k + 1])? * 16 + d(u[k + 2])?) as u8)
}

/// Decode(string, preserveEscapeSet).
fn decode(vm: &mut Vm, args: &Args, preserve: &[u8]) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    let u = s.units();
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut k = 0;
    while k < u.len() {
        let c = u[k];
        if c != b'%' as u16 {
            out.push(c);
            k += 1;
            continue;
        }
        let start = k;
        let Some(b) = hex_byte(u, k) else {
            return Err(malformed(vm));
        };
        k += 2;
        if b < 0x80 {
            if preserve.contains(&b) {
                out.extend_from_slice(&u[start..=k]);
            } else {
                out.push(b as u16);
            }
            k += 1;
            continue;
        }
        let n = b.leading_ones() as usize;
        if n == 1 || n > 4 {
            return Err(malformed(vm));
        }
        let mut bytes = vec![b];
        for _ in 1..n {
            k += 1;
            match hex_byte(u, k) {
                Some(b) if b & 0xC0 == 0x80 => bytes.push(b),
                _ => return Err(malformed(vm)),
            }
            k += 2;
        }
        // Rejects overlong forms, surrogates and values past U+10FFFF.
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return Err(malformed(vm));
        };
        out.extend(text.encode_utf16());
        k += 1;
    }
    Ok(vm.string_value(&out))
}

fn encode_uri(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    encode(vm, args, RESERVED_AND_HASH)
}

fn encode_uri_component(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    encode(vm, args, b"")
}

fn decode_uri(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    decode(vm, args, RESERVED_AND_HASH)
}

fn decode_uri_component(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    decode(vm, args, b"")
}
