//! What the gungraun benches (`engine.rs`, `whole.rs`) share: the benchmark
//! programs of `benches/js/` and the reduced sizes they run at under
//! callgrind.
//!
//! Counting instructions under callgrind is ~50x slower than running
//! natively, so each program runs scaled down: the `var NAME = N;` lines
//! listed in [`SCALED`] get the value given there (by text substitution, so
//! the files in `benches/js/` stay the ~1 s programs `benches/compare` times).
//! Each scaled program executes about 100 million instructions.
//! Changing a value here changes that program's counts: re-bless the baseline
//! (`scripts/bench-gate.sh --bless`).

use std::path::PathBuf;

/// A benchmark program and the `var` constants it runs with under callgrind.
pub struct Scaled {
    pub name: &'static str,
    pub overrides: &'static [(&'static str, u64)],
}

/// Every program of `benches/js/`, with its scaled-down constants.
pub const SCALED: &[Scaled] = &[
    Scaled {
        name: "alloc",
        overrides: &[("ITERATIONS", 11_000)],
    },
    Scaled {
        name: "binary_trees",
        overrides: &[("ITERATIONS", 1), ("MAX_DEPTH", 8)],
    },
    Scaled {
        name: "class_super",
        overrides: &[("ITERATIONS", 3_500)],
    },
    Scaled {
        name: "deltablue",
        overrides: &[("ITERATIONS", 2)],
    },
    Scaled {
        name: "mono_prop",
        overrides: &[("ITERATIONS", 50)],
    },
    Scaled {
        name: "parser",
        overrides: &[("ITERATIONS", 1)],
    },
    Scaled {
        name: "poly_site",
        overrides: &[("ITERATIONS", 100)],
    },
    Scaled {
        name: "proto_chain",
        overrides: &[("ITERATIONS", 70_000)],
    },
    Scaled {
        name: "richards",
        overrides: &[("ITERATIONS", 2)],
    },
];

/// `benches/js/NAME.js`.
pub fn program_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("benches/js")
        .join(format!("{name}.js"))
}

/// The source of program `name` with its [`SCALED`] constants substituted.
/// Panics if the program or one of its `var NAME = N;` lines is missing, so
/// a renamed constant cannot silently run the full-size program.
pub fn scaled_source(name: &str) -> String {
    let scaled = SCALED
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name} is not listed in benches/common/mod.rs SCALED"));
    let path = program_path(name);
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = String::with_capacity(source.len());
    let mut found = vec![false; scaled.overrides.len()];
    for line in source.split_inclusive('\n') {
        let replaced = scaled
            .overrides
            .iter()
            .enumerate()
            .find_map(|(i, (var, value))| {
                let rest = line.strip_prefix("var ")?.strip_prefix(var)?;
                let number = rest.strip_prefix(" = ")?.trim_end().strip_suffix(';')?;
                if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
                    return None;
                }
                found[i] = true;
                Some(format!("var {var} = {value};\n"))
            });
        out.push_str(replaced.as_deref().unwrap_or(line));
    }
    for (i, (var, _)) in scaled.overrides.iter().enumerate() {
        assert!(
            found[i],
            "{}: no `var {var} = <number>;` line to scale",
            path.display()
        );
    }
    out
}

/// Whether `output` (the program's stdout) ends with the checksum line every
/// benchmark program prints.
pub fn has_checksum(name: &str, output: &[u8]) -> bool {
    let text = String::from_utf8_lossy(output);
    text.lines()
        .last()
        .is_some_and(|l| l.starts_with(&format!("{name} checksum ")))
}
