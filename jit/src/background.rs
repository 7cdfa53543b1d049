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
//!
//! That takes a core beside the VM thread's and this thread's: with two,
//! every job is compiled once, fully optimised. Fast code saves a fifth
//! of a job's compile time but doubles the work, and on two cores the
//! upgrades then run in the slices the scheduler still gives a nice-19
//! thread, taken from the first-tier jobs the program waits for (parser:
//! all its code optimised at 55 ms instead of 120 ms).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// The job's function, cleared: its vectors keep their capacity for
    /// the next function the VM thread builds.
    pub spare: clif::Function,
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
    /// Counts the results sent back (and the compiling threads gone), so
    /// that polling, which the interpreter does at every call of a
    /// function waiting for its code, reads one shared word until
    /// something has come instead of the channel's state.
    ready: Arc<AtomicUsize>,
    /// `ready` when the channel was last found empty.
    drained_at: usize,
    /// Jobs sent and not received back.
    pub in_flight: usize,
}

/// The sending end of the results, which counts what it sends.
#[derive(Clone)]
struct DoneSender {
    tx: Sender<Done>,
    ready: Arc<AtomicUsize>,
}

impl DoneSender {
    fn send(&self, d: Done) -> bool {
        let sent = self.tx.send(d).is_ok();
        // After the send: whoever sees the new count finds the result.
        self.ready.fetch_add(1, Ordering::Release);
        sent
    }
}

impl Drop for DoneSender {
    /// A thread that stops (or panics) makes the VM look at the channel,
    /// which then tells it whether every sender is gone.
    fn drop(&mut self) {
        self.ready.fetch_add(1, Ordering::Release);
    }
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
        let (tx, done) = channel::<Done>();
        let ready = Arc::new(AtomicUsize::new(0));
        let done_tx = DoneSender {
            tx,
            ready: ready.clone(),
        };
        std::thread::Builder::new()
            .name("protojit-compile".into())
            .stack_size(64 << 20)
            .spawn(move || run(isa, fast_isa, fast_first, job_rx, done_tx))
            .ok()?;
        Some(Worker {
            jobs,
            done,
            ready,
            drained_at: 0,
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
        let ready = self.ready.load(Ordering::Acquire);
        if ready == self.drained_at {
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
            Err(TryRecvError::Empty) => {
                self.drained_at = ready;
                Ok(None)
            }
            Err(TryRecvError::Disconnected) => Err(()),
        }
    }
}

fn run(
    isa: OwnedTargetIsa,
    fast_isa: OwnedTargetIsa,
    fast_first: bool,
    jobs: Receiver<Job>,
    done: DoneSender,
) {
    // Upgrades go to a thread of their own at the lowest priority, so they
    // use a core nothing else wants and never delay the program or the
    // jobs it waits for (on a machine shared with other work, too). That
    // core must exist: beside the VM thread and this one, a third.
    let (upgrades, upgrade_rx) = channel::<Job>();
    let (upgrade_isa, upgrade_done) = (isa.clone(), done.clone());
    let two_tiers = fast_first || cores() > 2;
    let upgrader = two_tiers
        .then(|| {
            std::thread::Builder::new()
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
                        if !upgrade_done.send(d) {
                            return;
                        }
                    }
                })
                .ok()
        })
        .flatten();
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
        let again = fast.then(|| Job {
            id: job.id,
            func: job.func.clone(),
        });
        let d = if fast {
            compile(&mut ctx, &*fast_isa, job, Tier::Fast)
        } else {
            compile(&mut ctx, &*isa, job, Tier::Optimized)
        };
        // A failure is final: no upgrade follows it.
        let again = again.filter(|_| d.code.is_ok());
        let d = match (fast, &again) {
            (true, None) => Done {
                tier: Tier::Optimized,
                ..d
            },
            _ => d,
        };
        // The fast code goes back before its upgrade is queued: the
        // upgrade replaces the fast code where it is installed, so it must
        // not overtake it.
        if !done.send(d) {
            return;
        }
        if let Some(job) = again
            && let Err(lost) = upgrades.send(job)
        {
            // The upgrading thread is gone: the fast code stays, and the
            // job ends with an upgrade that failed.
            let d = Done {
                id: lost.0.id,
                spare: clif::Function::new(),
                code: Err(CompileError::Codegen("the upgrading thread stopped".into())),
                time: Duration::ZERO,
                tier: Tier::Upgrade,
            };
            if !done.send(d) {
                return;
            }
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
    let mut spare = std::mem::replace(&mut ctx.func, clif::Function::new());
    spare.clear();
    Done {
        id: job.id,
        spare,
        code,
        time: start.elapsed(),
        tier,
    }
}

