//! Compiling on a background thread, as V8 and JavaScriptCore do: the VM
//! thread builds a function's CLIF (which reads the heap: feedback, caches,
//! shapes) and goes on interpreting; this thread runs Cranelift's pipeline
//! (optimisation, register allocation, emission), which needs nothing but
//! the CLIF, and hands back the machine code for the VM thread to install.
//!
//! The CLIF names every address it uses as a constant (helpers, cells,
//! caches), so the code has no relocations and the bytes are final. The
//! cells it embeds are rooted by the function (`FuncInfo::jit_roots`) from
//! the moment the CLIF is built, and the heap never moves a cell, so code
//! installed later is as valid as code installed at once; what may have
//! changed meanwhile (feedback, shapes) is what its guards check anyway.
//!
//! A job taken while others wait is compiled without Cranelift's
//! optimisations (`Tier::Fast`: about a fifth less work, so warm-up code
//! reaches the program sooner), and its CLIF goes to a second thread at
//! the lowest priority, which compiles it again with them
//! (`Tier::Upgrade`) on a core nothing else wants; the VM puts that code
//! wherever the fast code's entry is still installed. Both come from the
//! same CLIF, so they share deopt points, OSR headers and roots.

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::CompileError;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir as clif;
use cranelift_codegen::isa::OwnedTargetIsa;

/// A function to compile.
pub struct Job {
    pub id: u64,
    pub func: clif::Function,
}

/// A compiled function: its code and alignment, or why it failed.
pub struct Done {
    pub id: u64,
    pub code: Result<(Vec<u8>, u64), CompileError>,
    pub time: Duration,
    /// How the code was made: `Fast` code will be followed by an
    /// `Upgrade` of the same job (unless the thread stops first).
    pub tier: Tier,
}

/// The optimisation level of a job's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Cranelift's full pipeline (`opt_level=speed`), the only time.
    Optimized,
    /// Without Cranelift's optimisations (`opt_level=none`), made while
    /// other jobs waited: about a fifth less compile time, and the code
    /// reaches the program sooner.
    Fast,
    /// The same job again with the full pipeline, made on the upgrading
    /// thread (lowest priority): it replaces the `Fast` code.
    Upgrade,
}

/// The compiling thread and the channels to it.
pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// Jobs sent and not received back.
    pub in_flight: usize,
}

impl Worker {
    /// Starts the thread; None if it cannot be started (the caller then
    /// compiles on its own thread).
    /// With `fast_first`, every job is compiled fast and then upgraded.
    pub fn spawn(
        isa: OwnedTargetIsa,
        fast_isa: OwnedTargetIsa,
        fast_first: bool,
    ) -> Option<Worker> {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        std::thread::Builder::new()
            .name("protojit-compile".into())
            .stack_size(64 << 20)
            .spawn(move || run(isa, fast_isa, fast_first, job_rx, done_tx))
            .ok()?;
        Some(Worker {
            jobs,
            done,
            in_flight: 0,
        })
    }

    /// Queues a job; false if the thread is gone.
    pub fn send(&mut self, job: Job) -> bool {
        let sent = self.jobs.send(job).is_ok();
        self.in_flight += usize::from(sent);
        sent
    }

    /// A finished job, if one is ready; `Err` when the thread has died with
    /// jobs in flight (they never finish).
    pub fn try_take(&mut self) -> Result<Option<Done>, ()> {
        if self.in_flight == 0 {
            return Ok(None);
        }
        match self.done.try_recv() {
            Ok(d) => {
                // A job made fast is in flight until its upgrade is back.
                if d.tier != Tier::Fast {
                    self.in_flight -= 1;
                }
                Ok(Some(d))
            }
            Err(TryRecvError::Empty) => Ok(None),
            Err(TryRecvError::Disconnected) => Err(()),
        }
    }
}

fn run(
    isa: OwnedTargetIsa,
    fast_isa: OwnedTargetIsa,
    fast_first: bool,
    jobs: Receiver<Job>,
    done: Sender<Done>,
) {
    // Upgrades go to a thread of their own at the lowest priority, so they
    // use a core nothing else wants and never delay the program or the
    // jobs it waits for (on a machine shared with other work, too).
    let (upgrades, upgrade_rx) = channel::<Job>();
    let (upgrade_isa, upgrade_done) = (isa.clone(), done.clone());
    let upgrader = std::thread::Builder::new()
        .name("protojit-upgrade".into())
        .stack_size(64 << 20)
        .spawn(move || {
            // (`fast_first` is for tests, which want the upgrades soon.)
            if !fast_first {
                lower_priority();
            }
            let mut ctx = cranelift_codegen::Context::new();
            while let Ok(job) = upgrade_rx.recv() {
                let d = compile(&mut ctx, &*upgrade_isa, job, Tier::Upgrade);
                if upgrade_done.send(d).is_err() {
                    return;
                }
            }
        })
        .ok();
    let mut ctx = cranelift_codegen::Context::new();
    let mut queue: Vec<Job> = Vec::new();
    loop {
        if queue.is_empty() {
            match jobs.recv() {
                Ok(job) => queue.push(job),
                Err(_) => return,
            }
        }
        queue.extend(jobs.try_iter());
        let job = queue.swap_remove(next_job(&queue));
        // Others wait: make this one fast, and better later (when the
        // upgrading thread could be started).
        let fast = upgrader.is_some() && (fast_first || !queue.is_empty());
        let d = if fast {
            let again = Job {
                id: job.id,
                func: job.func.clone(),
            };
            let d = compile(&mut ctx, &*fast_isa, job, Tier::Fast);
            if d.code.is_ok() && upgrades.send(again).is_ok() {
                d
            } else {
                // No upgrade will follow: the code is final as it is.
                Done {
                    tier: Tier::Optimized,
                    ..d
                }
            }
        } else {
            compile(&mut ctx, &*isa, job, Tier::Optimized)
        };
        if done.send(d).is_err() {
            return;
        }
    }
}

/// Runs Cranelift's pipeline on `job` for `isa`.
fn compile(
    ctx: &mut cranelift_codegen::Context,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    job: Job,
    tier: Tier,
) -> Done {
    let start = Instant::now();
    ctx.clear();
    ctx.func = job.func;
    let code = match ctx.compile(isa, &mut ControlPlane::default()) {
        Ok(c) => crate::machine_code(c).map(|(bytes, align)| (bytes.to_vec(), align)),
        Err(e) => Err(crate::codegen_error(e.inner)),
    };
    Done {
        id: job.id,
        code,
        time: start.elapsed(),
        tier,
    }
}

/// Gives the calling thread the lowest scheduling priority (nice 19),
/// where the platform lets a thread do that.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        unsafe extern "C" {
            fn nice(inc: std::ffi::c_int) -> std::ffi::c_int;
        }
        // SAFETY: `nice` only changes the scheduling priority of the
        // calling thread (Linux applies it per thread); raising the nice
        // value needs no privilege, and a failure leaves it as it was.
        unsafe {
            nice(19);
        }
    }
}

/// Which queued job to compile next: the smallest (fewest CLIF
/// instructions), oldest first among equals. Compile time grows with size,
/// so shortest-first gets the most functions out of the interpreter soonest;
/// the big ones are typically drivers entered once through a loop (OSR),
/// while the small hot callees they call wait for their code.
fn next_job(queue: &[Job]) -> usize {
    (0..queue.len())
        .min_by_key(|&i| (queue[i].func.dfg.num_insts(), queue[i].id))
        .unwrap_or(0)
}
