//! `Date` (ECMA-262 §21.4).
//!
//! Local time is UTC: the engine has no time-zone database, so every
//! local-time getter, setter and string uses offset 0 and the zone name
//! "Coordinated Universal Time" (what Node prints with `TZ=UTC`).
//! `Date.parse` accepts the ISO format of §21.4.1.32 (with V8's
//! leniencies) and the common legacy forms (`toString`, `toUTCString`,
//! `Jan 2 2000 10:00`, `1/2/2000`, `2000/01/02`).
//!
//! Date objects have no class of their own in `object.rs`; they are
//! objects of class `ForOfIterator` (a class never exposed to JS otherwise)
//! whose third internal word holds [`DATE_KIND`] and whose first holds the
//! time value. Use [`is_date`] and [`date_value`] to recognise them.

use super::{constructor, method, value};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv::{self, Hint};
use crate::object::{Class, ObjRef};
use crate::property::{self, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// The marker in internal word 2 of a Date object.
pub const DATE_KIND: u64 = 0x4441_5445;

const MS_PER_DAY: f64 = 86_400_000.0;
const MS_PER_HOUR: f64 = 3_600_000.0;
const MS_PER_MINUTE: f64 = 60_000.0;
const MS_PER_SECOND: f64 = 1000.0;

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Is `o` a Date object?
pub fn is_date(o: ObjRef) -> bool {
    o.class() == Class::ForOfIterator && o.word(2) == DATE_KIND
}

/// The time value of a Date object.
pub fn date_value(o: ObjRef) -> Option<f64> {
    is_date(o).then(|| o.word_value(0).as_number())
}

fn set_date_value(o: ObjRef, t: f64) -> Value {
    let v = Value::number(t);
    o.set_word_value(0, v);
    v
}

fn new_date(vm: &mut Vm, proto: ObjRef, t: f64) -> ObjRef {
    let shape = crate::shape::root_shape(vm, Class::ForOfIterator, Some(proto), 4);
    let o = vm.new_object_with_shape(shape);
    o.set_word_value(0, Value::number(t));
    o.set_word_value(1, Value::UNDEFINED);
    o.set_word(2, DATE_KIND);
    o
}

pub fn install(vm: &mut Vm) {
    let proto = super::object::new_object_with_proto(vm, Some(vm.realm.object_proto));
    let ctor = constructor(vm, "Date", 7, date_ctor, proto);
    method(vm, ctor, "now", 0, now);
    method(vm, ctor, "parse", 1, parse);
    method(vm, ctor, "UTC", 7, utc);
    let methods: [(&str, u32, NativeFn); 45] = [
        ("toString", 0, to_string),
        ("toDateString", 0, to_date_string),
        ("toTimeString", 0, to_time_string),
        ("toISOString", 0, to_iso_string),
        ("toUTCString", 0, to_utc_string),
        ("getDate", 0, get_date),
        ("setDate", 1, set_date),
        ("getDay", 0, get_day),
        ("getFullYear", 0, get_full_year),
        ("setFullYear", 3, set_full_year),
        ("getHours", 0, get_hours),
        ("setHours", 4, set_hours),
        ("getMilliseconds", 0, get_milliseconds),
        ("setMilliseconds", 1, set_milliseconds),
        ("getMinutes", 0, get_minutes),
        ("setMinutes", 3, set_minutes),
        ("getMonth", 0, get_month),
        ("setMonth", 2, set_month),
        ("getSeconds", 0, get_seconds),
        ("setSeconds", 2, set_seconds),
        ("getTime", 0, get_time),
        ("setTime", 1, set_time),
        ("getTimezoneOffset", 0, get_timezone_offset),
        ("getUTCDate", 0, get_date),
        ("setUTCDate", 1, set_date),
        ("getUTCDay", 0, get_day),
        ("getUTCFullYear", 0, get_full_year),
        ("setUTCFullYear", 3, set_full_year),
        ("getUTCHours", 0, get_hours),
        ("setUTCHours", 4, set_hours),
        ("getUTCMilliseconds", 0, get_milliseconds),
        ("setUTCMilliseconds", 1, set_milliseconds),
        ("getUTCMinutes", 0, get_minutes),
        ("setUTCMinutes", 3, set_minutes),
        ("getUTCMonth", 0, get_month),
        ("setUTCMonth", 2, set_month),
        ("getUTCSeconds", 0, get_seconds),
        ("setUTCSeconds", 2, set_seconds),
        ("valueOf", 0, get_time),
        ("getYear", 0, get_year),
        ("setYear", 1, set_year),
        ("toJSON", 1, to_json),
        ("toLocaleString", 0, to_locale_string),
        ("toLocaleDateString", 0, to_locale_date_string),
        ("toLocaleTimeString", 0, to_locale_time_string),
    ];
    for (name, len, f) in methods {
        if name == "toUTCString" {
            let f = method(vm, proto, name, len, f);
            // toGMTString is the same function object (Annex B).
            value(vm, proto, "toGMTString", f.value(), ir::attrs::HIDDEN);
        } else {
            method(vm, proto, name, len, f);
        }
    }
}

// ---------------------------------------------------------------- time arithmetic

fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 0-11, date 1-31) of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m - 1, d)
}

