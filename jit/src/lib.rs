//! The native-code tier: compiles IR functions to machine code for the
//! host CPU with Cranelift.
//!
//! [`Jit`] implements `runtime::vm::JitBackend`: the interpreter asks it to
//! compile a function once it is hot (`--jit-threshold`), at a call or in
//! a running activation's loop. One compilation serves both: calls enter
//! at the function's entry, running activations at a loop header (OSR).
//! Compiled code has the signature `(vm, frame record) -> value`
//! (`runtime::abi::NativeEntry`)
//! and calls back into the runtime through `runtime::abi`'s helpers; the
//! layout constants it relies on come from `runtime::layout`.
//!
//! Where to start reading: `lower.rs` (IR → CLIF, one opcode at a time).
//!
//! Invariants: this crate depends on `ir` and `runtime` only; it never
//! hard-codes an offset; a function that cannot be compiled stays in the
//! interpreter (a `CompileError`, counted in `--stats`), it never aborts
//! the program.

mod background;
mod code;
mod lower;
mod spec;

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir as clif;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use runtime::Vm;
use runtime::interp::FuncInfo;
use runtime::vm::{Finished, JitBackend, Submitted};

/// Why a function was not compiled.
#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error("cranelift: {0}")]
    Codegen(String),
    /// Cranelift's verifier rejected the CLIF (only with it on).
    #[error("the CLIF does not verify: {0}")]
    Verifier(String),
    #[error("unsupported: {0}")]
    Unsupported(String),
}

/// Options of the tier (from the command line).
#[derive(Clone, Debug, Default)]
pub struct JitOptions {
    /// Print each function's CLIF to stdout after compiling it.
    pub print_clif: bool,
    /// Print each function's machine code (VCode) to stdout.
    pub print_asm: bool,
    /// Write `/tmp/perf-<pid>.map` so `perf` can name JIT code.
    pub perf_map: bool,
    /// Compile for this target instead of the host (`aarch64`, `x86_64`):
    /// prints only, the code is never run.
    pub target: Option<String>,
    /// Print only functions with these (comma-separated) names.
    pub print_only: Option<String>,
    /// Compile on a background thread while the program goes on in the
    /// interpreter (`submit`/`poll`). Printing options compile on the
    /// calling thread regardless, so output stays in order.
    pub background: bool,
    /// Run Cranelift's verifier on every function (debug builds always
    /// do); code it rejects is a bug of the lowering, so that panics
    /// instead of leaving the function to the interpreter.
    pub verify: bool,
    /// Background compilation makes every function's code fast first and
    /// then upgrades it (`background::Tier`), not only while others wait.
    pub fast_first: bool,
}

/// Counters for `--stats`.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub compiled: u32,
    /// Loop headers compiled code can be entered at (OSR).
    pub osr_entries: u32,
    pub failed: u32,
    /// Calls inlined into the compiled functions.
    pub inlined: u32,
    pub inline_abandoned: u32,
    /// Functions compiled fast while others waited, then again with the
    /// full pipeline (see `background::Tier`).
    pub upgraded: u32,
    pub code_bytes: usize,
    /// Time in Cranelift (optimisation, register allocation, emission),
    /// on whichever thread ran it.
    pub compile_time: Duration,
    /// Time building CLIF from the IR, always on the VM thread.
    pub build_time: Duration,
}

pub struct Jit {
    isa: OwnedTargetIsa,
    /// Where installed code lives.
    code: code::CodeSpace,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    options: JitOptions,
    /// A foreign ISA for printing only (`--target-isa`).
    print_isa: Option<OwnedTargetIsa>,
    pub stats: JitStats,
    perf_map: Option<std::fs::File>,
    /// The background thread, started at the first `submit`.
    worker: Option<background::Worker>,
    /// Jobs on the background thread.
    pending: Vec<Pending>,
    /// Jobs whose fast code is installed, waiting for their upgrade, with
    /// the address of that code.
    upgrading: Vec<(Pending, usize)>,
    /// Functions the compiling threads are done with, cleared, to build
    /// the next ones in without growing every vector again.
    spare_funcs: Vec<clif::Function>,
    next_job: u64,
    /// The OSR entries of the function built last (`build`).
    built_osr: Vec<u32>,
}