/// The cores this process may run on.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{AbiParam, InstBuilder, types::I64};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
    use std::time::Duration;

    /// `fn(x: i64) -> i64 { x + 1 }` in CLIF.
    fn job(id: u64, isa: &dyn cranelift_codegen::isa::TargetIsa) -> Job {
        let mut func = clif::Function::new();
        func.signature.call_conv = isa.default_call_conv();
        func.signature.params.push(AbiParam::new(I64));
        func.signature.returns.push(AbiParam::new(I64));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        b.seal_block(block);
        let x = b.block_params(block)[0];
        let r = b.ins().iadd_imm_s(x, 1);
        b.ins().return_(&[r]);
        b.finalize(isa.frontend_config());
        Job { id, func }
    }

    /// Polls `w` until a result comes (or ten seconds pass).
    fn take(w: &mut Worker) -> Result<Option<Done>, ()> {
        for _ in 0..10_000 {
            match w.try_take() {
                Ok(None) => std::thread::sleep(Duration::from_millis(1)),
                r => return r,
            }
        }
        Ok(None)
    }

    fn spawn(fast_first: bool) -> Worker {
        let isa = crate::isa_for(None, true).unwrap();
        let fast = crate::isa_at(None, true, "none").unwrap();
        Worker::spawn(isa, fast, fast_first).unwrap()
    }

    #[test]
    fn results_come_back_with_the_function_cleared_for_reuse() {
        let mut w = spawn(false);
        assert!(matches!(w.try_take(), Ok(None)), "nothing in flight");
        let isa = crate::isa_for(None, true).unwrap();
        for id in 1..=3 {
            assert!(w.send(job(id, &*isa)));
        }
        let mut ids = Vec::new();
        while ids.len() < 3 {
            let d = take(&mut w).unwrap().expect("a result within ten seconds");
            assert!(d.code.is_ok());
            assert_eq!(d.spare.dfg.num_insts(), 0, "the function is cleared");
            assert_eq!(d.spare.layout.blocks().count(), 0);
            if d.tier != Tier::Fast {
                ids.push(d.id);
            }
        }
        ids.sort();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(w.in_flight, 0);
        assert!(matches!(w.try_take(), Ok(None)));
    }

    #[test]
    fn fast_first_code_is_followed_by_its_upgrade() {
        let mut w = spawn(true);
        let isa = crate::isa_for(None, true).unwrap();
        assert!(w.send(job(7, &*isa)));
        let first = take(&mut w).unwrap().unwrap();
        assert_eq!((first.id, first.tier), (7, Tier::Fast));
        assert_eq!(w.in_flight, 1, "in flight until the upgrade is back");
        let second = take(&mut w).unwrap().unwrap();
        assert_eq!((second.id, second.tier), (7, Tier::Upgrade));
        assert_eq!(w.in_flight, 0);
    }

    #[test]
    fn a_stopped_thread_is_noticed_with_jobs_in_flight() {
        let mut w = spawn(false);
        // Closing the job channel stops the thread; its result sender is
        // dropped, which must wake the poll although nothing was sent.
        w.jobs = channel::<Job>().0;
        w.in_flight = 1;
        assert!(take(&mut w).is_err());
    }
}