/// The broken-down fields of a finite time value.
#[derive(Clone, Copy)]
struct Fields {
    year: i64,
    month: i64,
    date: i64,
    hours: i64,
    minutes: i64,
    seconds: i64,
    ms: i64,
    weekday: i64,
}

fn fields(t: f64) -> Fields {
    let d = day(t);
    let (year, month, date) = civil_from_days(d as i64);
    let w = time_within_day(t) as i64;
    Fields {
        year,
        month,
        date,
        hours: w / 3_600_000,
        minutes: w / 60_000 % 60,
        seconds: w / 1000 % 60,
        ms: w % 1000,
        weekday: (d as i64 + 4).rem_euclid(7),
    }
}

/// MakeTime.
fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !(h.is_finite() && m.is_finite() && s.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    h.trunc() * MS_PER_HOUR + m.trunc() * MS_PER_MINUTE + s.trunc() * MS_PER_SECOND + ms.trunc()
}

/// MakeDay.
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (year.trunc(), month.trunc(), date.trunc());
    let ym = y + (m / 12.0).floor();
    if ym.abs() > 400_000.0 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0);
    days_from_civil(ym as i64, mn as i64 + 1, 1) as f64 + dt - 1.0
}

/// MakeDate.
fn make_date(day: f64, time: f64) -> f64 {
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// TimeClip.
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 {
        return f64::NAN;
    }
    t.trunc() + 0.0
}

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

// ---------------------------------------------------------------- strings

fn year_text(y: i64) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

fn date_part(f: &Fields) -> String {
    format!(
        "{} {} {:02} {}",
        DAY_NAMES[f.weekday as usize],
        MONTH_NAMES[f.month as usize],
        f.date,
        year_text(f.year)
    )
}

fn time_part(f: &Fields) -> String {
    format!(
        "{:02}:{:02}:{:02} GMT+0000 (Coordinated Universal Time)",
        f.hours, f.minutes, f.seconds
    )
}

/// The `Date.prototype.toString` form of a time value.
pub fn date_to_string(t: f64) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    let f = fields(t);
    format!("{} {}", date_part(&f), time_part(&f))
}

/// The `Date.prototype.toISOString` form of a finite time value.
pub fn iso_string(t: f64) -> String {
    let f = fields(t);
    let year = if (0..=9999).contains(&f.year) {
        format!("{:04}", f.year)
    } else if f.year < 0 {
        format!("-{:06}", -f.year)
    } else {
        format!("+{:06}", f.year)
    };
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f.month + 1,
        f.date,
        f.hours,
        f.minutes,
        f.seconds,
        f.ms
    )
}

fn locale_date(f: &Fields) -> String {
    // en-US without an era: year 0 is 1 BC, shown as 1.
    let y = if f.year <= 0 { 1 - f.year } else { f.year };
    format!("{}/{}/{y}", f.month + 1, f.date)
}

fn locale_time(f: &Fields) -> String {
    let h = match f.hours % 12 {
        0 => 12,
        h => h,
    };
    let ampm = if f.hours < 12 { "AM" } else { "PM" };
    format!("{h}:{:02}:{:02} {ampm}", f.minutes, f.seconds)
}

// ---------------------------------------------------------------- parsing