/// How many cleared functions `Jit::spare_funcs` keeps.
const MAX_SPARE_FUNCS: usize = 4;

/// A function compiling on the background thread.
#[derive(Clone)]
struct Pending {
    id: u64,
    info: &'static FuncInfo,
    osr_only: bool,
    generation: u32,
    headers: Vec<u32>,
    /// The `--perf-map` name (`Jit::perf_label`).
    label: String,
}

impl Pending {
    fn finished(&self, result: Option<(usize, Vec<u32>)>) -> Finished {
        Finished {
            info: self.info,
            osr_only: self.osr_only,
            generation: self.generation,
            result,
            replaces: 0,
        }
    }
}

fn flags(verify: bool, opt_level: &str) -> settings::Flags {
    let mut b = settings::builder();
    b.set("opt_level", opt_level).expect("opt_level");
    b.set("is_pic", "false").expect("is_pic");
    b.set("unwind_info", "false").expect("unwind_info");
    b.set("preserve_frame_pointers", "true")
        .expect("frame pointers");
    // The CLIF verifier costs a fifth of compile time: debug builds (and
    // so `cargo test` of this crate in debug) run it, release builds not.
    let verify = if cfg!(debug_assertions) || verify {
        "true"
    } else {
        "false"
    };
    b.set("enable_verifier", verify).expect("enable_verifier");
    settings::Flags::new(b)
}

/// Why Cranelift did not compile a function.
pub(crate) fn codegen_error(e: cranelift_codegen::CodegenError) -> CompileError {
    match e {
        cranelift_codegen::CodegenError::Verifier(v) => CompileError::Verifier(v.to_string()),
        e => CompileError::Codegen(format!("{e:?}")),
    }
}

/// The bytes and alignment of compiled code, which must need no
/// relocation: the CLIF names every address as a constant, so the bytes
/// are final wherever they are installed.
pub(crate) fn machine_code(
    c: &cranelift_codegen::CompiledCode,
) -> Result<(&[u8], u64), CompileError> {
    if !c.buffer.relocs().is_empty() {
        return Err(CompileError::Codegen(
            "the code needs relocations".to_string(),
        ));
    }
    Ok((c.code_buffer(), u64::from(c.buffer.alignment)))
}

/// The ISA for a target name, or the host's (verifying all code when
/// `verify`).
pub fn isa_for(target: Option<&str>, verify: bool) -> Result<OwnedTargetIsa, CompileError> {
    isa_at(target, verify, "speed")
}

/// `isa_for` with Cranelift's `opt_level` setting.
fn isa_at(
    target: Option<&str>,
    verify: bool,
    opt_level: &str,
) -> Result<OwnedTargetIsa, CompileError> {
    let builder = match target {
        None => cranelift_native::builder().map_err(|e| CompileError::Codegen(e.to_string()))?,
        Some(name) => {
            let triple = match name {
                "aarch64" | "arm64" => "aarch64-unknown-linux-gnu",
                "x86_64" | "x86-64" | "amd64" => "x86_64-unknown-linux-gnu",
                other => other,
            };
            let t: target_lexicon::Triple = triple
                .parse()
                .map_err(|e| CompileError::Unsupported(format!("target {name}: {e}")))?;
            cranelift_codegen::isa::lookup(t)
                .map_err(|e| CompileError::Unsupported(e.to_string()))?
        }
    };
    builder
        .finish(flags(verify, opt_level))
        .map_err(|e| CompileError::Codegen(e.to_string()))
}

impl Jit {
    pub fn new(options: JitOptions) -> Result<Jit, CompileError> {
        let isa = isa_for(None, options.verify)?;
        let print_isa = match &options.target {
            Some(t) => Some(isa_for(Some(t), options.verify)?),
            None => None,
        };
        let perf_map = if options.perf_map {
            std::fs::File::create(format!("/tmp/perf-{}.map", std::process::id())).ok()
        } else {
            None
        };
        Ok(Jit {
            ctx: cranelift_codegen::Context::new(),
            isa,
            code: code::CodeSpace::new(!options.perf_map),
            fctx: FunctionBuilderContext::new(),
            options,
            print_isa,
            stats: JitStats::default(),
            perf_map,
            worker: None,
            pending: Vec::new(),
            upgrading: Vec::new(),
            spare_funcs: Vec::new(),
            next_job: 0,
            built_osr: Vec::new(),
        })
    }

