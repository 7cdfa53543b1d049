//! Data-driven tests of the frontend.
//!
//! - `tests/ir/*.js`: the printed IR of each script, expected in `*.ir`.
//! - `tests/diagnostics/*.js`: the rendered compile error, expected in `*.txt`.
//! - `tests/functions/*.js`: each function's name, kind, `length`, expected
//!   properties, flags and source text (its span), expected in `*.txt`.
//! - `tests/conformance/**/*.js` of the workspace: every program compiles
//!   and verifies, except the ones listed in `conformance_rejects.txt` with
//!   the error they are expected to get.
//!
//! `BLESS=1 cargo test -p frontend` rewrites the expected files.

use std::fs;
use std::path::{Path, PathBuf};

fn bless() -> bool {
    std::env::var_os("BLESS").is_some()
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Compares `actual` with the file `expected` (or rewrites it when
/// blessing); returns a description of the mismatch.
fn check(expected: &Path, actual: &str) -> Option<String> {
    if bless() {
        fs::write(expected, actual).expect("write snapshot");
        return None;
    }
    let want = fs::read_to_string(expected).unwrap_or_default();
    if want == actual {
        return None;
    }
    Some(format!(
        "{} differs (BLESS=1 to update)\n--- expected\n{want}\n--- actual\n{actual}",
        expected.display()
    ))
}

fn name_of(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn verify_all(module: &ir::Module) -> Result<(), String> {
    for (i, f) in module.functions.iter().enumerate() {
        if let Err(e) = ir::verify(f) {
            return Err(format!(
                "f{i} does not verify:\n{e}\n{}",
                ir::print::function_text(module, ir::FuncId(i as u32))
            ));
        }
    }
    Ok(())
}

#[test]
fn ir_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ir");
    let mut failures = Vec::new();
    let inputs = files(&dir, "js");
    assert!(
        inputs.len() >= 30,
        "expected at least 30 IR tests, found {}",
        inputs.len()
    );
    for js in inputs {
        let source = fs::read_to_string(&js).unwrap();
        let name = name_of(&js);
        let text = match frontend::compile(&source, &name) {
            Ok(module) => {
                if let Err(e) = verify_all(&module) {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
                ir::print::module_text(&module)
            }
            Err(e) => e.render(&name, &source) + "\n",
        };
        failures.extend(check(&js.with_extension("ir"), &text));
    }
    report(failures);
}

#[test]
fn diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let mut failures = Vec::new();
    for js in files(&dir, "js") {
        let source = fs::read_to_string(&js).unwrap();
        let name = name_of(&js);
        let text = match frontend::compile(&source, &name) {
            Ok(_) => "compiled without error\n".to_string(),
            Err(e) => e.render(&name, &source) + "\n",
        };
        failures.extend(check(&js.with_extension("txt"), &text));
    }
    report(failures);
}

#[test]
fn function_metadata() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/functions");
    let mut failures = Vec::new();
    for js in files(&dir, "js") {
        let source = fs::read_to_string(&js).unwrap();
        let name = name_of(&js);
        let text = match frontend::compile(&source, &name) {
            Ok(module) => {
                let mut out = String::new();
                for (i, f) in module.functions.iter().enumerate() {
                    let span = &source[f.span.0 as usize..f.span.1 as usize];
                    out.push_str(&format!(
                        "f{i} {:?} {} length={} props={}{}{}\n    {span:?}\n",
                        f.name,
                        f.kind.name(),
                        f.length,
                        f.expected_props,
                        if f.strict { " strict" } else { "" },
                        if f.has_fields { " has_fields" } else { "" },
                    ));
                }
                out
            }
            Err(e) => e.render(&name, &source) + "\n",
        };
        failures.extend(check(&js.with_extension("txt"), &text));
    }
    report(failures);
}

/// Every conformance program is in the subset: it compiles and verifies.
/// The few exceptions are listed with their expected error.
#[test]
fn conformance_programs_compile() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance_rejects.txt");
    let expected: Vec<(String, String)> = fs::read_to_string(&list)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (file, msg) = l.split_once(' ').unwrap_or((l, ""));
            (file.to_string(), msg.trim().to_string())
        })
        .collect();
    let mut failures = Vec::new();
    for js in files(&root, "js") {
        let rel = js
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let source = fs::read_to_string(&js).unwrap();
        let listed = expected.iter().find(|(f, _)| *f == rel);
        let result = std::panic::catch_unwind(|| frontend::compile(&source, &rel));
        match (result, listed) {
            (Err(_), _) => failures.push(format!("{rel}: the frontend panicked")),
            (Ok(Ok(module)), None) => {
                if let Err(e) = verify_all(&module) {
                    failures.push(format!("{rel}: {e}"));
                }
            }
            (Ok(Ok(_)), Some(_)) => failures.push(format!(
                "{rel}: compiles now; remove it from conformance_rejects.txt"
            )),
            (Ok(Err(e)), None) => failures.push(format!("{rel}: {}", e.render(&rel, &source))),
            (Ok(Err(e)), Some((_, msg))) => {
                let got = e.to_string();
                if !got.contains(msg.as_str()) {
                    failures.push(format!(
                        "{rel}: expected an error containing {msg:?}, got {got}"
                    ));
                }
            }
        }
    }
    report(failures);
}