/// Date.parse's algorithm: the ISO format first, then the legacy forms.
pub fn parse_date(units: &[u16]) -> f64 {
    let Ok(text) = String::from_utf16(units) else {
        return f64::NAN;
    };
    let s = text.trim();
    if let Some(t) = parse_iso(s) {
        return t;
    }
    parse_legacy(s).unwrap_or(f64::NAN)
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Exactly `n` digits.
    fn digits(&mut self, n: usize) -> Option<i64> {
        let mut v = 0i64;
        for _ in 0..n {
            let c = self.peek().filter(u8::is_ascii_digit)?;
            v = v * 10 + (c - b'0') as i64;
            self.i += 1;
        }
        Some(v)
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

/// The date-time string format (§21.4.1.32), with V8's leniencies: any
/// number of fraction digits, `±hhmm` offsets, days up to 31 in every month.
fn parse_iso(s: &str) -> Option<f64> {
    let mut c = Cursor {
        b: s.as_bytes(),
        i: 0,
    };
    let year = match c.peek()? {
        b'+' | b'-' => {
            let neg = c.peek() == Some(b'-');
            c.i += 1;
            let y = c.digits(6)?;
            if neg && y == 0 {
                return None;
            }
            if neg { -y } else { y }
        }
        _ => c.digits(4)?,
    };
    let mut month = 1;
    let mut date = 1;
    if c.eat(b'-') {
        month = c.digits(2)?;
        if c.eat(b'-') {
            date = c.digits(2)?;
        }
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&date) {
        return None;
    }
    let (mut h, mut mi, mut sec, mut ms) = (0, 0, 0, 0);
    let mut offset_min: Option<i64> = Some(0);
    if c.eat(b'T') {
        h = c.digits(2)?;
        if !c.eat(b':') {
            return None;
        }
        mi = c.digits(2)?;
        if c.eat(b':') {
            sec = c.digits(2)?;
            if c.eat(b'.') {
                let start = c.i;
                let mut frac = String::new();
                while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                    frac.push(d as char);
                    c.i += 1;
                }
                if c.i == start {
                    return None;
                }
                frac.truncate(3);
                while frac.len() < 3 {
                    frac.push('0');
                }
                ms = frac.parse().ok()?;
            }
        }
        if h > 24 || mi > 59 || sec > 59 || (h == 24 && (mi, sec, ms) != (0, 0, 0)) {
            return None;
        }
        // No offset: local time (UTC here).
        offset_min = None;
        if c.eat(b'Z') {
            offset_min = Some(0);
        } else if let Some(sign) = c.peek().filter(|&b| b == b'+' || b == b'-') {
            c.i += 1;
            let oh = c.digits(2)?;
            c.eat(b':');
            let om = c.digits(2)?;
            if oh > 23 || om > 59 {
                return None;
            }
            let m = oh * 60 + om;
            offset_min = Some(if sign == b'-' { -m } else { m });
        }
    }
    if !c.done() {
        return None;
    }
    let day = make_day(year as f64, (month - 1) as f64, date as f64);
    let t = make_date(day, make_time(h as f64, mi as f64, sec as f64, ms as f64));
    let t = t - offset_min.unwrap_or(0) as f64 * MS_PER_MINUTE;
    Some(time_clip(t))
}

/// The legacy forms V8 also accepts (a practical subset of its DateParser).
fn parse_legacy(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut numbers: Vec<i64> = Vec::new();
    let mut month: Option<i64> = None;
    let mut time: Option<(i64, i64, i64, i64)> = None;
    let mut pm: Option<bool> = None;
    let mut offset: Option<i64> = None;
    let mut slash_date: Option<Vec<i64>> = None;
    let mut saw_utc = false;
    while i < b.len() {
        let c = b[i];
        if c == b'(' {
            while i < b.len() && b[i] != b')' {
                i += 1;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() || c == b',' {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let n: i64 = s[start..i].parse().ok()?;
            if i < b.len() && b[i] == b':' {
                // A time: h:m[:s[.ms]]
                let mut parts = vec![n];
                let mut ms = 0;
                while i < b.len() && b[i] == b':' {
                    i += 1;
                    let st = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    parts.push(s[st..i].parse().ok()?);
                }
                if i < b.len() && b[i] == b'.' && parts.len() == 3 {
                    i += 1;
                    let st = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    let mut frac = s[st..i].to_string();
                    frac.truncate(3);
                    while frac.len() < 3 {
                        frac.push('0');
                    }
                    ms = frac.parse().ok()?;
                }
                if parts.len() > 3 || time.is_some() {
                    return None;
                }
                parts.resize(3, 0);
                time = Some((parts[0], parts[1], parts[2], ms));
            } else if i < b.len() && (b[i] == b'/' || (b[i] == b'-' && month.is_none())) {
                let sep = b[i];
                let mut parts = vec![n];
                while i < b.len() && b[i] == sep {
                    i += 1;
                    let st = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    if st == i {
                        return None;
                    }
                    parts.push(s[st..i].parse().ok()?);
                }
                if slash_date.is_some() || parts.len() != 3 {
                    return None;
                }
                slash_date = Some(parts);
            } else {
                numbers.push(n);
            }
            continue;
        }
        if c == b'+' || c == b'-' {
            // A time-zone offset: +hhmm or +hh:mm (after a time or GMT).
            i += 1;
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &s[st..i];
            let mut m = match digits.len() {
                1 | 2 => digits.parse::<i64>().ok()? * 60,
                4 => {
                    let v: i64 = digits.parse().ok()?;
                    v / 100 * 60 + v % 100
                }
                _ => return None,
            };
            if digits.len() <= 2 && i < b.len() && b[i] == b':' {
                i += 1;
                let st = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                m += s[st..i].parse::<i64>().ok()?;
            }
            offset = Some(if c == b'-' { -m } else { m });
            continue;
        }
        if c.is_ascii_alphabetic() {
            let st = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = s[st..i].to_ascii_lowercase();
            match word.as_str() {
                "am" | "pm" => pm = Some(word == "pm"),
                "utc" | "gmt" | "z" | "ut" => saw_utc = true,
                "t" if time.is_none() => {}
                _ => {
                    if word.len() >= 3
                        && let Some(m) = MONTH_NAMES
                            .iter()
                            .position(|n| n.to_ascii_lowercase() == word[..3])
                    {
                        month = Some(m as i64);
                    } else if word.len() >= 3
                        && DAY_NAMES
                            .iter()
                            .any(|n| n.to_ascii_lowercase() == word[..3])
                    {
                    } else {
                        return None;
                    }
                }
            }
            continue;
        }
        if c == b'.' {
            i += 1;
            continue;
        }
        return None;
    }
    let (y, m, d) = if let Some(p) = slash_date {
        if p[0] > 31 {
            (p[0], p[1] - 1, p[2])
        } else {
            (p[2], p[0] - 1, p[1])
        }
    } else if let Some(m) = month {
        match numbers.as_slice() {
            [a, b] if *a > 31 => (*a, m, *b),
            [a, b] => (*b, m, *a),
            [a] if *a > 31 => (*a, m, 1),
            _ => return None,
        }
    } else {
        return None;
    };
    let y = match y {
        0..=49 => y + 2000,
        50..=99 => y + 1900,
        _ => y,
    };
    if !(0..=11).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let (mut h, mi, sec, ms) = time.unwrap_or((0, 0, 0, 0));
    if let Some(p) = pm {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = h % 12 + if p { 12 } else { 0 };
    }
    if h > 24 || mi > 59 || sec > 59 {
        return None;
    }
    let day = make_day(y as f64, m as f64, d as f64);
    let t = make_date(day, make_time(h as f64, mi as f64, sec as f64, ms as f64));
    let _ = saw_utc;
    Some(time_clip(t - offset.unwrap_or(0) as f64 * MS_PER_MINUTE))
}

// ---------------------------------------------------------------- constructor

fn date_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if !args.is_construct() {
        let s = date_to_string(now_ms());
        return Ok(vm.new_str(&s));
    }
    let tv = match args.len() {
        0 => now_ms(),
        1 => {
            let v = args.get(0);
            match v.as_object().and_then(date_value) {
                Some(t) => t,
                None => {
                    let p = conv::to_primitive(vm, v, Hint::Default)?;
                    if let Some(s) = p.as_string() {
                        parse_date(s.units())
                    } else {
                        time_clip(conv::to_number(vm, p)?)
                    }
                }
            }
        }
        _ => {
            let t = components_to_time(vm, args)?;
            time_clip(t)
        }
    };
    // GetPrototypeFromConstructor(newTarget, %Date.prototype%).
    let own = property::get(
        vm,
        args.callee,
        PropKey::Atom(atoms::PROTOTYPE),
        args.callee.value(),
    )?;
    let default_proto = own.as_object().expect("Date.prototype");
    let proto = if args.new_target != args.callee.value()
        && let Some(nt) = args.new_target.as_object()
    {
        let p = property::get(vm, nt, PropKey::Atom(atoms::PROTOTYPE), args.new_target)?;
        p.as_object().unwrap_or(default_proto)
    } else {
        default_proto
    };
    Ok(new_date(vm, proto, tv).value())
}

/// The time value of (year, month[, date, hours, minutes, seconds, ms])
/// arguments, before TimeClip (the Date constructor and Date.UTC).
fn components_to_time(vm: &mut Vm, args: &Args) -> JsResult<f64> {
    let y = conv::to_number(vm, args.get(0))?;
    let mut vals = [0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, v) in vals.iter_mut().enumerate() {
        if args.len() > i + 1 {
            *v = conv::to_number(vm, args.get(i + 1))?;
        }
    }
    let yr = if y.is_nan() {
        y
    } else {
        let yi = conv::integer_or_infinity(y);
        if (0.0..=99.0).contains(&yi) {
            1900.0 + yi
        } else {
            y
        }
    };
    let day = make_day(yr, vals[0], vals[1]);
    Ok(make_date(
        day,
        make_time(vals[2], vals[3], vals[4], vals[5]),
    ))
}

fn now(_vm: &mut Vm, _args: &Args) -> JsResult<Value> {
    Ok(Value::number(now_ms()))
}

fn parse(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = conv::to_string(vm, args.get(0))?;
    Ok(Value::number(parse_date(s.units())))
}

fn utc(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = components_to_time(vm, args)?;
    Ok(Value::number(time_clip(t)))
}

// ---------------------------------------------------------------- prototype

/// thisTimeValue for the getters (V8's Torque builtins' message).
fn this_time(vm: &mut Vm, args: &Args) -> JsResult<f64> {
    match args.this.as_object().and_then(date_value) {
        Some(t) => Ok(t),
        None => Err(vm.type_error("this is not a Date object.")),
    }
}

/// The Date receiver of the other methods (V8's C++ builtins' message,
/// naming the method).
fn this_date(vm: &mut Vm, args: &Args) -> JsResult<(ObjRef, f64)> {
    if let Some(r) = args
        .this
        .as_object()
        .and_then(|o| Some((o, date_value(o)?)))
    {
        return Ok(r);
    }
    let name = match property::get_own(vm, args.callee, PropKey::Atom(atoms::NAME)) {
        Some(property::Prop::Data { value, .. }) => {
            value.as_string().map(|s| s.to_rust()).unwrap_or_default()
        }
        _ => String::new(),
    };
    let shown = crate::errors::describe_for_message(vm, args.this);
    Err(vm.type_error(&format!(
        "Method Date.prototype.{name} called on incompatible receiver {shown}"
    )))
}

/// The time value of a Date receiver of a non-getter method.
fn this_date_time(vm: &mut Vm, args: &Args) -> JsResult<f64> {
    Ok(this_date(vm, args)?.1)
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    Ok(vm.new_str(&date_to_string(t)))
}

fn to_date_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    Ok(vm.new_str(&date_part(&fields(t))))
}

fn to_time_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    Ok(vm.new_str(&time_part(&fields(t))))
}