    fn isa(&self) -> &dyn TargetIsa {
        &*self.isa
    }

    /// Builds the CLIF of `info` (for `entry`) into `self.ctx.func`.
    pub fn build(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        osr_only: bool,
    ) -> Result<(), CompileError> {
        let spec = info.deopts.get() < runtime::interp::MAX_DEOPTS;
        let f = info.module(vm).ir.func(info.id);
        let headers = lower::loop_headers(f);
        // Facts at loop headers (see `lower::LoopFacts`): a plain lowering
        // first, which notes the loops whose headers could assume facts;
        // if any, lowered again (no OSR entries into those loops) until
        // every assumption holds, or, after too many tries, plainly.
        let mut loop_facts = (spec && !osr_only && !headers.is_empty()).then(|| lower::LoopFacts {
            hints: vec![None; f.blocks.len()],
            probe: true,
            ..Default::default()
        });
        let mut tries = 0;
        let lowered = loop {
            tries += 1;
            self.ctx.clear();
            self.ctx.func.signature = self.entry_signature();
            let builder = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let mut lowering = lower::Lowering::new(vm, info, builder, self.isa.frontend_config());
            if spec {
                lowering.speculate();
            }
            if let Some(lf) = &loop_facts {
                lowering.assume_at_loops(lf.clone());
            }
            let lowered = lowering.lower(osr_only)?;
            let Some(lf) = &mut loop_facts else {
                break lowered;
            };
            if lf.probe {
                let found = lowered
                    .loop_facts
                    .as_ref()
                    .map_or(&[][..], |l| &l.assumed[..]);
                if found.is_empty() {
                    break lowered;
                }
                lf.osr_headers = headers
                    .iter()
                    .copied()
                    .filter(|h| !found.iter().any(|a| a.0 == *h))
                    .collect();
                lf.hoist = lowered
                    .loop_facts
                    .as_ref()
                    .map(|l| l.hoist.clone())
                    .unwrap_or_default();
                lf.probe = false;
                continue;
            }
            match lowered.retry {
                None if lowered
                    .loop_facts
                    .as_ref()
                    .is_some_and(|l| l.assumed.is_empty())
                    && lf.osr_headers.len() < headers.len() =>
                {
                    // Nothing holds after all: the plain code, with every
                    // OSR entry.
                    loop_facts = None;
                    continue;
                }
                None => break lowered,
                // Every assumption narrowed to nothing: the plain code.
                Some(hints) if hints.iter().flatten().all(|h| h.count() == 0) => {
                    loop_facts = None;
                }
                Some(hints) => {
                    lf.hints = hints;
                    lf.assumed.clear();
                }
            }
            if tries >= 6 {
                loop_facts = None;
            }
        };
        self.built_osr = lowered.osr_headers;
        info.jit_roots.borrow_mut().extend(lowered.roots);
        info.deopt_points.borrow_mut().extend(lowered.deopt_points);
        self.stats.inlined += lowered.inlined;
        self.stats.inline_abandoned += lowered.inline_abandoned;
        Ok(())
    }

    /// The CLIF text of `info` (tests, `--print-clif`).
    pub fn clif_text(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
    ) -> Result<String, CompileError> {
        self.build(vm, info, false)?;
        Ok(self.ctx.func.display().to_string())
    }

    fn name_of(vm: &Vm, info: &FuncInfo) -> String {
        let n = vm.atom_text(info.name);
        if n.is_empty() {
            "<anonymous>".into()
        } else {
            n
        }
    }

    /// What `--perf-map` calls `info`'s code: its name and where it starts
    /// in the source (`parser.js:98:27`), which tells apart the anonymous
    /// functions and the methods that share a name. Empty without a map.
    fn perf_label(&self, vm: &Vm, info: &FuncInfo) -> String {
        if self.perf_map.is_none() {
            return String::new();
        }
        let m = info.module(vm);
        let (line, col) = m.line_col(m.ir.func(info.id).span.0);
        format!("{} {}:{line}:{col}", Self::name_of(vm, info), m.file_name)
    }

