//! Node's `util.inspect` and `console.log` formatting: a port of Node 20's
//! `lib/internal/util/inspect.js` (`formatWithOptions`, `formatValue`,
//! `formatRaw`, `reduceToSingleString`, `groupArrayElements`, ...) for the
//! values this engine has. Function names follow Node's so the two can be
//! read side by side; behaviour that needs types we lack (Map, Set, typed
//! arrays, symbols, proxies, promises, colours) is left out.
//!
//! Inspection never runs user code: properties are read with
//! [`property::get_own`] (accessors print as `[Getter]`), and the names
//! Node reads with `[[Get]]` (`constructor.name`, `err.stack`, ...) are
//! looked up as data properties along the prototype chain. Only the format
//! specifiers that convert (`%s` on objects with their own `toString`, `%d`,
//! `%i`, `%f`, `%j`) call into JS, as Node does, before or after any
//! traversal, never during one. A traversal does not allocate on the JS
//! heap either, so the objects it holds in Rust vectors (`seen`) stay
//! reachable from the value being inspected.

use rustc_hash::FxHashMap;

use crate::atoms;
use crate::call::Args;
use crate::conv;
use crate::object::{Class, ObjRef};
use crate::property::{self, Prop, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

// ---------------------------------------------------------------- options

/// The options of `util.inspect` this port supports.
#[derive(Clone, Debug)]
pub struct InspectOptions {
    /// How many levels below the top are expanded (`None`: no limit).
    pub depth: Option<u32>,
    /// Also show non-enumerable properties (and prototype properties).
    pub show_hidden: bool,
    /// Node's `compact` as a number (`compact: true` is not supported).
    pub compact: u32,
    pub break_length: usize,
    pub max_array_length: usize,
    pub max_string_length: usize,
}

impl Default for InspectOptions {
    /// Node's `inspectDefaultOptions`.
    fn default() -> InspectOptions {
        InspectOptions {
            depth: Some(2),
            show_hidden: false,
            compact: 3,
            break_length: 80,
            max_array_length: 100,
            max_string_length: 10000,
        }
    }
}

/// Node's `ctx`.
struct Ctx {
    depth: i64,
    show_hidden: bool,
    compact: i64,
    break_length: i64,
    max_array_length: usize,
    max_string_length: usize,
    indentation_lvl: usize,
    seen: Vec<ObjRef>,
    /// `ctx.circular`: the object at position `i` is `*{i + 1}`.
    circular: Vec<ObjRef>,
    current_depth: i64,
    budget: FxHashMap<usize, usize>,
}

impl Ctx {
    fn new(opts: &InspectOptions) -> Ctx {
        Ctx {
            depth: opts.depth.map_or(i64::MAX, i64::from),
            show_hidden: opts.show_hidden,
            compact: i64::from(opts.compact),
            break_length: opts.break_length as i64,
            max_array_length: opts.max_array_length,
            max_string_length: opts.max_string_length,
            indentation_lvl: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            current_depth: 0,
            budget: FxHashMap::default(),
        }
    }

    /// A fresh context with the same options and another depth (Node's
    /// `inspect(v, { ...ctx, depth })`).
    fn with_depth(&self, depth: i64) -> Ctx {
        Ctx {
            depth,
            show_hidden: self.show_hidden,
            compact: self.compact,
            break_length: self.break_length,
            max_array_length: self.max_array_length,
            max_string_length: self.max_string_length,
            indentation_lvl: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            current_depth: 0,
            budget: FxHashMap::default(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `kObjectType`: `key: value` entries.
    Object,
    /// `kArrayType`: array elements (value only).
    Array,
    /// `kArrayExtrasType`: an array's elements and extra keys.
    ArrayExtras,
}

/// Global names matching `/^[A-Z][a-zA-Z0-9]+$/` in Node 20 (its
/// `builtInObjects`).
const BUILTIN_OBJECTS: &[&str] = &[
    "Object",
    "Function",
    "Array",
    "Number",
    "Infinity",
    "NaN",
    "Boolean",
    "String",
    "Symbol",
    "Date",
    "Promise",
    "RegExp",
    "Error",
    "AggregateError",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "URIError",
    "JSON",
    "Math",
    "Intl",
    "ArrayBuffer",
    "Uint8Array",
    "Int8Array",
    "Uint16Array",
    "Int16Array",
    "Uint32Array",
    "Int32Array",
    "Float32Array",
    "Float64Array",
    "Uint8ClampedArray",
    "BigUint64Array",
    "BigInt64Array",
    "DataView",
    "Map",
    "BigInt",
    "Set",
    "WeakMap",
    "WeakSet",
    "Proxy",
    "Reflect",
    "FinalizationRegistry",
    "WeakRef",
    "Buffer",
    "URL",
    "URLSearchParams",
    "DOMException",
    "AbortController",
    "AbortSignal",
    "Event",
    "EventTarget",
    "TextEncoder",
    "TextDecoder",
    "TransformStream",
    "TransformStreamDefaultController",
    "WritableStream",
    "WritableStreamDefaultController",
    "WritableStreamDefaultWriter",
    "ReadableStream",
    "ReadableStreamDefaultReader",
    "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest",
    "ReadableByteStreamController",
    "ReadableStreamDefaultController",
    "ByteLengthQueuingStrategy",
    "CountQueuingStrategy",
    "TextEncoderStream",
    "TextDecoderStream",
    "CompressionStream",
    "DecompressionStream",
    "BroadcastChannel",
    "MessageChannel",
    "MessagePort",
    "MessageEvent",
    "Blob",
    "File",
    "Performance",
    "PerformanceEntry",
    "PerformanceMark",
    "PerformanceMeasure",
    "PerformanceObserver",
    "PerformanceObserverEntryList",
    "PerformanceResourceTiming",
    "FormData",
    "Headers",
    "Request",
    "Response",
    "SharedArrayBuffer",
    "Atomics",
    "WebAssembly",
    "Crypto",
    "CryptoKey",
    "SubtleCrypto",
    "CustomEvent",
];

const K_MIN_LINE_LENGTH: usize = 16;

// ---------------------------------------------------------------- entry points

/// `util.inspect(v)` with default options. `depth` is the number of levels
/// already above `v` (0 for a top-level value, as `util.inspect(v)`).
pub fn inspect(vm: &mut Vm, v: Value, depth: usize) -> JsResult<String> {
    let mut ctx = Ctx::new(&InspectOptions::default());
    Ok(format_value(vm, &mut ctx, v, depth as i64))
}

/// `util.inspect(v, opts)`.
pub fn inspect_with(vm: &mut Vm, v: Value, opts: &InspectOptions) -> String {
    let mut ctx = Ctx::new(opts);
    format_value(vm, &mut ctx, v, 0)
}

/// Formats `console.log`'s arguments (Node's `formatWithOptions`): printf
/// style specifiers in a first string argument, then the remaining
/// arguments separated by spaces, strings bare and other values inspected.
pub fn format_log_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let mut a = 0usize;
    let mut out = String::new();
    let mut join = "";
    if let Some(first_s) = args.first().and_then(|v| v.as_string()) {
        if args.len() == 1 {
            return Ok(first_s.to_rust());
        }
        let first: Vec<u16> = first_s.units().to_vec();
        let slice = |from: usize, to: usize| String::from_utf16_lossy(&first[from..to]);
        let mut last_pos = 0usize;
        let mut i = 0usize;
        while i + 1 < first.len() {
            if first[i] == b'%' as u16 {
                i += 1;
                let next = first[i];
                if a + 1 != args.len() {
                    let temp = match next {
                        0x73 => {
                            // 's'
                            a += 1;
                            format_s(vm, args[a])?
                        }
                        0x6a => {
                            // 'j'
                            a += 1;
                            json_stringify_for_log(vm, args[a])?
                        }
                        0x64 => {
                            // 'd'
                            a += 1;
                            let n = conv::to_number(vm, args[a])?;
                            format_number(n)
                        }
                        0x4f => {
                            // 'O'
                            a += 1;
                            inspect_with(vm, args[a], &InspectOptions::default())
                        }
                        0x6f => {
                            // 'o'
                            a += 1;
                            let opts = InspectOptions {
                                show_hidden: true,
                                depth: Some(4),
                                ..Default::default()
                            };
                            inspect_with(vm, args[a], &opts)
                        }
                        0x69 => {
                            // 'i'
                            a += 1;
                            let n = call_number_parser(
                                vm,
                                args[a],
                                crate::builtins::global::parse_int,
                            )?;
                            format_number(n)
                        }
                        0x66 => {
                            // 'f'
                            a += 1;
                            let n = call_number_parser(
                                vm,
                                args[a],
                                crate::builtins::global::parse_float,
                            )?;
                            format_number(n)
                        }
                        0x63 => {
                            // 'c'
                            a += 1;
                            String::new()
                        }
                        0x25 => {
                            // '%'
                            out.push_str(&slice(last_pos, i));
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.push_str(&slice(last_pos, i - 1));
                    }
                    out.push_str(&temp);
                    last_pos = i + 1;
                } else if next == b'%' as u16 {
                    out.push_str(&slice(last_pos, i));
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = " ";
            if last_pos < first.len() {
                out.push_str(&slice(last_pos, first.len()));
            }
        }
    }
    while a < args.len() {
        let v = args[a];
        out.push_str(join);
        match v.as_string() {
            Some(s) => out.push_str(&s.to_rust()),
            None => out.push_str(&inspect_with(vm, v, &InspectOptions::default())),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// `%s`.
fn format_s(vm: &mut Vm, v: Value) -> JsResult<String> {
    if v.is_number() {
        return Ok(format_number(v.as_number()));
    }
    match v.as_object() {
        Some(o) if !o.is_callable() && has_built_in_to_string(vm, o)? => {
            let opts = InspectOptions {
                depth: Some(0),
                ..Default::default()
            };
            Ok(inspect_with(vm, v, &opts))
        }
        _ => conv::to_rust_string(vm, v),
    }
}

/// `parseInt(v)` / `parseFloat(v)` through the global functions.
fn call_number_parser(vm: &mut Vm, v: Value, f: crate::call::NativeFn) -> JsResult<f64> {
    let argv = [v];
    let args = Args {
        this: Value::UNDEFINED,
        args: &argv,
        new_target: Value::UNDEFINED,
        callee: vm.realm.function_proto,
    };
    let r = f(vm, &args)?;
    Ok(if r.is_number() {
        r.as_number()
    } else {
        f64::NAN
    })
}

/// Node's `hasBuiltInToString` (without `Symbol.toPrimitive`, which the
/// engine does not have): is the `toString` the object would use one of
/// the builtins'?
fn has_built_in_to_string(vm: &mut Vm, obj: ObjRef) -> JsResult<bool> {
    let key = PropKey::Atom(atoms::TO_STRING);
    let f = property::get(vm, obj, key, obj.value())?;
    if !f.is_callable() {
        return Ok(true);
    }
    if property::has_own(vm, obj, key) {
        return Ok(false);
    }
    let mut pointer = obj;
    loop {
        match pointer.proto() {
            Some(p) => pointer = p,
            None => return Ok(true),
        }
        if property::has_own(vm, pointer, key) {
            break;
        }
    }
    Ok(
        match property::get_own(vm, pointer, PropKey::Atom(atoms::CONSTRUCTOR)) {
            Some(Prop::Data { value, .. }) if value.is_callable() => {
                let c = value.as_object().unwrap();
                let name = get_data(vm, c, PropKey::Atom(atoms::NAME));
                name.as_string()
                    .is_some_and(|s| BUILTIN_OBJECTS.contains(&s.to_rust().as_str()))
            }
            _ => false,
        },
    )
}

// ---------------------------------------------------------------- helpers

/// UTF-16 length of a string (JavaScript's `.length`).
fn js_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

fn spaces(n: usize) -> String {
    " ".repeat(n)
}

/// `[[Get]]` that never runs user code: the first own property along the
/// chain; an accessor reads as `undefined`.
fn get_data(vm: &mut Vm, obj: ObjRef, key: PropKey) -> Value {
    let mut o = Some(obj);
    while let Some(p) = o {
        match property::get_own(vm, p, key) {
            Some(Prop::Data { value, .. }) => return value,
            Some(Prop::Accessor { .. }) => return Value::UNDEFINED,
            None => o = p.proto(),
        }
    }
    Value::UNDEFINED
}

/// `String(v)` for the values inspection shows without running user code
/// (objects show their builtin tag instead of calling `toString`).
fn to_display(vm: &mut Vm, v: Value) -> String {
    if let Some(s) = v.as_string() {
        return s.to_rust();
    }
    match v.as_object() {
        Some(o) => format!("[object {}]", conv::builtin_tag(o)),
        None => conv::to_rust_string(vm, v).unwrap_or_default(),
    }
}

/// Is `v` the empty string?
fn is_empty_string(v: Value) -> bool {
    v.as_string().is_some_and(|s| s.is_empty())
}

fn key_units(vm: &Vm, key: PropKey) -> Vec<u16> {
    match key {
        PropKey::Atom(a) => vm.atom_string(a).units().to_vec(),
        PropKey::Index(i) => i.to_string().encode_utf16().collect(),
    }
}

/// OrdinaryHasInstance(ctor, obj) without running user code (Node's
/// `isInstanceof`, which is false where `instanceof` would throw).
fn is_instance_of(vm: &mut Vm, obj: ObjRef, ctor: ObjRef) -> bool {
    let mut c = ctor;
    while c.class() == Class::BoundFunction {
        match c.word_value(0).as_object() {
            Some(t) => c = t,
            None => return false,
        }
    }
    let Some(proto) = get_data(vm, c, PropKey::Atom(atoms::PROTOTYPE)).as_object() else {
        return false;
    };
    let mut o = obj.proto();
    while let Some(p) = o {
        if p == proto {
            return true;
        }
        o = p.proto();
    }
    false
}

/// Is `proto` on `obj`'s prototype chain (not counting `obj`)?
fn inherits_from(obj: ObjRef, proto: ObjRef) -> bool {
    let mut o = obj.proto();
    while let Some(p) = o {
        if p == proto {
            return true;
        }
        o = p.proto();
    }
    false
}

/// V8's `GetConstructorName` fallback (the class name of the object).
fn internal_constructor_name(obj: ObjRef) -> &'static str {
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

/// Node's `isError`: a native error or an instance of `Error`.
fn is_error(vm: &Vm, obj: ObjRef) -> bool {
    obj.class() == Class::Error || inherits_from(obj, vm.realm.error_proto)
}

// ---------------------------------------------------------------- primitives

/// `formatNumber` without numeric separators: `-0` keeps its sign.
fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        conv::number_to_string(n)
    }
}

/// Node's `meta` table entry for `c` (< 0xA0).
fn meta(c: u16) -> String {
    match c {
        8 => "\\b".into(),
        9 => "\\t".into(),
        10 => "\\n".into(),
        12 => "\\f".into(),
        13 => "\\r".into(),
        39 => "\\'".into(),
        92 => "\\\\".into(),
        _ => format!("\\x{c:02X}"),
    }
}

/// Escapes control characters, the backslash, lone surrogates and (when
/// `single_quote`) `'`, as `strEscape`'s replacer does.
fn escape_units(units: &[u16], single_quote: bool) -> String {
    let mut out = String::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if (single_quote && c == 39) || c == 92 || c < 32 || (127..160).contains(&c) {
            out.push_str(&meta(c));
        } else if (0xD800..=0xDFFF).contains(&c) {
            if c <= 0xDBFF && i + 1 < units.len() && (0xDC00..=0xDFFF).contains(&units[i + 1]) {
                let cp =
                    0x10000 + ((u32::from(c) - 0xD800) << 10) + (u32::from(units[i + 1]) - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                i += 2;
                continue;
            }
            out.push_str(&format!("\\u{c:x}"));
        } else {
            out.push(char::from_u32(u32::from(c)).unwrap_or('\u{FFFD}'));
        }
        i += 1;
    }
    out
}

/// `strEscape`: quotes a string, choosing `'`, `"` or `` ` `` as Node does.
fn str_escape(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&u16::from(c));
    let mut quote = b'\'';
    if has(b'\'') {
        if !has(b'"') {
            quote = b'"';
        } else if !has(b'`')
            && !units
                .windows(2)
                .any(|w| w == [u16::from(b'$'), u16::from(b'{')])
        {
            quote = b'`';
        }
    }
    let body = escape_units(units, quote == b'\'');
    let q = quote as char;
    format!("{q}{body}{q}")
}

/// `formatPrimitive`.
fn format_primitive(ctx: &Ctx, v: Value) -> String {
    if let Some(s) = v.as_string() {
        let mut units = s.units();
        let mut trailer = String::new();
        if units.len() > ctx.max_string_length {
            let remaining = units.len() - ctx.max_string_length;
            units = &units[..ctx.max_string_length];
            trailer = format!(
                "... {remaining} more character{}",
                if remaining > 1 { "s" } else { "" }
            );
        }
        if units.len() > K_MIN_LINE_LENGTH
            && (units.len() as i64) > ctx.break_length - ctx.indentation_lvl as i64 - 4
        {
            // Split after each newline (`/(?<=\n)/`).
            let mut pieces = Vec::new();
            let mut start = 0;
            for (i, &c) in units.iter().enumerate() {
                if c == 10 && i + 1 < units.len() {
                    pieces.push(str_escape(&units[start..=i]));
                    start = i + 1;
                }
            }
            pieces.push(str_escape(&units[start..]));
            let sep = format!(" +\n{}", spaces(ctx.indentation_lvl + 2));
            return pieces.join(&sep) + &trailer;
        }
        return str_escape(units) + &trailer;
    }
    if v.is_number() {
        return format_number(v.as_number());
    }
    if v.is_bool() {
        return if v.as_bool() {
            "true".into()
        } else {
            "false".into()
        };
    }
    if v.is_null() {
        return "null".into();
    }
    "undefined".into()
}

// ---------------------------------------------------------------- formatValue

fn format_value(vm: &mut Vm, ctx: &mut Ctx, v: Value, recurse_times: i64) -> String {
    let Some(obj) = v.as_object() else {
        return format_primitive(ctx, v);
    };
    if ctx.seen.contains(&obj) {
        let index = match ctx.circular.iter().position(|&o| o == obj) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(obj);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{index}]");
    }
    format_raw(vm, ctx, obj, recurse_times)
}

/// `getConstructorName`: the name of the first constructor along the chain
/// the object is an instance of; `None` for null-prototype objects.
fn get_constructor_name(
    vm: &mut Vm,
    ctx: &mut Ctx,
    obj: ObjRef,
    recurse_times: i64,
    proto_props: &mut Option<Vec<String>>,
) -> Option<String> {
    let tmp = obj;
    // `None`: undefined; `Some(None)`: null.
    let mut first_proto: Option<Option<ObjRef>> = None;
    let mut cur = Some(obj);
    while let Some(o) = cur {
        // wellKnownPrototypes: Object.prototype and Function.prototype,
        // checked with the intrinsic constructors' `instanceof`.
        let well_known = if o == vm.realm.object_proto {
            Some("Object")
        } else if o == vm.realm.function_proto {
            Some("Function")
        } else {
            None
        };
        if let Some(name) = well_known
            && o != tmp
        {
            if proto_props.is_some() && first_proto != Some(Some(o)) {
                let start = first_proto.flatten().unwrap_or(tmp);
                add_prototype_properties(vm, ctx, tmp, start, recurse_times, proto_props);
            }
            return Some(name.into());
        }
        if let Some(Prop::Data { value, .. }) =
            property::get_own(vm, o, PropKey::Atom(atoms::CONSTRUCTOR))
            && let Some(c) = value.as_object().filter(|c| c.is_callable())
        {
            let name = get_data(vm, c, PropKey::Atom(atoms::NAME));
            if !is_empty_string(name) && is_instance_of(vm, tmp, c) {
                let name = to_display(vm, name);
                if proto_props.is_some()
                    && (first_proto != Some(Some(o)) || !BUILTIN_OBJECTS.contains(&name.as_str()))
                {
                    let start = first_proto.flatten().unwrap_or(tmp);
                    add_prototype_properties(vm, ctx, tmp, start, recurse_times, proto_props);
                }
                return Some(name);
            }
        }
        cur = o.proto();
        if first_proto.is_none() {
            first_proto = Some(cur);
        }
    }
    let first = first_proto.flatten()?;
    let res = internal_constructor_name(tmp);
    if recurse_times > ctx.depth {
        return Some(format!("{res} <Complex prototype>"));
    }
    match get_constructor_name(vm, ctx, first, recurse_times + 1, proto_props) {
        Some(p) => Some(format!("{res} <{p}>")),
        None => {
            let mut inner = ctx.with_depth(-1);
            let shown = format_value(vm, &mut inner, first.value(), 0);
            Some(format!("{res} <{shown}>"))
        }
    }
}

/// `addPrototypeProperties` (only with `showHidden`): the non-function
/// properties of up to three user prototype layers.
fn add_prototype_properties(
    vm: &mut Vm,
    ctx: &mut Ctx,
    main: ObjRef,
    start: ObjRef,
    recurse_times: i64,
    output: &mut Option<Vec<String>>,
) {
    let mut obj = start;
    let mut depth = 0;
    let mut keys: Vec<PropKey> = Vec::new();
    let mut key_set: Vec<PropKey> = Vec::new();
    loop {
        if depth != 0 || main == obj {
            let Some(p) = obj.proto() else { return };
            obj = p;
            if let Some(Prop::Data { value, .. }) =
                property::get_own(vm, obj, PropKey::Atom(atoms::CONSTRUCTOR))
                && let Some(c) = value.as_object().filter(|c| c.is_callable())
            {
                let name = get_data(vm, c, PropKey::Atom(atoms::NAME));
                if name
                    .as_string()
                    .is_some_and(|s| BUILTIN_OBJECTS.contains(&s.to_rust().as_str()))
                {
                    return;
                }
            }
        }
        if depth == 0 {
            key_set.clear();
        } else {
            key_set.extend(keys.iter().copied());
        }
        keys = property::own_keys(vm, obj);
        ctx.seen.push(main);
        for &key in &keys {
            if key == PropKey::Atom(atoms::CONSTRUCTOR)
                || property::get_own(vm, main, key).is_some()
                || (depth != 0 && key_set.contains(&key))
            {
                continue;
            }
            let Some(desc) = property::get_own(vm, obj, key) else {
                continue;
            };
            if let Prop::Data { value, .. } = desc
                && value.is_callable()
            {
                continue;
            }
            let s = format_property(vm, ctx, obj, recurse_times, key, Kind::Object, Some(desc));
            if let Some(out) = output.as_mut() {
                out.push(s);
            }
        }
        ctx.seen.pop();
        depth += 1;
        if depth == 3 {
            return;
        }
    }
}

/// `getPrefix`.
fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None if !tag.is_empty() && fallback != tag => {
            format!("[{fallback}{size}: null prototype] [{tag}] ")
        }
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// `getCtxStyle`.
fn get_ctx_style(obj: ObjRef, constructor: Option<&str>, tag: &str) -> String {
    let mut fallback = "";
    if constructor.is_none() {
        fallback = internal_constructor_name(obj);
        if fallback == tag {
            fallback = "Object";
        }
    }
    get_prefix(constructor, tag, fallback, "")
}

/// `value[Symbol.toStringTag]`, kept only when it is not an own enumerable
/// property (own at all, with `showHidden`). The engine has no symbols;
/// of the builtins it has, only `Math` and `JSON` carry a tag in V8.
fn to_string_tag(vm: &Vm, obj: ObjRef, show_hidden: bool) -> &'static str {
    use crate::builtins::{Intrinsic, intrinsic};
    for (which, tag) in [(Intrinsic::Math, "Math"), (Intrinsic::Json, "JSON")] {
        let Some(holder) = intrinsic(vm, which) else {
            continue;
        };
        if obj == holder {
            return if show_hidden { "" } else { tag };
        }
        if inherits_from(obj, holder) {
            return tag;
        }
    }
    ""
}

/// `getKeys`: own enumerable string keys (all of them with `showHidden`).
fn get_keys(vm: &mut Vm, obj: ObjRef, show_hidden: bool) -> Vec<PropKey> {
    let all = property::own_keys(vm, obj);
    if show_hidden {
        return all;
    }
    let string_len = if obj.class() == Class::StringBox {
        obj.word_value(0).as_string().map_or(0, |s| s.len())
    } else {
        0
    };
    all.into_iter()
        .filter(|&k| match k {
            // A String object's characters are enumerable (and reading
            // them would allocate).
            PropKey::Index(i) if (i as usize) < string_len => true,
            _ => property::get_own(vm, obj, k).is_some_and(|p| p.enumerable()),
        })
        .collect()
}

/// `getOwnNonIndexProperties`.
fn get_own_non_index_properties(vm: &mut Vm, obj: ObjRef, show_hidden: bool) -> Vec<PropKey> {
    property::own_keys(vm, obj)
        .into_iter()
        .filter(|&k| {
            matches!(k, PropKey::Atom(_))
                && (show_hidden || property::get_own(vm, obj, k).is_some_and(|p| p.enumerable()))
        })
        .collect()
}

enum Formatter {
    Empty,
    Array,
}

fn format_raw(vm: &mut Vm, ctx: &mut Ctx, obj: ObjRef, mut recurse_times: i64) -> String {
    let mut proto_props = (ctx.show_hidden && recurse_times <= ctx.depth).then(Vec::new);
    let constructor = get_constructor_name(vm, ctx, obj, recurse_times, &mut proto_props);
    if proto_props.as_ref().is_some_and(|p| p.is_empty()) {
        proto_props = None;
    }
    let ctor = constructor.as_deref();
    let tag = to_string_tag(vm, obj, ctx.show_hidden);
    let mut base = String::new();
    let mut formatter = Formatter::Empty;
    let mut braces = [String::from("{"), String::from("}")];
    let mut extras_type = Kind::Object;
    let mut keys;

    if obj.class() == Class::Array {
        let len = obj.array_length();
        let prefix = if ctor != Some("Array") || !tag.is_empty() {
            get_prefix(ctor, tag, "Array", &format!("({len})"))
        } else {
            String::new()
        };
        keys = get_own_non_index_properties(vm, obj, ctx.show_hidden);
        braces = [format!("{prefix}["), "]".into()];
        if len == 0 && keys.is_empty() && proto_props.is_none() {
            return format!("{}]", braces[0]);
        }
        extras_type = Kind::ArrayExtras;
        formatter = Formatter::Array;
    } else {
        keys = get_keys(vm, obj, ctx.show_hidden);
        if obj.is_callable() {
            base = get_function_base(vm, obj, ctor, tag);
            if keys.is_empty() && proto_props.is_none() {
                return base;
            }
        } else if ctor == Some("Object") {
            if obj.class() == Class::Arguments {
                braces[0] = "[Arguments] {".into();
            } else if !tag.is_empty() {
                braces[0] = format!("{}{{", get_prefix(ctor, tag, "Object", ""));
            }
            if keys.is_empty() && proto_props.is_none() {
                return format!("{}}}", braces[0]);
            }
        } else if let Some(t) = crate::builtins::date::date_value(obj) {
            // Node's `isDate` branch.
            base = if t.is_nan() {
                crate::builtins::date::date_to_string(t)
            } else {
                crate::builtins::date::iso_string(t)
            };
            let prefix = get_prefix(ctor, tag, "Date", "");
            if prefix != "Date " {
                base = format!("{prefix}{base}");
            }
            if keys.is_empty() && proto_props.is_none() {
                return base;
            }
        } else if is_error(vm, obj) {
            base = format_error(vm, ctx, obj, ctor, tag, &mut keys);
            if keys.is_empty() && proto_props.is_none() {
                return base;
            }
        } else if matches!(
            obj.class(),
            Class::NumberBox | Class::StringBox | Class::BooleanBox
        ) {
            base = get_boxed_base(ctx, obj, &mut keys, ctor, tag);
            if keys.is_empty() && proto_props.is_none() {
                return base;
            }
        } else {
            if keys.is_empty() && proto_props.is_none() {
                return format!("{}{{}}", get_ctx_style(obj, ctor, tag));
            }
            braces[0] = format!("{}{{", get_ctx_style(obj, ctor, tag));
        }
    }

    if recurse_times > ctx.depth {
        let mut name = get_ctx_style(obj, ctor, tag);
        name.pop();
        return if ctor.is_some() {
            format!("[{name}]")
        } else {
            name
        };
    }
    recurse_times += 1;
    ctx.seen.push(obj);
    ctx.current_depth = recurse_times;
    let mut output = match formatter {
        Formatter::Empty => Vec::new(),
        Formatter::Array => format_array(vm, ctx, obj, recurse_times),
    };
    for &key in &keys {
        let s = format_property(vm, ctx, obj, recurse_times, key, extras_type, None);
        output.push(s);
    }
    if let Some(pp) = proto_props {
        output.extend(pp);
    }
    if let Some(i) = ctx.circular.iter().position(|&o| o == obj) {
        let reference = format!("<ref *{}>", i + 1);
        base = if base.is_empty() {
            reference
        } else {
            format!("{reference} {base}")
        };
    }
    ctx.seen.pop();

    let res = reduce_to_single_string(
        vm,
        ctx,
        output,
        &base,
        &braces,
        extras_type,
        recurse_times,
        Some(obj),
    );
    let budget = ctx.budget.entry(ctx.indentation_lvl).or_insert(0);
    *budget += js_len(&res);
    if *budget > 1 << 27 {
        ctx.depth = -1;
    }
    res
}

/// `getBoxedBase`: `[Number: 3]`, `[String (MyString): 'a']`, ...
fn get_boxed_base(
    ctx: &Ctx,
    obj: ObjRef,
    keys: &mut Vec<PropKey>,
    constructor: Option<&str>,
    tag: &str,
) -> String {
    let prim = obj.word_value(0);
    let ty = match obj.class() {
        Class::NumberBox => "Number",
        Class::StringBox => {
            // The character keys would only repeat the value.
            let n = prim.as_string().map_or(0, |s| s.len()).min(keys.len());
            keys.drain(..n);
            "String"
        }
        _ => "Boolean",
    };
    let mut base = format!("[{ty}");
    if constructor != Some(ty) {
        match constructor {
            None => base.push_str(" (null prototype)"),
            Some(c) => base.push_str(&format!(" ({c})")),
        }
    }
    base.push_str(&format!(": {}]", format_primitive(ctx, prim)));
    if !tag.is_empty() && Some(tag) != constructor {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// `getClassBase`: `[class A]`, `[class B extends A]`.
fn get_class_base(vm: &mut Vm, obj: ObjRef, constructor: Option<&str>, tag: &str) -> String {
    let name = match property::get_own(vm, obj, PropKey::Atom(atoms::NAME)) {
        Some(Prop::Data { value, .. }) if conv::to_boolean(value) => to_display(vm, value),
        _ => "(anonymous)".into(),
    };
    let mut base = format!("class {name}");
    if let Some(c) = constructor
        && c != "Function"
    {
        base.push_str(&format!(" [{c}]"));
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    if constructor.is_some() {
        if let Some(parent) = obj.proto() {
            let super_name = get_data(vm, parent, PropKey::Atom(atoms::NAME));
            if conv::to_boolean(super_name) {
                let s = to_display(vm, super_name);
                base.push_str(&format!(" extends {s}"));
            }
        }
    } else {
        base.push_str(" extends [null prototype]");
    }
    format!("[{base}]")
}

/// Node's `stripCommentsRegExp` replacement: removes `// ...\n` and
/// `/* ... */` comments.
fn strip_comments(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut copied = 0;
    while i + 1 < b.len() {
        if b[i] == b'/' && b[i + 1] == b'/' {
            // `.*?\n`: `.` stops at line terminators other than `\n` too.
            let rest = &s[i + 2..];
            let end = rest.find(['\n', '\r', '\u{2028}', '\u{2029}']);
            if let Some(e) = end
                && rest.as_bytes()[e] == b'\n'
            {
                out.push_str(&s[copied..i]);
                i = i + 2 + e + 1;
                copied = i;
                continue;
            }
        } else if b[i] == b'/' && b[i + 1] == b'*' {
            let rest = &s[i + 2..];
            if let Some(e) = rest.find("*/") {
                let body = &rest[..e];
                if !body.contains(['\r', '\u{2028}', '\u{2029}']) {
                    out.push_str(&s[copied..i]);
                    i = i + 2 + e + 2;
                    copied = i;
                    continue;
                }
            }
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

/// `getFunctionBase`: `[Function: f]`, `[Function (anonymous)]`, classes.
fn get_function_base(vm: &mut Vm, obj: ObjRef, constructor: Option<&str>, tag: &str) -> String {
    let stringified = crate::builtins::function::function_source(vm, obj);
    if stringified.starts_with("class") && stringified.ends_with('}') {
        let slice = &stringified[5..stringified.len() - 1];
        if let Some(bracket) = slice.find('{') {
            let is_class = !slice[..bracket].contains('(') || {
                // classRegExp `/^(\s+[^(]*?)\s*{/` on the comment-free text.
                let stripped = strip_comments(slice);
                stripped.starts_with(char::is_whitespace)
                    && stripped
                        .find(['{', '('])
                        .is_some_and(|p| stripped.as_bytes()[p] == b'{')
            };
            if is_class {
                return get_class_base(vm, obj, constructor, tag);
            }
        }
    }
    let mut base = String::from("[Function");
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    let name = get_data(vm, obj, PropKey::Atom(atoms::NAME));
    if is_empty_string(name) {
        base.push_str(" (anonymous)");
    } else {
        let n = to_display(vm, name);
        base.push_str(&format!(": {n}"));
    }
    base.push(']');
    if let Some(c) = constructor
        && c != "Function"
    {
        base.push_str(&format!(" {c}"));
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

// ---------------------------------------------------------------- errors

/// `Error.prototype.toString` without running user code.
fn error_to_string(vm: &mut Vm, err: ObjRef) -> String {
    let name = get_data(vm, err, PropKey::Atom(atoms::NAME));
    let name = if name.is_undefined() {
        "Error".into()
    } else {
        to_display(vm, name)
    };
    let msg = get_data(vm, err, PropKey::Atom(atoms::MESSAGE));
    let msg = if msg.is_undefined() {
        String::new()
    } else {
        to_display(vm, msg)
    };
    if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// `getStackString`.
fn get_stack_string(vm: &mut Vm, err: ObjRef) -> String {
    let stack = get_data(vm, err, PropKey::Atom(atoms::STACK));
    if conv::to_boolean(stack) {
        to_display(vm, stack)
    } else {
        error_to_string(vm, err)
    }
}

/// `identicalSequenceRange`.
fn identical_sequence_range(a: &[String], b: &[String]) -> (usize, usize) {
    for i in 0..a.len().saturating_sub(3) {
        if let Some(pos) = b.iter().position(|x| *x == a[i]) {
            let rest = b.len() - pos;
            if rest > 3 {
                let mut len = 1;
                let max_len = (a.len() - i).min(rest);
                while max_len > len && a[i + len] == b[pos + len] {
                    len += 1;
                }
                if len > 3 {
                    return (len, i);
                }
            }
        }
    }
    (0, 0)
}

/// `getStackFrames`: the frame lines, without those repeated from `cause`.
fn get_stack_frames(vm: &mut Vm, err: ObjRef, stack: &str) -> Vec<String> {
    let mut frames: Vec<String> = stack.split('\n').map(String::from).collect();
    let cause = get_data(vm, err, PropKey::Atom(atoms::CAUSE));
    if let Some(c) = cause.as_object()
        && is_error(vm, c)
    {
        let cause_stack = get_stack_string(vm, c);
        if let Some(start) = cause_stack.find("\n    at") {
            let cause_frames: Vec<String> = cause_stack[start + 1..]
                .split('\n')
                .map(String::from)
                .collect();
            let (len, offset) = identical_sequence_range(&frames, &cause_frames);
            if len > 0 {
                let skipped = len - 2;
                let msg = format!("    ... {skipped} lines matching cause stack trace ...");
                frames.splice(offset + 1..offset + 1 + skipped, [msg]);
            }
        }
    }
    frames
}

/// `improveStack`: makes the first line name the constructor.
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let bytes = stack.as_bytes();
    let regular = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == len || bytes[len] == b':' || bytes[len] == b'\n');
    if constructor.is_some() && !regular {
        return stack;
    }
    let mut fallback = String::from("Error");
    if constructor.is_none() {
        // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ || /^([a-z_A-Z0-9-]*Error)$/
        let in_class = |c: u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(&c);
        let mut found = String::new();
        if bytes.first().is_some_and(u8::is_ascii_uppercase) {
            let run = 1 + bytes[1..].iter().take_while(|&&c| in_class(c)).count();
            let rest = &stack[run..];
            if run > 1 && (rest.starts_with(':') || rest.starts_with("\n    at")) {
                found = stack[..run].to_string();
            }
        }
        if found.is_empty()
            && stack.ends_with("Error")
            && stack
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        {
            found = stack.clone();
        }
        len = found.len();
        fallback = if found.is_empty() {
            "Error".into()
        } else {
            found
        };
    }
    let mut prefix = get_prefix(constructor, tag, &fallback, "");
    prefix.pop();
    if name == prefix {
        return stack;
    }
    if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{}", &stack[len..])
        }
    } else {
        format!("{prefix} [{name}]{}", &stack[len..])
    }
}

/// `formatError`: the stack (or `[Error: message]` without frames), with
/// `cause` and duplicate keys handled as Node does.
fn format_error(
    vm: &mut Vm,
    ctx: &Ctx,
    err: ObjRef,
    constructor: Option<&str>,
    tag: &str,
    keys: &mut Vec<PropKey>,
) -> String {
    let name_v = get_data(vm, err, PropKey::Atom(atoms::NAME));
    let name = if name_v.is_nullish() {
        "Error".to_string()
    } else {
        to_display(vm, name_v)
    };
    let mut stack = get_stack_string(vm, err);

    // removeDuplicateErrorKeys
    if !ctx.show_hidden && !keys.is_empty() {
        for a in [atoms::NAME, atoms::MESSAGE, atoms::STACK] {
            if let Some(index) = keys.iter().position(|&k| k == PropKey::Atom(a)) {
                let v = get_data(vm, err, PropKey::Atom(a));
                let text = to_display(vm, v);
                if stack.contains(&text) {
                    keys.remove(index);
                }
            }
        }
    }
    let cause = PropKey::Atom(atoms::CAUSE);
    if property::has_property(vm, err, cause) && !keys.contains(&cause) {
        keys.push(cause);
    }
    let errors_units: Vec<u16> = "errors".encode_utf16().collect();
    if let Some(errors) = vm.atoms.get(&errors_units).map(PropKey::Atom)
        && get_data(vm, err, errors)
            .as_object()
            .is_some_and(|o| o.class() == Class::Array)
        && !keys.contains(&errors)
    {
        keys.push(errors);
    }

    stack = improve_stack(stack, constructor, &name, tag);

    // Ignore the error message if it's contained in the stack.
    let message = get_data(vm, err, PropKey::Atom(atoms::MESSAGE));
    let mut pos: Option<usize> = None;
    if conv::to_boolean(message) {
        let m = to_display(vm, message);
        if let Some(p) = stack.find(&m)
            && p != 0
        {
            pos = Some(p + m.len());
        }
    }
    let from = pos.unwrap_or(0).min(stack.len());
    match stack[from..].find("\n    at").map(|p| p + from) {
        None => stack = format!("[{stack}]"),
        Some(stack_start) => {
            let mut new_stack = stack[..stack_start].to_string();
            let lines = get_stack_frames(vm, err, &stack[stack_start + 1..]);
            new_stack.push('\n');
            new_stack.push_str(&lines.join("\n"));
            stack = new_stack;
        }
    }
    if ctx.indentation_lvl != 0 {
        let indentation = spaces(ctx.indentation_lvl);
        stack = stack.replace('\n', &format!("\n{indentation}"));
    }
    stack
}

// ---------------------------------------------------------------- arrays

fn remaining_text(remaining: usize) -> String {
    format!(
        "... {remaining} more item{}",
        if remaining > 1 { "s" } else { "" }
    )
}

fn empty_items(n: u64) -> String {
    format!("<{n} empty item{}>", if n > 1 { "s" } else { "" })
}

/// `formatArray`.
fn format_array(vm: &mut Vm, ctx: &mut Ctx, obj: ObjRef, recurse_times: i64) -> Vec<String> {
    let val_len = obj.array_length() as usize;
    let len = ctx.max_array_length.min(val_len);
    let remaining = val_len - len;
    let mut output = Vec::new();
    for i in 0..len {
        let key = PropKey::Index(i as u32);
        let Some(desc) = property::get_own(vm, obj, key) else {
            return format_special_array(vm, ctx, obj, recurse_times, len, output, i);
        };
        let s = format_property(vm, ctx, obj, recurse_times, key, Kind::Array, Some(desc));
        output.push(s);
    }
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    output
}

/// `formatSpecialArray`: arrays with holes (`<N empty items>`).
fn format_special_array(
    vm: &mut Vm,
    ctx: &mut Ctx,
    obj: ObjRef,
    recurse_times: i64,
    max_length: usize,
    mut output: Vec<String>,
    start: usize,
) -> Vec<String> {
    let keys = get_keys(vm, obj, false);
    let mut index = start as u64;
    let mut i = start;
    while i < keys.len() && output.len() < max_length {
        let key = keys[i];
        // Named keys end the elements (they are never canonical indices).
        let PropKey::Index(n) = key else { break };
        let n = u64::from(n);
        if n != index {
            output.push(empty_items(n - index));
            index = n;
            if output.len() == max_length {
                break;
            }
        }
        let s = format_property(vm, ctx, obj, recurse_times, key, Kind::Array, None);
        output.push(s);
        index += 1;
        i += 1;
    }
    let remaining = u64::from(obj.array_length()).saturating_sub(index);
    if output.len() != max_length {
        if remaining > 0 {
            output.push(empty_items(remaining));
        }
    } else if remaining > 0 {
        output.push(remaining_text(remaining as usize));
    }
    output
}

/// Column width of a code point, as ICU's `getStringWidth` counts it
/// (approximated with Node's own fallback tables).
fn code_point_width(c: u32) -> usize {
    let zero = c <= 0x1F
        || (0x7F..=0x9F).contains(&c)
        || (0x300..=0x36F).contains(&c)
        || (0x483..=0x489).contains(&c)
        || (0x591..=0x5BD).contains(&c)
        || (0x610..=0x61A).contains(&c)
        || (0x64B..=0x65F).contains(&c)
        || (0x200B..=0x200F).contains(&c)
        || (0x202A..=0x202E).contains(&c)
        || (0x2060..=0x2064).contains(&c)
        || (0x20D0..=0x20FF).contains(&c)
        || (0xFE00..=0xFE0F).contains(&c)
        || (0xFE20..=0xFE2F).contains(&c)
        || c == 0xFEFF
        || (0x1F3FB..=0x1F3FF).contains(&c)
        || (0xE0000..=0xE007F).contains(&c)
        || (0xE0100..=0xE01EF).contains(&c);
    if zero {
        return 0;
    }
    let wide = c >= 0x1100
        && (c <= 0x115F
            || c == 0x2329
            || c == 0x232A
            || (0x231A..=0x231B).contains(&c)
            || (0x23E9..=0x23EC).contains(&c)
            || (0x25FD..=0x25FE).contains(&c)
            || (0x2614..=0x2615).contains(&c)
            || (0x2648..=0x2653).contains(&c)
            || (0x26AA..=0x26AB).contains(&c)
            || (0x26BD..=0x26BE).contains(&c)
            || (0x26C4..=0x26C5).contains(&c)
            || (0x26F2..=0x26F5).contains(&c)
            || (0x2705..=0x2705).contains(&c)
            || (0x270A..=0x270B).contains(&c)
            || (0x274C..=0x274C).contains(&c)
            || (0x2753..=0x2755).contains(&c)
            || (0x2795..=0x2797).contains(&c)
            || (0x2B1B..=0x2B1C).contains(&c)
            || (0x2E80..=0x3247).contains(&c) && c != 0x303F
            || (0x3250..=0x4DBF).contains(&c)
            || (0x4E00..=0xA4C6).contains(&c)
            || (0xA960..=0xA97C).contains(&c)
            || (0xAC00..=0xD7A3).contains(&c)
            || (0xF900..=0xFAFF).contains(&c)
            || (0xFE10..=0xFE19).contains(&c)
            || (0xFE30..=0xFE6B).contains(&c)
            || (0xFF01..=0xFF60).contains(&c)
            || (0xFFE0..=0xFFE6).contains(&c)
            || (0x16FE0..=0x18CFF).contains(&c)
            || (0x1B000..=0x1B2FF).contains(&c)
            || (0x1F004..=0x1F004).contains(&c)
            || (0x1F0CF..=0x1F0CF).contains(&c)
            || (0x1F18E..=0x1F18E).contains(&c)
            || (0x1F191..=0x1F19A).contains(&c)
            || (0x1F200..=0x1F251).contains(&c)
            || (0x1F300..=0x1F64F).contains(&c)
            || (0x1F680..=0x1F6FF).contains(&c)
            || (0x1F7E0..=0x1F7EB).contains(&c)
            || (0x1F90C..=0x1F9FF).contains(&c)
            || (0x1FA70..=0x1FAFF).contains(&c)
            || (0x20000..=0x3FFFD).contains(&c));
    if wide { 2 } else { 1 }
}

/// `getStringWidth(str, false)`: ASCII counts one column (control
/// characters none); the rest goes by East Asian width.
fn get_string_width(s: &str) -> usize {
    let mut width = 0;
    for (i, b) in s.bytes().enumerate() {
        if b >= 127 {
            return width
                + s[i..]
                    .chars()
                    .map(|c| code_point_width(c as u32))
                    .sum::<usize>();
        }
        if b >= 32 {
            width += 1;
        }
    }
    width
}

/// JavaScript's `Math.round` for non-negative numbers.
fn js_round(x: f64) -> f64 {
    let f = x.floor();
    if x - f >= 0.5 { f + 1.0 } else { f }
}

fn pad_start(s: &str, target: i64) -> String {
    let n = target - js_len(s) as i64;
    if n > 0 {
        format!("{}{s}", spaces(n as usize))
    } else {
        s.to_string()
    }
}

fn pad_end(s: &str, target: i64) -> String {
    let n = target - js_len(s) as i64;
    if n > 0 {
        format!("{s}{}", spaces(n as usize))
    } else {
        s.to_string()
    }
}

/// `groupArrayElements`: lays out more than six short entries in aligned
/// columns (numbers right-aligned).
fn group_array_elements(
    vm: &mut Vm,
    ctx: &Ctx,
    output: Vec<String>,
    value: Option<ObjRef>,
) -> Vec<String> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if ctx.max_array_length < output.len() {
        // This makes sure the "... n more items" part is not taken into account.
        output_length -= 1;
    }
    let separator_space = 2;
    let mut data_len = Vec::with_capacity(output_length);
    for entry in &output[..output_length] {
        let len = get_string_width(entry);
        data_len.push(len);
        total_length += len + separator_space;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + separator_space;
    if (actual_max * 3 + ctx.indentation_lvl) as i64 >= ctx.break_length
        || !(total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        return output;
    }
    let approx_char_heights = 2.5;
    let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
    let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
    let columns =
        js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .min(
                ((ctx.break_length - ctx.indentation_lvl as i64) as f64 / actual_max as f64)
                    .floor(),
            )
            .min((ctx.compact * 4) as f64)
            .min(15.0);
    if columns <= 1.0 {
        return output;
    }
    let columns = columns as usize;
    let mut max_line_length = Vec::with_capacity(columns);
    for i in 0..columns {
        let mut line_max = 0;
        let mut j = i;
        while j < output.len() {
            if let Some(&l) = data_len.get(j) {
                line_max = line_max.max(l);
            }
            j += columns;
        }
        max_line_length.push((line_max + separator_space) as i64);
    }
    // Right-align numbers (`padStart`), left-align anything else.
    let mut pad_numbers = true;
    if let Some(arr) = value {
        for i in 0..output.len() {
            if !get_data(vm, arr, PropKey::Index(i as u32)).is_number() {
                pad_numbers = false;
                break;
            }
        }
    }
    let mut tmp = Vec::new();
    let mut i = 0;
    while i < output_length {
        let max = (i + columns).min(output_length);
        let mut line = String::new();
        let mut j = i;
        while j < max - 1 {
            let padding = max_line_length[j - i] + js_len(&output[j]) as i64 - data_len[j] as i64;
            let cell = format!("{}, ", output[j]);
            line.push_str(&if pad_numbers {
                pad_start(&cell, padding)
            } else {
                pad_end(&cell, padding)
            });
            j += 1;
        }
        if pad_numbers {
            let padding = max_line_length[j - i] + js_len(&output[j]) as i64
                - data_len[j] as i64
                - separator_space as i64;
            line.push_str(&pad_start(&output[j], padding));
        } else {
            line.push_str(&output[j]);
        }
        tmp.push(line);
        i += columns;
    }
    if ctx.max_array_length < output.len() {
        tmp.push(output[output_length].clone());
    }
    tmp
}

// ---------------------------------------------------------------- properties and layout

/// `formatProperty`: one entry, `key: value` (or just the value for array
/// elements).
fn format_property(
    vm: &mut Vm,
    ctx: &mut Ctx,
    obj: ObjRef,
    recurse_times: i64,
    key: PropKey,
    ty: Kind,
    desc: Option<Prop>,
) -> String {
    let desc = desc
        .or_else(|| property::get_own(vm, obj, key))
        .unwrap_or_else(|| Prop::Data {
            value: get_data(vm, obj, key),
            attrs: ir::attrs::ENUMERABLE,
        });
    let s = match desc {
        Prop::Data { value, .. } if !value.is_undefined() => {
            ctx.indentation_lvl += 2;
            let s = format_value(vm, ctx, value, recurse_times);
            ctx.indentation_lvl -= 2;
            s
        }
        Prop::Accessor { getter, setter, .. } if !getter.is_undefined() => {
            if setter.is_undefined() {
                "[Getter]".into()
            } else {
                "[Getter/Setter]".into()
            }
        }
        Prop::Accessor { setter, .. } if !setter.is_undefined() => "[Setter]".into(),
        _ => "undefined".into(),
    };
    if ty == Kind::Array {
        return s;
    }
    let units = key_units(vm, key);
    let name = if key == PropKey::Atom(atoms::PROTO) {
        "['__proto__']".to_string()
    } else if !desc.enumerable() {
        format!("[{}]", escape_units(&units, true))
    } else if is_identifier_key(&units) {
        String::from_utf16_lossy(&units)
    } else {
        str_escape(&units)
    };
    format!("{name}: {s}")
}

/// `keyStrRegExp`: `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
fn is_identifier_key(units: &[u16]) -> bool {
    let is = |c: u16, digits: bool| {
        c < 128 && {
            let b = c as u8;
            b.is_ascii_alphabetic() || b == b'_' || (digits && b.is_ascii_digit())
        }
    };
    !units.is_empty() && is(units[0], false) && units[1..].iter().all(|&c| is(c, true))
}

/// `isBelowBreakLength`.
fn is_below_break_length(ctx: &Ctx, output: &[String], start: usize, base: &str) -> bool {
    let mut total_length = (output.len() + start) as i64;
    if total_length + output.len() as i64 > ctx.break_length {
        return false;
    }
    for entry in output {
        total_length += js_len(entry) as i64;
        if total_length > ctx.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// `reduceToSingleString`: one line when it fits (and the object is at most
/// `compact` levels deep), else one entry per line.
#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    vm: &mut Vm,
    ctx: &Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &[String; 2],
    extras_type: Kind,
    recurse_times: i64,
    value: Option<ObjRef>,
) -> String {
    let base_sp = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    if ctx.compact >= 1 {
        let entries = output.len();
        if extras_type == Kind::ArrayExtras && entries > 6 {
            output = group_array_elements(vm, ctx, output, value);
        }
        if ctx.current_depth - recurse_times < ctx.compact && entries == output.len() {
            let start = output.len() + ctx.indentation_lvl + js_len(&braces[0]) + js_len(base) + 10;
            if is_below_break_length(ctx, &output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    return format!("{base_sp}{} {joined} {}", braces[0], braces[1]);
                }
            }
        }
    }
    let indentation = format!("\n{}", spaces(ctx.indentation_lvl));
    let sep = format!(",{indentation}  ");
    format!(
        "{base_sp}{}{indentation}  {}{indentation}{}",
        braces[0],
        output.join(&sep),
        braces[1]
    )
}

// ---------------------------------------------------------------- %j

enum JsonError {
    Circular,
    Thrown(crate::vm::Thrown),
}

impl From<crate::vm::Thrown> for JsonError {
    fn from(t: crate::vm::Thrown) -> JsonError {
        JsonError::Thrown(t)
    }
}

/// `%j`: `JSON.stringify(v)`, `[Circular]` for cyclic values, `undefined`
/// when there is no JSON text.
fn json_stringify_for_log(vm: &mut Vm, v: Value) -> JsResult<String> {
    let mut stack = Vec::new();
    let base = vm.roots.len();
    let r = json_property(vm, &mut stack, PropKey::Atom(atoms::EMPTY), v);
    vm.roots.truncate(base);
    match r {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Ok("undefined".into()),
        Err(JsonError::Circular) => Ok("[Circular]".into()),
        Err(JsonError::Thrown(t)) => Err(t),
    }
}

/// QuoteJSONString.
fn json_quote(units: &[u16]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0x22 => out.push_str("\\\""),
            0x5C => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            _ if c < 0x20 => out.push_str(&format!("\\u{c:04x}")),
            0xD800..=0xDBFF if i + 1 < units.len() && (0xDC00..=0xDFFF).contains(&units[i + 1]) => {
                let cp =
                    0x10000 + ((u32::from(c) - 0xD800) << 10) + (u32::from(units[i + 1]) - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                i += 1;
            }
            0xD800..=0xDFFF => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push(char::from_u32(u32::from(c)).unwrap_or('\u{FFFD}')),
        }
        i += 1;
    }
    out.push('"');
    out
}

/// SerializeJSONProperty (no replacer, no gap).
fn json_property(
    vm: &mut Vm,
    stack: &mut Vec<ObjRef>,
    key: PropKey,
    mut value: Value,
) -> Result<Option<String>, JsonError> {
    if let Some(o) = value.as_object() {
        let to_json = property::get(vm, o, PropKey::Atom(atoms::TO_JSON), value)?;
        if to_json.is_callable() {
            let k = key.to_value(vm);
            value = vm.call(to_json, value, &[k])?;
        }
    }
    if let Some(o) = value.as_object() {
        match o.class() {
            Class::NumberBox => value = Value::number(conv::to_number(vm, value)?),
            Class::StringBox => value = conv::to_string_value(vm, value)?,
            Class::BooleanBox => value = o.word_value(0),
            _ => {}
        }
    }
    if value.is_null() {
        return Ok(Some("null".into()));
    }
    if value.is_bool() {
        return Ok(Some(if value.as_bool() { "true" } else { "false" }.into()));
    }
    if let Some(s) = value.as_string() {
        return Ok(Some(json_quote(s.units())));
    }
    if value.is_number() {
        let n = value.as_number();
        return Ok(Some(if n.is_finite() {
            conv::number_to_string(n)
        } else {
            "null".into()
        }));
    }
    match value.as_object() {
        Some(o) if !o.is_callable() => {
            if stack.contains(&o) {
                return Err(JsonError::Circular);
            }
            stack.push(o);
            vm.roots.push(o.value());
            let r = if o.class() == Class::Array {
                json_array(vm, stack, o)
            } else {
                json_object(vm, stack, o)
            };
            stack.pop();
            vm.roots.pop();
            r.map(Some)
        }
        _ => Ok(None),
    }
}

fn json_object(vm: &mut Vm, stack: &mut Vec<ObjRef>, o: ObjRef) -> Result<String, JsonError> {
    let keys = get_keys(vm, o, false);
    let mut parts = Vec::new();
    for k in keys {
        let v = property::get(vm, o, k, o.value())?;
        if let Some(s) = json_property(vm, stack, k, v)? {
            let name = json_quote(&key_units(vm, k));
            parts.push(format!("{name}:{s}"));
        }
    }
    Ok(format!("{{{}}}", parts.join(",")))
}

fn json_array(vm: &mut Vm, stack: &mut Vec<ObjRef>, o: ObjRef) -> Result<String, JsonError> {
    let len = o.array_length();
    let mut parts = Vec::with_capacity(len.min(1 << 16) as usize);
    for i in 0..len {
        let k = PropKey::Index(i);
        let v = property::get(vm, o, k, o.value())?;
        parts.push(json_property(vm, stack, k, v)?.unwrap_or_else(|| "null".into()));
    }
    Ok(format!("[{}]", parts.join(",")))
}

// ---------------------------------------------------------------- tests

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::array::new_array_from;
    use crate::builtins::object::new_object_with_proto;
    use crate::vm::VmOptions;

    fn obj(vm: &mut Vm, props: &[(&str, Value)]) -> Value {
        let o = new_object_with_proto(vm, Some(vm.realm.object_proto));
        for &(k, v) in props {
            let units: Vec<u16> = k.encode_utf16().collect();
            let key = PropKey::from_units(vm, &units);
            property::define_data(vm, o, key, v, ir::attrs::DEFAULT).unwrap();
        }
        o.value()
    }

    fn show(vm: &mut Vm, v: Value) -> String {
        inspect(vm, v, 0).unwrap()
    }

    fn log(vm: &mut Vm, args: &[Value]) -> String {
        format_log_args(vm, args).unwrap()
    }

    #[test]
    fn primitives() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        assert_eq!(show(vm, Value::double(-0.0)), "-0");
        assert_eq!(show(vm, Value::double(1e21)), "1e+21");
        assert_eq!(show(vm, Value::UNDEFINED), "undefined");
        assert_eq!(show(vm, Value::NULL), "null");
        let s = vm.new_str("it's");
        assert_eq!(show(vm, s), "\"it's\"");
        let s = vm.new_str("it's \"q\"");
        assert_eq!(show(vm, s), "`it's \"q\"`");
        let s = vm.new_str("all ' \" `");
        assert_eq!(show(vm, s), "'all \\' \" `'");
        let s = vm.new_str("a\nb\tc\0\u{7}\u{9f}\\");
        assert_eq!(show(vm, s), "'a\\nb\\tc\\x00\\x07\\x9F\\\\'");
    }

    #[test]
    fn objects_and_keys() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let empty = obj(vm, &[]);
        assert_eq!(show(vm, empty), "{}");
        let one = Value::int(1);
        let o = obj(vm, &[("a-b", one), ("valid", one), ("1", one), ("$d", one)]);
        assert_eq!(show(vm, o), "{ '1': 1, 'a-b': 1, valid: 1, '$d': 1 }");
        let inner = obj(vm, &[("d", one)]);
        let c = obj(vm, &[("c", inner)]);
        let b = obj(vm, &[("b", c)]);
        let a = obj(vm, &[("a", b)]);
        assert_eq!(show(vm, a), "{ a: { b: { c: [Object] } } }");
        let bare = new_object_with_proto(vm, None);
        assert_eq!(show(vm, bare.value()), "[Object: null prototype] {}");
    }

    #[test]
    fn arrays_group_and_holes() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let nums: Vec<Value> = (0..10).map(|i| Value::int(i * 10)).collect();
        let arr = new_array_from(vm, &nums);
        assert_eq!(
            show(vm, arr.value()),
            "[\n   0, 10, 20, 30, 40,\n  50, 60, 70, 80, 90\n]"
        );
        let holes = new_array_from(
            vm,
            &[Value::int(1), Value::HOLE, Value::HOLE, Value::int(2)],
        );
        assert_eq!(show(vm, holes.value()), "[ 1, <2 empty items>, 2 ]");
        let big: Vec<Value> = (0..120).map(Value::int).collect();
        let big = new_array_from(vm, &big);
        let text = show(vm, big.value());
        assert!(
            text.ends_with("  96, 97, 98, 99,\n  ... 20 more items\n]"),
            "{text}"
        );
    }

    #[test]
    fn circular() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let o = obj(vm, &[]);
        let oo = o.as_object().unwrap();
        let key = PropKey::Atom(vm.intern_str("self"));
        property::define_data(vm, oo, key, o, ir::attrs::DEFAULT).unwrap();
        assert_eq!(show(vm, o), "<ref *1> { self: [Circular *1] }");
    }

    #[test]
    fn format_specifiers() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let f = vm.new_str("%s is %d years, %i%% %f");
        let name = vm.new_str("Al");
        let args = [
            f,
            name,
            Value::double(30.5),
            Value::double(-3.7),
            Value::int(2),
        ];
        assert_eq!(log(vm, &args), "Al is 30.5 years, -3% 2");
        let f = vm.new_str("%s and %s");
        let one = vm.new_str("one");
        assert_eq!(log(vm, &[f, one]), "one and %s");
        let f = vm.new_str("100%% done");
        assert_eq!(log(vm, &[f]), "100%% done");
        let f = vm.new_str("%j");
        let arr = new_array_from(vm, &[Value::int(1), Value::UNDEFINED]);
        let o = obj(vm, &[("a", arr.value()), ("u", Value::UNDEFINED)]);
        assert_eq!(log(vm, &[f, o]), "{\"a\":[1,null]}");
        let f = vm.new_str("%x");
        assert_eq!(log(vm, &[f, Value::int(1)]), "%x 1");
        let s = vm.new_str("x");
        assert_eq!(log(vm, &[Value::int(5), s]), "5 x");
    }

    fn global(vm: &mut Vm, path: &[&str]) -> Value {
        let mut v = vm.realm.global.value();
        for name in path {
            let key = PropKey::Atom(vm.intern_str(name));
            v = property::get_value(vm, v, key).unwrap();
        }
        v
    }

    #[test]
    fn builtins_errors_and_boxes() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let max = global(vm, &["Math", "max"]);
        assert_eq!(show(vm, max), "[Function: max]");
        let math = global(vm, &["Math"]);
        assert_eq!(show(vm, math), "Object [Math] {}");
        let object_proto = vm.realm.object_proto.value();
        assert_eq!(show(vm, object_proto), "[Object: null prototype] {}");
        // No JS frames: the stack is only the header, so Node brackets it.
        let err = vm.make_error(crate::errors::ErrorType::TypeError, "bad");
        assert_eq!(show(vm, err), "[TypeError: bad]");
        let holder = obj(vm, &[("e", err)]);
        assert_eq!(show(vm, holder), "{ e: [TypeError: bad] }");
        let b = vm.new_object_with_shape(vm.realm.number_box_shape);
        b.set_word_value(0, Value::double(-0.0));
        assert_eq!(show(vm, b.value()), "[Number: -0]");
        let s = vm.new_object_with_shape(vm.realm.string_box_shape);
        let text = vm.new_str("it's");
        s.set_word_value(0, text);
        assert_eq!(show(vm, s.value()), "[String: \"it's\"]");
    }

    #[test]
    fn start_depth() {
        let mut vm = Vm::new(VmOptions::default());
        let vm = &mut *vm;
        let leaf = obj(vm, &[("x", Value::int(1))]);
        let mid = obj(vm, &[("leaf", leaf)]);
        assert_eq!(inspect(vm, mid, 0).unwrap(), "{ leaf: { x: 1 } }");
        assert_eq!(inspect(vm, mid, 2).unwrap(), "{ leaf: [Object] }");
        assert_eq!(inspect(vm, mid, 3).unwrap(), "[Object]");
        let opts = InspectOptions {
            depth: None,
            ..Default::default()
        };
        assert_eq!(inspect_with(vm, mid, &opts), "{ leaf: { x: 1 } }");
    }

    #[test]
    fn string_widths() {
        assert_eq!(get_string_width("'abc'"), 5);
        assert_eq!(get_string_width("'日本'"), 6);
        assert_eq!(get_string_width("'e\u{301}'"), 3);
        assert_eq!(js_len("a\u{1F600}"), 3);
    }
}