fn to_iso_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Err(vm.range_error("Invalid time value"));
    }
    Ok(vm.new_str(&iso_string(t)))
}

fn to_utc_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    let f = fields(t);
    let s = format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAY_NAMES[f.weekday as usize],
        f.date,
        MONTH_NAMES[f.month as usize],
        year_text(f.year),
        f.hours,
        f.minutes,
        f.seconds
    );
    Ok(vm.new_str(&s))
}

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    let f = fields(t);
    Ok(vm.new_str(&format!("{}, {}", locale_date(&f), locale_time(&f))))
}

fn to_locale_date_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    Ok(vm.new_str(&locale_date(&fields(t))))
}

fn to_locale_time_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(vm.new_str("Invalid Date"));
    }
    Ok(vm.new_str(&locale_time(&fields(t))))
}

/// Date.prototype.toJSON (generic: works on any object with toISOString).
fn to_json(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.this)?;
    let tv = conv::to_primitive(vm, o.value(), Hint::Number)?;
    if tv.is_number() && !tv.as_number().is_finite() {
        return Ok(Value::NULL);
    }
    let k = vm.intern_str("toISOString");
    let f = property::get(vm, o, PropKey::Atom(k), o.value())?;
    if !f.is_callable() {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.call(f, o.value(), &[])
}