    fn compile_entry(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        osr_only: bool,
    ) -> Result<usize, CompileError> {
        let start = Instant::now();
        self.build(vm, info, osr_only)?;
        let built = start.elapsed();
        self.stats.build_time += built;
        let name = Self::name_of(vm, info);
        let print = self
            .options
            .print_only
            .as_ref()
            .is_none_or(|n| n.split(',').any(|n| n == name));
        if self.options.print_clif && print {
            let mut out = format!("; clif {name}\n");
            let _ = write!(out, "{}", self.ctx.func.display());
            vm.write_out(out.as_bytes());
        }
        if let Some(isa) = self.print_isa.as_ref().filter(|_| print) {
            // Compile for the foreign ISA only to print it.
            let mut ctx = cranelift_codegen::Context::for_function(self.ctx.func.clone());
            ctx.set_disasm(true);
            let mut ctrl = cranelift_codegen::control::ControlPlane::default();
            let code = ctx
                .compile(&**isa, &mut ctrl)
                .map_err(|e| CompileError::Codegen(format!("{e:?}")))?;
            let text = code.vcode.clone().unwrap_or_default();
            let out = format!("; {} code for {name}\n{text}\n", isa.triple());
            vm.write_out(out.as_bytes());
        }
        self.ctx.set_disasm(self.options.print_asm && print);
        let compiled = self
            .ctx
            .compile(&*self.isa, &mut ControlPlane::default())
            .map_err(|e| codegen_error(e.inner))?;
        let (bytes, align) = machine_code(compiled)?;
        let addr = self.code.install(bytes, align)?;
        let size = bytes.len();
        if self.options.print_asm
            && print
            && let Some(text) = compiled.vcode.clone()
        {
            let out = format!("; {} code for {name}\n{text}\n", self.isa().triple());
            vm.write_out(out.as_bytes());
        }
        self.ctx.clear();
        let label = self.perf_label(vm, info);
        self.note_code(&label, addr, size);
        self.stats.compile_time += start.elapsed() - built;
        Ok(addr)
    }

    /// The signature of every entry: `(vm, frame record) -> value`.
    fn entry_signature(&self) -> clif::Signature {
        let mut sig = clif::Signature::new(self.isa().default_call_conv());
        sig.params.push(clif::AbiParam::new(I64));
        sig.params.push(clif::AbiParam::new(I64));
        sig.returns.push(clif::AbiParam::new(I64));
        sig
    }

    /// Notes installed code (`size` bytes at `addr`): in the statistics,
    /// and in the perf map as `label` (`perf_label`).
    fn note_code(&mut self, label: &str, addr: usize, size: usize) {
        if let Some(f) = &mut self.perf_map {
            let _ = writeln!(f, "{addr:x} {size:x} js:{label}");
        }
        self.stats.code_bytes += size;
    }

    /// Builds `info`'s CLIF and queues it on the background thread; None
    /// when it must be compiled here instead (no thread).
    fn submit_entry(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        osr_only: bool,
    ) -> Option<Result<(), CompileError>> {
        if self.worker.is_none() {
            let verify = self.options.verify;
            self.worker = background::Worker::spawn(
                isa_for(None, verify).ok()?,
                isa_at(None, verify, "none").ok()?,
                self.options.fast_first,
            );
        }
        self.worker.as_ref()?;
        let start = Instant::now();
        if let Err(e) = self.build(vm, info, osr_only) {
            return Some(Err(e));
        }
        self.stats.build_time += start.elapsed();
        let spare = self.spare_funcs.pop().unwrap_or_else(clif::Function::new);
        let func = std::mem::replace(&mut self.ctx.func, spare);
        self.next_job += 1;
        let id = self.next_job;
        let worker = self.worker.as_mut()?;
        if !worker.send(background::Job { id, func }) {
            self.worker = None;
            return None;
        }
        self.pending.push(Pending {
            id,
            info,
            osr_only,
            generation: info.compile_gen.get(),
            headers: std::mem::take(&mut self.built_osr),
            label: self.perf_label(vm, info),
        });
        Some(Ok(()))
    }

    /// Installs the machine code of a finished job.
    fn install(
        &mut self,
        p: &Pending,
        bytes: &[u8],
        align: u64,
    ) -> Result<(usize, Vec<u32>), CompileError> {
        let addr = self.code.install(bytes, align)?;
        self.note_code(&p.label, addr, bytes.len());
        Ok((addr, p.headers.clone()))
    }

