//! Whole-process instruction-count benchmarks (gungraun binary benchmarks,
//! callgrind): `protojit run --interp FILE` as a user runs it, so process
//! start-up, parsing, lowering, creating the VM and its builtins, the run and
//! exit are all counted, on every thread. `startup` runs a one-line program
//! and so measures start-up alone; the other ids are the benchmark programs
//! of `benches/js/`, scaled down as in `common/mod.rs`.
//!
//! The scaled programs are written to Cargo's bench temporary directory
//! (`target/tmp/bench-js/`) when the benchmarks are listed, and each is run
//! once natively there (not counted) to check that it prints its checksum.
//!
//! Modes: `interp` (`run --interp`) and `jit` (`run --jit --jit-sync`,
//! default thresholds). The JIT compiles on the VM thread here: on a
//! background thread (the default) the same compiling is counted, but how
//! far the interpreter gets meanwhile depends on thread scheduling, and the
//! counts must be deterministic.

mod common;

use std::path::PathBuf;

use gungraun::{binary_benchmark, binary_benchmark_group, main};

const PROTOJIT: &str = env!("CARGO_BIN_EXE_protojit");

// Writes the scaled program (or the start-up program) to target/tmp and
// checks, running it natively once, that it prints its checksum.
fn write_program(name: &str, mode: &[&str]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-js");
    std::fs::create_dir_all(&dir).expect("creating target/tmp/bench-js");
    let path = dir.join(format!("{name}.js"));
    let source = if name == "startup" {
        "console.log(\"startup checksum 1\");\n".to_owned()
    } else {
        common::scaled_source(name)
    };
    std::fs::write(&path, source).expect("writing a scaled benchmark program");
    let out = std::process::Command::new(PROTOJIT)
        .arg("run")
        .args(mode)
        .arg(&path)
        .output()
        .expect("running protojit");
    assert!(
        out.status.success() && common::has_checksum(name, &out.stdout),
        "protojit run {} {}: {}\n{}",
        mode.join(" "),
        path.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

// `protojit run MODE FILE` for program `name`, run in the program's
// directory with a relative file name, so the counts do not depend on where
// the clone is.
fn protojit_run(name: &str, mode: &[&str]) -> gungraun::Command {
    let path = write_program(name, mode);
    gungraun::Command::new(PROTOJIT)
        .current_dir(path.parent().expect("a directory"))
        .arg("run")
        .args(mode)
        .arg(path.file_name().expect("a file name"))
        .build()
}

// `protojit run --interp FILE`, the whole process.
#[binary_benchmark]
#[bench::startup("startup")]
#[bench::alloc("alloc")]
#[bench::binary_trees("binary_trees")]
#[bench::class_super("class_super")]
#[bench::deltablue("deltablue")]
#[bench::mono_prop("mono_prop")]
#[bench::parser("parser")]
#[bench::poly_site("poly_site")]
#[bench::proto_chain("proto_chain")]
#[bench::richards("richards")]
fn interp(name: &str) -> gungraun::Command {
    protojit_run(name, &["--interp"])
}

// `protojit run --jit --jit-sync FILE`, the whole process.
#[binary_benchmark]
#[bench::startup("startup")]
#[bench::alloc("alloc")]
#[bench::binary_trees("binary_trees")]
#[bench::class_super("class_super")]
#[bench::deltablue("deltablue")]
#[bench::mono_prop("mono_prop")]
#[bench::parser("parser")]
#[bench::poly_site("poly_site")]
#[bench::proto_chain("proto_chain")]
#[bench::richards("richards")]
fn jit(name: &str) -> gungraun::Command {
    protojit_run(name, &["--jit", "--jit-sync"])
}

binary_benchmark_group!(name = whole; benchmarks = interp, jit);

main!(binary_benchmark_groups = whole);