fn get_time(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::number(this_time(vm, args)?))
}

fn get_timezone_offset(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_time(vm, args)?;
    Ok(if t.is_nan() {
        Value::double(f64::NAN)
    } else {
        Value::int(0)
    })
}

macro_rules! getter {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> JsResult<Value> {
            let t = this_time(vm, args)?;
            if t.is_nan() {
                return Ok(Value::double(f64::NAN));
            }
            let f = fields(t);
            let get: fn(&Fields) -> i64 = $f;
            Ok(Value::number(get(&f) as f64))
        }
    )*};
}

getter! {
    get_date => |f| f.date;
    get_day => |f| f.weekday;
    get_full_year => |f| f.year;
    get_hours => |f| f.hours;
    get_milliseconds => |f| f.ms;
    get_minutes => |f| f.minutes;
    get_month => |f| f.month;
    get_seconds => |f| f.seconds;
}

fn get_year(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = this_date_time(vm, args)?;
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    Ok(Value::number((fields(t).year - 1900) as f64))
}

/// The first argument as a number, then (when the time value `t` is not
/// NaN) the others present, at most `n` in all: V8 leaves the rest
/// unconverted for an invalid date.
fn arg_numbers(vm: &mut Vm, args: &Args, n: usize, t: f64) -> JsResult<Vec<Option<f64>>> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(if i < args.len() && (i == 0 || !t.is_nan()) {
            Some(conv::to_number(vm, args.get(i))?)
        } else {
            None
        });
    }
    Ok(out)
}

