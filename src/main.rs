//! `protojit`: run a JavaScript file.
//!
//! `protojit run [--interp|--jit] [--print-ir] [--gc-stress] [--stats] FILE.js`
//! behaves like `node FILE.js` for the subset: the program's output on
//! stdout, an uncaught exception as `Uncaught <error>` plus its location on
//! stderr with exit status 1, a syntax error or unsupported feature as a
//! `file:line:col` diagnostic with exit status 1.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use runtime::interp::{LoadedModule, run_module};
use runtime::{Value, Vm, VmOptions};

#[derive(Parser)]
#[command(
    name = "protojit",
    version,
    about = "A JIT compiler for JavaScript's object model"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script.
    Run(RunArgs),
}

#[derive(clap::Args)]
struct RunArgs {
    /// Keep everything in the interpreter.
    #[arg(long, conflicts_with = "jit")]
    interp: bool,
    /// Let hot code tier up to native code (the default).
    #[arg(long)]
    jit: bool,
    /// Calls (and loop iterations) before code is compiled; 0 compiles
    /// every function, the script included, at its first call.
    #[arg(long, value_name = "N")]
    jit_threshold: Option<u32>,
    /// Compile on the VM thread, pausing the program, instead of on a
    /// background thread while it goes on in the interpreter (so tier-up
    /// points are deterministic). Implied by --jit-threshold=0.
    #[arg(long)]
    jit_sync: bool,
    /// Run Cranelift's verifier on every function the JIT compiles; code
    /// it rejects panics (a bug of the JIT).
    #[arg(long)]
    jit_verify: bool,
    /// Compile every function first without Cranelift's optimisations and
    /// then again with them, replacing the first code (by default, and
    /// only with three or more cores, functions that become hot while
    /// others wait for the compiling thread are). For testing the
    /// replacement.
    #[arg(long)]
    jit_fast_first: bool,
    /// Print the CLIF of every function the JIT compiles.
    #[arg(long)]
    print_clif: bool,
    /// Print the machine code of every function the JIT compiles.
    #[arg(long)]
    print_asm: bool,
    /// With --print-clif/--print-asm: also compile for this ISA (`aarch64`
    /// or `x86_64`) and print its code (not run).
    #[arg(long, value_name = "ISA")]
    target_isa: Option<String>,
    /// With --print-clif/--print-asm: print only the functions named
    /// (comma-separated).
    #[arg(long, value_name = "NAMES")]
    print_only: Option<String>,
    /// Print a line to stderr whenever code tiers up.
    #[arg(long)]
    trace_tier: bool,
    /// Print a line to stderr whenever native code deoptimises.
    #[arg(long)]
    trace_deopt: bool,
    /// Write /tmp/perf-PID.map so `perf` can name JIT code.
    #[arg(long)]
    perf_map: bool,
    /// Print the IR of every function and exit.
    #[arg(long)]
    print_ir: bool,
    /// Collect garbage at every allocation.
    #[arg(long)]
    gc_stress: bool,
    /// Print statistics (inline caches, collections) to stderr at exit.
    #[arg(long)]
    stats: bool,
    /// The script.
    file: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Run(args) = cli.command;
    // Run on a thread with a large stack: JS recursion runs on it.
    let handle = std::thread::Builder::new()
        .name("protojit".into())
        .stack_size(runtime::NATIVE_STACK_SIZE)
        .spawn(move || run(args))
        .expect("spawning the VM thread");
    match handle.join() {
        Ok(Ok(code)) => code,
        Ok(Err(e)) => {
            eprintln!("protojit: {e:#}");
            ExitCode::from(2)
        }
        Err(_) => ExitCode::from(70),
    }
}

fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let source = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let file_name = args.file.display().to_string();
    let module = match frontend::compile(&source, &file_name) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{}", e.render(&file_name, &source));
            return Ok(ExitCode::from(1));
        }
    };
    if args.print_ir {
        print!("{}", ir::print::module_text(&module));
        return Ok(ExitCode::SUCCESS);
    }
    let mut vm = Vm::new(VmOptions {
        gc_stress: args.gc_stress,
        stats: args.stats,
    });
    vm.mark_native_stack_base();
    // Code compiled at run time (indirect eval, the Function constructor).
    vm.compiler = Some(Box::new(|source: &str, name: &str| {
        let opts = frontend::CompileOptions {
            completion_value: true,
        };
        frontend::compile_with(source, name, opts).map_err(|e| match e {
            frontend::CompileError::Syntax(d) => d.message,
            frontend::CompileError::Unsupported(d) => format!("unsupported: {}", d.message),
        })
    }));
    if !args.interp {
        let options = jit::JitOptions {
            print_clif: args.print_clif,
            print_asm: args.print_asm,
            print_only: args.print_only.clone(),
            perf_map: args.perf_map,
            target: args.target_isa.clone(),
            background: !args.jit_sync && args.jit_threshold != Some(0),
            verify: args.jit_verify,
            fast_first: args.jit_fast_first,
        };
        let backend =
            jit::Jit::new(options).map_err(|e| anyhow::anyhow!("starting the JIT: {e}"))?;
        vm.jit = Some(Box::new(backend));
        if let Some(n) = args.jit_threshold {
            vm.jit_threshold = n;
            vm.osr_threshold = n;
        }
        vm.trace_tier = args.trace_tier;
        vm.trace_deopt = args.trace_deopt;
    }
    let loaded = LoadedModule::load(&mut vm, module, &file_name, &source);
    let result = run_module(&mut vm, loaded);
    let code = match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(thrown) => {
            let text = uncaught_text(&mut vm, thrown.0);
            vm.write_err(text.as_bytes());
            ExitCode::from(1)
        }
    };
    vm.flush_out();
    if args.stats {
        let s = vm.stats.clone();
        let h = vm.heap.stats.clone();
        eprintln!(
            "stats: ic misses {}, deopts {} ({} kept the code), collections {}, live bytes {}, blocks {}",
            s.ic_misses, s.deopts, s.soft_deopts, h.collections, h.live_bytes, h.blocks
        );
        if let Some(j) = &vm.jit {
            eprintln!("{}", j.stats());
        }
    }
    // The process ends now, and the system takes its memory back at once:
    // freeing every cell, block and code page first would only delay the
    // exit (clang's -disable-free, for the same reason). Output is flushed.
    std::mem::forget(vm);
    Ok(code)
}

/// What an uncaught exception prints: `Uncaught <String(error)>` for errors
/// (then the stack's location lines), `Uncaught <inspect(value)>` otherwise.
fn uncaught_text(vm: &mut Vm, v: Value) -> String {
    let error_proto = vm.realm.error_proto;
    let is_error = v.as_object().is_some_and(|o| {
        let mut p = o.proto();
        while let Some(q) = p {
            if q == error_proto {
                return true;
            }
            p = q.proto();
        }
        false
    });
    let head = if is_error {
        runtime::conv::to_rust_string(vm, v).unwrap_or_else(|_| "Error".into())
    } else {
        runtime::inspect::inspect(vm, v, 0).unwrap_or_else(|_| "exception".into())
    };
    let mut out = format!("Uncaught {head}\n");
    if let Some(o) = v.as_object()
        && let Ok(stack) = runtime::property::get(
            vm,
            o,
            runtime::property::PropKey::Atom(runtime::atoms::STACK),
            v,
        )
        && let Some(s) = stack.as_string()
    {
        for line in s
            .to_rust()
            .lines()
            .filter(|l| l.trim_start().starts_with("at "))
        {
            out.push_str(line);
            out.push('\n');
        }
    } else if let Some((file, line, col)) = vm.last_throw_location() {
        out.push_str(&format!("    at {file}:{line}:{col}\n"));
    }
    out
}
