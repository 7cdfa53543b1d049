//! The conformance corpus: every `tests/conformance/**/*.js` run in every
//! execution mode, compared byte for byte with Node's output (`.out`), exit
//! status, and first stderr line (`.err`, for programs that end with an
//! uncaught exception). Expected files are made by `tests/tools/bless.sh`.
//!
//! `tests/known_failures.txt` lists `<mode> <program>  # reason` entries
//! that are allowed to fail; the run fails when a listed entry passes, so
//! the list only shrinks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Every execution mode: a name and the `protojit run` flags.
const MODES: &[(&str, &[&str])] = &[
    ("interp", &["--interp"]),
    ("gc-stress", &["--interp", "--gc-stress"]),
    ("jit", &["--jit"]),
    // Tiering up where the interpreter's feedback says, with Cranelift's
    // verifier on.
    ("jit-sync", &["--jit", "--jit-sync", "--jit-verify"]),
    ("jit-eager", &["--jit", "--jit-threshold=0"]),
    (
        "jit-gc-stress",
        &["--jit", "--jit-threshold=0", "--gc-stress"],
    ),
];

const TIMEOUT: Duration = Duration::from_secs(120);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    status: Option<i32>,
    timed_out: bool,
}

fn run_program(flags: &[&str], file: &Path) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_protojit"))
        .arg("run")
        .args(flags)
        .arg(file)
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn protojit");
    let mut stdout_pipe = child.stdout.take().unwrap();
    let mut stderr_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stdout_pipe, &mut b).ok();
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stderr_pipe, &mut b).ok();
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s.code();
        }
        if start.elapsed() > TIMEOUT {
            child.kill().ok();
            child.wait().ok();
            timed_out = true;
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Outcome {
        stdout: out_t.join().unwrap(),
        stderr: String::from_utf8_lossy(&err_t.join().unwrap()).into_owned(),
        status,
        timed_out,
    }
}

/// Why a program's run does not match Node's, or None when it matches.
fn check(file: &Path, o: &Outcome) -> Option<String> {
    if o.timed_out {
        return Some(format!("timed out after {TIMEOUT:?}"));
    }
    let expected = std::fs::read(file.with_extension("out")).unwrap_or_default();
    let err_file = file.with_extension("err");
    let expected_err = std::fs::read_to_string(&err_file).ok();
    let expected_status = if expected_err.is_some() { 1 } else { 0 };
    let mut problems = Vec::new();
    if o.status != Some(expected_status) {
        let first = o.stderr.lines().next().unwrap_or("");
        problems.push(format!(
            "exit status {:?}, expected {expected_status} (stderr: {first})",
            o.status
        ));
    }
    if o.stdout != expected {
        let got = String::from_utf8_lossy(&o.stdout);
        let want = String::from_utf8_lossy(&expected);
        let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
        let i = g
            .iter()
            .zip(&w)
            .position(|(a, b)| a != b)
            .unwrap_or(g.len().min(w.len()));
        problems.push(format!(
            "stdout differs at line {}:\n      got:  {:?}\n      want: {:?}",
            i + 1,
            g.get(i).copied().unwrap_or("<end>"),
            w.get(i).copied().unwrap_or("<end>")
        ));
    }
    if let Some(want) = expected_err {
        let want = want.lines().next().unwrap_or("");
        let got = o.stderr.lines().next().unwrap_or("");
        if got != want {
            problems.push(format!(
                "stderr first line:\n      got:  {got:?}\n      want: {want:?}"
            ));
        }
    }
    (!problems.is_empty()).then(|| problems.join("\n    "))
}

fn known_failures() -> BTreeSet<(String, String)> {
    let text = std::fs::read_to_string(root().join("tests/known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut it = l.split_whitespace();
            (
                it.next().unwrap().to_string(),
                it.next().expect("mode and program").to_string(),
            )
        })
        .collect()
}

#[test]
fn conformance() {
    let mut files = Vec::new();
    programs(&root().join("tests/conformance"), &mut files);
    assert!(
        files.len() >= 200,
        "the corpus has {} programs",
        files.len()
    );
    let known = known_failures();
    let jobs: Vec<(&str, &[&str], PathBuf)> = MODES
        .iter()
        .flat_map(|&(m, f)| files.iter().map(move |p| (m, f, p.clone())))
        .collect();
    let next = Mutex::new(0usize);
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some((mode, flags, file)) = jobs.get(i) else {
                        break;
                    };
                    let outcome = run_program(flags, file);
                    let problem = check(file, &outcome);
                    results
                        .lock()
                        .unwrap()
                        .push((mode.to_string(), file.clone(), problem));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let mut failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    for (mode, _) in MODES {
        let mine: Vec<_> = results.iter().filter(|r| r.0 == *mode).collect();
        let passed = mine.iter().filter(|r| r.2.is_none()).count();
        eprintln!(
            "conformance [{mode}]: {passed}/{} programs match Node",
            mine.len()
        );
    }
    for (mode, file, problem) in &results {
        let rel = file.strip_prefix(root()).unwrap().display().to_string();
        let is_known = known.contains(&(mode.clone(), rel.clone()));
        match (problem, is_known) {
            (Some(p), false) => failures.push(format!("[{mode}] {rel}\n    {p}")),
            (None, true) => unexpected_passes.push(format!("[{mode}] {rel}")),
            _ => {}
        }
    }
    let mut msg = String::new();
    if !failures.is_empty() {
        msg.push_str(&format!(
            "{} unexpected failures:\n{}\n",
            failures.len(),
            failures.join("\n")
        ));
    }
    if !unexpected_passes.is_empty() {
        msg.push_str(&format!(
            "{} known failures now pass; remove them from tests/known_failures.txt:\n{}\n",
            unexpected_passes.len(),
            unexpected_passes.join("\n")
        ));
    }
    assert!(msg.is_empty(), "{msg}");
}
