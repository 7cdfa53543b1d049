//! The crate graph of STYLE.md, checked against `cargo metadata`:
//! `ir` depends on nothing of ours; `frontend` and `runtime` on `ir` only;
//! `jit` (when present) on `ir` and `runtime`; the binary wires them all.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

const OURS: &[&str] = &["ir", "frontend", "runtime", "jit", "protojit"];

#[test]
fn crate_edges_follow_the_design() {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for pkg in meta["packages"].as_array().unwrap() {
        let name = pkg["name"].as_str().unwrap().to_string();
        let deps = pkg["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"].is_null())
            .map(|d| d["name"].as_str().unwrap().to_string())
            .filter(|d| OURS.contains(&d.as_str()))
            .collect();
        edges.insert(name, deps);
    }
    let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        edges["ir"],
        set(&[]),
        "ir must not depend on our other crates"
    );
    assert_eq!(edges["frontend"], set(&["ir"]));
    assert_eq!(
        edges["runtime"],
        set(&["ir"]),
        "runtime never depends on frontend or jit"
    );
    if let Some(jit) = edges.get("jit") {
        assert_eq!(*jit, set(&["ir", "runtime"]));
    }
    assert!(edges["protojit"].is_superset(&set(&["ir", "frontend", "runtime"])));
}
