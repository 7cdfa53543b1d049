//! An approximation of ICU's root collation (what `localeCompare` uses in
//! Node with its default locale), exact for the cases programs usually
//! sort: ASCII text, digits, punctuation, and Latin letters with accents.
//!
//! Each character becomes collation elements of three levels: primary
//! (the base letter, digit or symbol), secondary (accents) and tertiary
//! (case). Strings compare by all primaries first, then all secondaries,
//! then all tertiaries, as ICU does at tertiary strength:
//! `a < A < á < Á < b`, `"a b" < "a_b" < "a-b" < "a1" < "ab"`, `ae < æ < af`.
//! Outside Latin, letters order by code point (lowercase first), symbols
//! before digits before letters.

use std::cmp::Ordering;

#[derive(Clone, Copy)]
struct Element {
    primary: u32,
    secondary: u8,
    tertiary: u8,
}

/// ASCII punctuation and symbols (except `$`) in ICU's order.
const ASCII_PUNCT: &str = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~";

/// Accented Latin letters (lowercase, uppercase) for each base letter, in
/// ICU's secondary order.
const VARIANTS: &[(char, &str, &str)] = &[
    ('a', "áàăâåäãąā", "ÁÀĂÂÅÄÃĄĀ"),
    ('c', "ćĉčċç", "ĆĈČĊÇ"),
    ('d', "ďđð", "ĎĐÐ"),
    ('e', "éèĕêěëėęē", "ÉÈĔÊĚËĖĘĒ"),
    ('g', "ğĝġģ", "ĞĜĠĢ"),
    ('h', "ĥħ", "ĤĦ"),
    ('i', "íìĭîïĩįīı", "ÍÌĬÎÏĨĮĪİ"),
    ('j', "ĵ", "Ĵ"),
    ('k', "ķĸ", "Ķ"),
    ('l', "ĺľļłŀ", "ĹĽĻŁĿ"),
    ('n', "ńňñņŋŉ", "ŃŇÑŅŊ"),
    ('o', "óòŏôöőõøō", "ÓÒŎÔÖŐÕØŌ"),
    ('r', "ŕřŗ", "ŔŘŖ"),
    ('s', "śŝšşſ", "ŚŜŠŞ"),
    ('t', "ťţŧ", "ŤŢŦ"),
    ('u', "úùŭûůüűũųū", "ÚÙŬÛŮÜŰŨŲŪ"),
    ('w', "ŵ", "Ŵ"),
    ('y', "ýŷÿ", "ÝŶŸ"),
    ('z', "źžż", "ŹŽŻ"),
];

/// Letters that expand to two (ICU sorts them just after the pair).
const EXPANSIONS: &[(char, char, char, bool)] = &[
    ('æ', 'a', 'e', false),
    ('Æ', 'a', 'e', true),
    ('œ', 'o', 'e', false),
    ('Œ', 'o', 'e', true),
    ('ß', 's', 's', false),
    ('ĳ', 'i', 'j', false),
    ('Ĳ', 'i', 'j', true),
];

const LETTER_BASE: u32 = 3_000_000;

fn latin(letter: char, secondary: u8, upper: bool) -> Element {
    Element {
        primary: LETTER_BASE + (letter as u32 - 'a' as u32) * 16,
        secondary,
        tertiary: upper as u8,
    }
}

fn is_currency(c: char) -> bool {
    matches!(c as u32, 0x24 | 0xA2..=0xA5 | 0x20A0..=0x20CF)
}

fn elements(c: char, out: &mut Vec<Element>) {
    let plain = |primary: u32| Element {
        primary,
        secondary: 0,
        tertiary: 0,
    };
    if c.is_ascii_alphabetic() {
        out.push(latin(c.to_ascii_lowercase(), 0, c.is_ascii_uppercase()));
        return;
    }
    if c.is_ascii_digit() {
        out.push(plain(2_000_000 + (c as u32 - '0' as u32) * 16));
        return;
    }
    match c {
        '\t' => return out.push(plain(1)),
        '\n' => return out.push(plain(2)),
        '\u{b}' => return out.push(plain(3)),
        '\u{c}' => return out.push(plain(4)),
        '\r' => return out.push(plain(5)),
        _ => {}
    }
    // Other controls are ignorable.
    if (c as u32) < 0x20 || (0x7F..0xA0).contains(&(c as u32)) {
        return;
    }
    if let Some(i) = ASCII_PUNCT.find(c) {
        return out.push(plain(100 + i as u32 * 16));
    }
    if c.is_whitespace() {
        return out.push(plain(100));
    }
    for &(base, lower, upper) in VARIANTS {
        if let Some(i) = lower.chars().position(|x| x == c) {
            return out.push(latin(base, i as u8 + 1, false));
        }
        if let Some(i) = upper.chars().position(|x| x == c) {
            return out.push(latin(base, i as u8 + 1, true));
        }
    }
    for &(e, first, second, upper) in EXPANSIONS {
        if e == c {
            out.push(latin(first, 15, upper));
            out.push(latin(second, 15, upper));
            return;
        }
    }
    if is_currency(c) {
        return out.push(plain(1_500_000 + c as u32));
    }
    if c.is_numeric() {
        return out.push(plain(2_000_500 + c as u32));
    }
    if c.is_alphabetic() {
        // The micro sign sorts as Greek mu.
        let c = if c == 'µ' { 'μ' } else { c };
        let lower = c.to_lowercase().next().unwrap_or(c);
        out.push(Element {
            primary: 4_000_000 + lower as u32,
            secondary: 0,
            tertiary: (lower != c) as u8,
        });
        return;
    }
    out.push(plain(1_000 + c as u32));
}

fn key(units: &[u16]) -> Vec<Element> {
    let mut out = Vec::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => elements(c, &mut out),
            // A lone surrogate: after everything else.
            Err(e) => out.push(Element {
                primary: 5_000_000 + e.unpaired_surrogate() as u32,
                secondary: 0,
                tertiary: 0,
            }),
        }
    }
    out
}

/// Compares two strings as `localeCompare` does (-1, 0 or 1).
pub fn compare(a: &[u16], b: &[u16]) -> Ordering {
    let (ka, kb) = (key(a), key(b));
    let level = |f: fn(&Element) -> u32| ka.iter().map(f).cmp(kb.iter().map(f));
    level(|e| e.primary)
        .then_with(|| level(|e| e.secondary as u32))
        .then_with(|| level(|e| e.tertiary as u32))
}
