//! CLIF snapshot tests: the code the JIT generates for a property load, a
//! prototype method call and a constructor, checked in as
//! `tests/clif/*.clif` so the guard shape of the generated code is visible
//! in review. Each program's first line is `// clif-snapshot: FLAGS` (the
//! `protojit run --jit --print-clif` flags that pick the functions).
//! Addresses (shapes, caches, helpers) differ run to run and print as
//! `ADDR`. `BLESS=1 cargo test --test clif_snapshots` rewrites the files.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Replaces hexadecimal literals in the user-space address range by `ADDR`.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"0x") && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let mut j = i + 2;
            while j < bytes.len() && (bytes[j].is_ascii_hexdigit() || bytes[j] == b'_') {
                j += 1;
            }
            let digits: String = text[i + 2..j].chars().filter(|c| *c != '_').collect();
            if let Ok(n) = u64::from_str_radix(&digits, 16)
                && (0x10000..(1u64 << 47)).contains(&n)
            {
                out.push_str("ADDR");
                i = j;
                continue;
            }
        }
        out.push(bytes[i] as char);
        i += 1;
    }
    out
}

fn snapshot(js: &Path) -> String {
    let source = std::fs::read_to_string(js).unwrap();
    let flags = source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// clif-snapshot:"))
        .unwrap_or_else(|| {
            panic!(
                "{}: first line must be `// clif-snapshot: FLAGS`",
                js.display()
            )
        });
    let out = Command::new(env!("CARGO_BIN_EXE_protojit"))
        .args(["run", "--jit", "--print-clif"])
        .args(flags.split_whitespace())
        .arg(js)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        js.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    normalise(&String::from_utf8_lossy(&out.stdout))
}

#[test]
fn clif_snapshots() {
    if cfg!(not(target_arch = "x86_64")) && cfg!(not(target_arch = "aarch64")) {
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clif");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    programs.sort();
    assert!(
        programs.len() >= 3,
        "snapshot programs in {}",
        dir.display()
    );
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for js in &programs {
        let got = snapshot(js);
        assert!(
            got.contains("function "),
            "{}: no CLIF printed",
            js.display()
        );
        let expected_path = js.with_extension("clif");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{}: differs from {} at line {} (BLESS=1 to accept)",
                js.display(),
                expected_path.display(),
                line + 1
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn addresses_are_normalised() {
    assert_eq!(
        normalise("v4 = iconst.i64 0x7fe9_1c3c_0040 ; v9 = 0xfffe_0000_0000_0000, 0x10"),
        "v4 = iconst.i64 ADDR ; v9 = 0xfffe_0000_0000_0000, 0x10"
    );
}