    fn note_result(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        result: Result<(usize, Vec<u32>), CompileError>,
    ) -> Option<(usize, Vec<u32>)> {
        match result {
            Ok(r) => {
                self.stats.compiled += 1;
                self.stats.osr_entries += r.1.len() as u32;
                Some(r)
            }
            Err(e) => {
                if self.options.verify && matches!(e, CompileError::Verifier(_)) {
                    panic!("{}: {e}", Self::name_of(vm, info));
                }
                self.stats.failed += 1;
                if vm.trace_tier {
                    let line = format!("[tier] {}: {e}\n", Self::name_of(vm, info));
                    vm.write_err(line.as_bytes());
                }
                None
            }
        }
    }
}

impl JitBackend for Jit {
    fn compile(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        osr_only: bool,
    ) -> Option<(usize, Vec<u32>)> {
        let result = self
            .compile_entry(vm, info, osr_only)
            .map(|a| (a, std::mem::take(&mut self.built_osr)));
        self.note_result(vm, info, result)
    }

    fn submit(&mut self, vm: &mut Vm, info: &'static FuncInfo, osr_only: bool) -> Submitted {
        let o = &self.options;
        if o.background && !o.print_clif && !o.print_asm && o.target.is_none() {
            match self.submit_entry(vm, info, osr_only) {
                Some(Ok(())) => return Submitted::Queued,
                Some(Err(e)) => return Submitted::Done(self.note_result(vm, info, Err(e))),
                None => {}
            }
        }
        Submitted::Done(self.compile(vm, info, osr_only))
    }

    fn poll(&mut self, vm: &mut Vm) -> Vec<Finished> {
        let mut out = Vec::new();
        while let Some(worker) = self.worker.as_mut() {
            let done = match worker.try_take() {
                Ok(Some(d)) => d,
                Ok(None) => break,
                Err(()) => {
                    // The thread died: what it had will never come.
                    self.worker = None;
                    for p in std::mem::take(&mut self.pending) {
                        let r = self.note_result(
                            vm,
                            p.info,
                            Err(CompileError::Codegen("the compiling thread stopped".into())),
                        );
                        out.push(p.finished(r));
                    }
                    break;
                }
            };
            self.stats.compile_time += done.time;
            if self.spare_funcs.len() < MAX_SPARE_FUNCS {
                self.spare_funcs.push(done.spare);
            }
            if done.tier == background::Tier::Upgrade {
                // Better code for a function running fast code: it takes
                // the place of that code where that is still installed.
                let Some(at) = self.upgrading.iter().position(|u| u.0.id == done.id) else {
                    continue;
                };
                let (p, fast) = self.upgrading.swap_remove(at);
                if let Ok((bytes, align)) = done.code
                    && let Ok(r) = self.install(&p, &bytes, align)
                {
                    self.stats.upgraded += 1;
                    let mut f = p.finished(Some(r));
                    f.replaces = fast;
                    out.push(f);
                }
                continue;
            }
            let Some(at) = self.pending.iter().position(|p| p.id == done.id) else {
                continue;
            };
            let p = self.pending.swap_remove(at);
            let fast = done.tier == background::Tier::Fast;
            let result = match done.code {
                Ok((bytes, align)) => self.install(&p, &bytes, align),
                Err(e) => Err(e),
            };
            let result = self.note_result(vm, p.info, result);
            if fast && let Some((e, _)) = &result {
                self.upgrading.push((p.clone(), *e));
            }
            out.push(p.finished(result));
        }
        out
    }

    fn stats(&self) -> String {
        let s = &self.stats;
        format!(
            "jit: {} functions compiled ({} upgraded), {} OSR entries, {} failed, {} calls inlined ({} abandoned), {} bytes of code, {:.1} ms building CLIF, {:.1} ms in Cranelift",
            s.compiled,
            s.upgraded,
            s.osr_entries,
            s.failed,
            s.inlined,
            s.inline_abandoned,
            s.code_bytes,
            s.build_time.as_secs_f64() * 1000.0,
            s.compile_time.as_secs_f64() * 1000.0
        )
    }
}

/// Flushes a perf map's buffered lines (for tests).
pub fn flush() {
    let _ = std::io::stdout().flush();
}