/// Stores TimeClip(t) and returns it.
fn store(o: ObjRef, t: f64) -> Value {
    set_date_value(o, time_clip(t))
}

fn set_time(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, _) = this_date(vm, args)?;
    let t = conv::to_number(vm, args.get(0))?;
    Ok(store(o, t))
}

fn set_milliseconds(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let ms = conv::to_number(vm, args.get(0))?;
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let time = make_time(f.hours as f64, f.minutes as f64, f.seconds as f64, ms);
    Ok(store(o, make_date(day(t), time)))
}

fn set_seconds(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let a = arg_numbers(vm, args, 2, t)?;
    let s = a[0].unwrap_or(f64::NAN);
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let ms = a[1].unwrap_or(f.ms as f64);
    let time = make_time(f.hours as f64, f.minutes as f64, s, ms);
    Ok(store(o, make_date(day(t), time)))
}

fn set_minutes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let a = arg_numbers(vm, args, 3, t)?;
    let m = a[0].unwrap_or(f64::NAN);
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let s = a[1].unwrap_or(f.seconds as f64);
    let ms = a[2].unwrap_or(f.ms as f64);
    let time = make_time(f.hours as f64, m, s, ms);
    Ok(store(o, make_date(day(t), time)))
}

fn set_hours(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let a = arg_numbers(vm, args, 4, t)?;
    let h = a[0].unwrap_or(f64::NAN);
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let m = a[1].unwrap_or(f.minutes as f64);
    let s = a[2].unwrap_or(f.seconds as f64);
    let ms = a[3].unwrap_or(f.ms as f64);
    Ok(store(o, make_date(day(t), make_time(h, m, s, ms))))
}

fn set_date(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let dt = conv::to_number(vm, args.get(0))?;
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let d = make_day(f.year as f64, f.month as f64, dt);
    Ok(store(o, make_date(d, time_within_day(t))))
}

fn set_month(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let a = arg_numbers(vm, args, 2, t)?;
    let m = a[0].unwrap_or(f64::NAN);
    if t.is_nan() {
        return Ok(Value::double(f64::NAN));
    }
    let f = fields(t);
    let dt = a[1].unwrap_or(f.date as f64);
    let d = make_day(f.year as f64, m, dt);
    Ok(store(o, make_date(d, time_within_day(t))))
}

fn set_full_year(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let t = if t.is_nan() { 0.0 } else { t };
    let a = arg_numbers(vm, args, 3, t)?;
    let y = a[0].unwrap_or(f64::NAN);
    let f = fields(t);
    let m = a[1].unwrap_or(f.month as f64);
    let dt = a[2].unwrap_or(f.date as f64);
    let d = make_day(y, m, dt);
    Ok(store(o, make_date(d, time_within_day(t))))
}

/// Date.prototype.setYear (Annex B).
fn set_year(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, t) = this_date(vm, args)?;
    let t = if t.is_nan() { 0.0 } else { t };
    let y = conv::to_number(vm, args.get(0))?;
    if y.is_nan() {
        return Ok(set_date_value(o, f64::NAN));
    }
    let yi = conv::integer_or_infinity(y);
    let yyyy = if (0.0..=99.0).contains(&yi) {
        1900.0 + yi
    } else {
        y
    };
    let f = fields(t);
    let d = make_day(yyyy, f.month as f64, f.date as f64);
    Ok(store(o, make_date(d, time_within_day(t))))
}
