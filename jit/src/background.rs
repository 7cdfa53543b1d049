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
    pub fn spawn(isa: OwnedTargetIsa) -> Option<Worker> {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        std::thread::Builder::new()
            .name("protojit-compile".into())
            .stack_size(64 << 20)
            .spawn(move || run(isa, job_rx, done_tx))
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
                self.in_flight -= 1;
                Ok(Some(d))
            }
            Err(TryRecvError::Empty) => Ok(None),
            Err(TryRecvError::Disconnected) => Err(()),
        }
    }
}

fn run(isa: OwnedTargetIsa, jobs: Receiver<Job>, done: Sender<Done>) {
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
        let start = Instant::now();
        ctx.clear();
        ctx.func = job.func;
        let code = match ctx.compile(&*isa, &mut ControlPlane::default()) {
            Ok(c) if c.buffer.relocs().is_empty() => {
                Ok((c.code_buffer().to_vec(), u64::from(c.buffer.alignment)))
            }
            Ok(_) => Err(CompileError::Codegen(
                "the code needs relocations".to_string(),
            )),
            Err(e) => Err(crate::codegen_error(e.inner)),
        };
        let d = Done {
            id: job.id,
            code,
            time: start.elapsed(),
        };
        if done.send(d).is_err() {
            return;
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
