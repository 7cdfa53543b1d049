//! In-process instruction-count benchmarks (gungraun, callgrind).
//!
//! Each benchmark program of `benches/js/` (scaled down, see
//! `common/mod.rs`) runs in this process in each execution mode. The setup —
//! reading the file and `frontend::compile` (parsing, scopes, lowering, type
//! inference) — runs in gungraun's setup function and is not counted; neither
//! is creating the VM. What is counted is `measured_run`: loading the module
//! into the VM (interning its strings) and running it to completion, as
//! `protojit run` does after parsing. The VM runs on its own thread with
//! `runtime::NATIVE_STACK_SIZE` of stack, like the binary's, so callgrind's
//! collection is toggled on for `measured_run` (whatever thread it runs on)
//! rather than for the benchmark function.
//!
//! `benches/whole.rs` measures whole `protojit run` processes instead,
//! start-up included. `scripts/bench-gate.sh` compares the counts of both
//! with `benches/baseline`.
//!
//! Modes: `interp` (`protojit run --interp`) and `jit` (`protojit run
//! --jit` with the default tiering thresholds: the counts include the
//! interpreter's warm-up and the time spent compiling). The gate checks each
//! `run/jit/NAME` count against `jit_target_ratio` times `run/interp/NAME`.

mod common;

use std::hint::black_box;

use gungraun::{
    Callgrind, EntryPoint, LibraryBenchmarkConfig, library_benchmark, library_benchmark_group, main,
};

/// A compiled program, ready to load.
struct Prepared {
    name: &'static str,
    source: String,
    module: ir::Module,
}

// Setup (not counted): read, scale and compile the program.
fn prepare(name: &'static str) -> Prepared {
    let source = common::scaled_source(name);
    let file_name = format!("{name}.js");
    let module = match frontend::compile(&source, &file_name) {
        Ok(m) => m,
        Err(e) => panic!("{}", e.render(&file_name, &source)),
    };
    Prepared {
        name,
        source,
        module,
    }
}

#[derive(Clone, Copy)]
enum Mode {
    Interp,
    Jit,
}

/// The counted part: load the module and run it to completion. Callgrind's
/// collection is toggled on while this function runs (see `config`).
#[inline(never)]
fn measured_run(vm: &mut runtime::Vm, p: Prepared) -> bool {
    let file_name = format!("{}.js", p.name);
    let loaded = runtime::interp::LoadedModule::load(vm, p.module, &file_name, &p.source);
    runtime::interp::run_module(vm, loaded).is_ok()
}

/// Runs `f` below a zeroed 16 KiB stack frame. The VM scans the native stack
/// conservatively, up to 4 KiB above the frame that calls
/// `mark_native_stack_base`, and looks every word up in its block table: a
/// word that differs from run to run (glibc's thread start-up leaves
/// pointer-mangled, so per-process random, words just above a new thread's
/// first frames) can change the length of that lookup and so the instruction
/// count by a few dozen. The padding keeps thread start-up out of the scan.
#[inline(never)]
fn below_thread_start<R>(f: impl FnOnce() -> R) -> R {
    let padding = [0u8; 16 << 10];
    black_box(&padding);
    f()
}

/// A new VM (boxed, as `Vm::new` makes it) with a fixed Math.random seed. No value that
/// differs from run to run may be where the VM's conservative stack scan looks
/// (see `below_thread_start`): `Vm::new` seeds Math.random from the clock, so
/// the VM and the temporaries of its construction stay off the scanned stack
/// (`scrub_stack` clears what this frame leaves behind).
#[inline(never)]
fn new_vm() -> Box<runtime::Vm> {
    let mut vm = runtime::Vm::new(runtime::VmOptions::default());
    vm.random_state = 0x2545_f491_4f6c_dd1d;
    vm
}

/// Overwrites 64 KiB of stack below the caller's frame with zeros.
#[inline(never)]
fn scrub_stack() {
    let zeros = [0u8; 64 << 10];
    black_box(&zeros);
}

/// Runs `p` in a fresh VM on a thread with the VM's native stack size, as
/// `src/main.rs` does; returns the length of the program's output. Panics
/// (failing the benchmark) when the program throws or does not print its
/// checksum line.
fn run_on_vm_thread(p: Prepared, mode: Mode) -> usize {
    let name = p.name;
    let handle = std::thread::Builder::new()
        .name("protojit-bench".into())
        .stack_size(runtime::NATIVE_STACK_SIZE)
        .spawn(move || {
            below_thread_start(move || {
                let mut vm = new_vm();
                scrub_stack();
                vm.mark_native_stack_base();
                vm.compiler = Some(Box::new(|source: &str, name: &str| {
                    let opts = frontend::CompileOptions {
                        completion_value: true,
                    };
                    frontend::compile_with(source, name, opts).map_err(|e| match e {
                        frontend::CompileError::Syntax(d) => d.message,
                        frontend::CompileError::Unsupported(d) => {
                            format!("unsupported: {}", d.message)
                        }
                    })
                }));
                if let Mode::Jit = mode {
                    let backend = ::jit::Jit::new(::jit::JitOptions::default())
                        .expect("starting the JIT for the host");
                    vm.jit = Some(Box::new(backend));
                }
                let ok = measured_run(&mut vm, p);
                let out = std::mem::take(&mut vm.out);
                (ok, out)
            })
        })
        .expect("spawning the VM thread");
    let (ok, out) = handle.join().expect("the VM thread panicked");
    assert!(ok, "{name}: uncaught exception");
    assert!(
        common::has_checksum(name, &out),
        "{name}: no checksum line in its output: {}",
        String::from_utf8_lossy(&out)
    );
    out.len()
}

// Count only `measured_run`, on whichever thread it runs.
fn config() -> LibraryBenchmarkConfig {
    let mut config = LibraryBenchmarkConfig::default();
    config.tool(
        Callgrind::default().entry_point(EntryPoint::Custom("engine::measured_run".to_owned())),
    );
    config
}

// `protojit run --interp`: the baseline interpreter.
#[library_benchmark(setup = prepare, config = config())]
#[bench::alloc("alloc")]
#[bench::binary_trees("binary_trees")]
#[bench::class_super("class_super")]
#[bench::deltablue("deltablue")]
#[bench::mono_prop("mono_prop")]
#[bench::parser("parser")]
#[bench::poly_site("poly_site")]
#[bench::proto_chain("proto_chain")]
#[bench::richards("richards")]
fn interp(p: Prepared) -> usize {
    black_box(run_on_vm_thread(p, Mode::Interp))
}

// `protojit run --jit`: the interpreter, tiering up to Cranelift code.
#[library_benchmark(setup = prepare, config = config())]
#[bench::alloc("alloc")]
#[bench::binary_trees("binary_trees")]
#[bench::class_super("class_super")]
#[bench::deltablue("deltablue")]
#[bench::mono_prop("mono_prop")]
#[bench::parser("parser")]
#[bench::poly_site("poly_site")]
#[bench::proto_chain("proto_chain")]
#[bench::richards("richards")]
fn jit(p: Prepared) -> usize {
    black_box(run_on_vm_thread(p, Mode::Jit))
}

library_benchmark_group!(name = run; benchmarks = interp, jit);

main!(library_benchmark_groups = run);
