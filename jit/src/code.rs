//! Executable memory for compiled functions.
//!
//! Code goes into large regions, one function after another. On Linux a
//! region is a memory file mapped twice, as JavaScriptCore and V8 do where
//! they can: a writable view the installer copies into and an executable
//! view the program runs, so no page is ever writable and executable at the
//! same address, and installing costs no system call. (One mapping per
//! function, made executable with `mprotect`, took 85 `mmap`s and 85
//! `mprotect`s for parser, each of the latter a TLB shootdown across
//! cores, and put every function on pages of its own.) Elsewhere, when
//! the memory file cannot be made, or for `--perf-map` (perf names code
//! from the map only in anonymous memory), a region is mapped once and
//! its pages are made writable just while code is copied in.
//!
//! Code is never freed or moved: addresses handed out stay valid as long as
//! the process (as cranelift-jit's memory did).

use crate::CompileError;

/// The size of a region (more for a bigger function).
const REGION_SIZE: usize = 4 << 20;

struct Region {
    /// Where the code is written (the executable view itself when the
    /// region is mapped once).
    write: *mut u8,
    /// Where the code runs.
    exec: *const u8,
    len: usize,
    used: usize,
    /// One mapping: pages are made writable while code is copied in.
    single: bool,
}

/// The code memory of a `Jit`.
pub struct CodeSpace {
    regions: Vec<Region>,
    /// Map regions twice where the system allows it.
    twice: bool,
}

impl CodeSpace {
    /// Code memory; `twice` maps regions twice where the system allows it
    /// (else once, as `--perf-map` wants).
    pub fn new(twice: bool) -> CodeSpace {
        CodeSpace {
            regions: Vec::new(),
            twice,
        }
    }

    /// Copies `bytes` (code that needs no relocation) into executable
    /// memory at an address aligned to `align`; returns that address.
    pub fn install(&mut self, bytes: &[u8], align: u64) -> Result<usize, CompileError> {
        let align = (align as usize).max(16);
        let fits = |r: &Region| r.used.next_multiple_of(align) + bytes.len() <= r.len;
        if !self.regions.last().is_some_and(fits) {
            let len = REGION_SIZE.max(bytes.len().next_multiple_of(page_size()));
            self.regions.push(map_region(len, self.twice)?);
        }
        let r = self.regions.last_mut().expect("a region");
        let at = r.used.next_multiple_of(align);
        // SAFETY: `at + bytes.len()` is within the region's `len` bytes, past
        // the code installed so far (nothing runs there yet); the writable
        // view maps the same memory as the executable one.
        unsafe {
            let dst = r.write.add(at);
            if r.single {
                protect_pages(dst, bytes.len(), libc::PROT_READ | libc::PROT_WRITE)?;
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
            if r.single {
                protect_pages(dst, bytes.len(), libc::PROT_READ | libc::PROT_EXEC)?;
            }
            let exec = r.exec.add(at);
            wasmtime_internal_jit_icache_coherence::clear_cache(exec.cast(), bytes.len())
                .map_err(|e| CompileError::Codegen(format!("clearing the icache: {e}")))?;
            wasmtime_internal_jit_icache_coherence::pipeline_flush_mt()
                .map_err(|e| CompileError::Codegen(format!("flushing the pipeline: {e}")))?;
            r.used = at + bytes.len();
            Ok(exec as usize)
        }
    }
}

fn page_size() -> usize {
    // SAFETY: `sysconf` reads a system constant.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(p).ok().filter(|&p| p > 0).unwrap_or(4096)
}

fn os_error(what: &str) -> CompileError {
    CompileError::Codegen(format!("{what}: {}", std::io::Error::last_os_error()))
}

/// A new region of `len` bytes (a multiple of the page size), mapped
/// twice if `twice` and the system allows it.
fn map_region(len: usize, twice: bool) -> Result<Region, CompileError> {
    #[cfg(target_os = "linux")]
    if twice && let Some(r) = map_twice(len) {
        return Ok(r);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = twice;
    // SAFETY: an anonymous private mapping touches no existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_EXEC,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err(os_error("mapping code memory"));
    }
    Ok(Region {
        write: p.cast(),
        exec: p.cast(),
        len,
        used: 0,
        single: true,
    })
}

/// A region mapped twice from a memory file, writable and executable; None
/// when the system does not allow it.
#[cfg(target_os = "linux")]
fn map_twice(len: usize) -> Option<Region> {
    // SAFETY: the name is a NUL-terminated string; the calls create and
    // map a new file and touch no existing memory; the descriptor is
    // closed on every path (the mappings keep the file).
    unsafe {
        let fd = libc::memfd_create(c"protojit-code".as_ptr(), libc::MFD_CLOEXEC);
        if fd < 0 {
            return None;
        }
        let map = |prot| libc::mmap(std::ptr::null_mut(), len, prot, libc::MAP_SHARED, fd, 0);
        let mut write = libc::MAP_FAILED;
        let mut exec = libc::MAP_FAILED;
        if libc::ftruncate(fd, len as libc::off_t) == 0 {
            write = map(libc::PROT_READ | libc::PROT_WRITE);
            exec = map(libc::PROT_READ | libc::PROT_EXEC);
        }
        libc::close(fd);
        if write == libc::MAP_FAILED || exec == libc::MAP_FAILED {
            for p in [write, exec] {
                if p != libc::MAP_FAILED {
                    libc::munmap(p, len);
                }
            }
            return None;
        }
        Some(Region {
            write: write.cast(),
            exec: exec.cast(),
            len,
            used: 0,
            single: false,
        })
    }
}

/// Gives the pages holding `len` bytes at `p` protection `prot`.
///
/// # Safety
/// The pages belong to a region of ours, and no code on them runs while
/// they are writable.
unsafe fn protect_pages(p: *mut u8, len: usize, prot: libc::c_int) -> Result<(), CompileError> {
    let page = page_size();
    let start = p as usize & !(page - 1);
    let end = (p as usize + len).next_multiple_of(page);
    // SAFETY: the caller's contract.
    if unsafe { libc::mprotect(start as *mut libc::c_void, end - start, prot) } != 0 {
        return Err(os_error("protecting code memory"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::control::ControlPlane;
    use cranelift_codegen::ir::{AbiParam, InstBuilder, types::I64};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// Machine code of `fn(x: i64) -> i64 { x + k }` for the host.
    fn add_k(k: i64) -> (Vec<u8>, u64) {
        let isa = crate::isa_for(None, true).unwrap();
        let mut ctx = cranelift_codegen::Context::new();
        ctx.func.signature.call_conv = isa.default_call_conv();
        ctx.func.signature.params.push(AbiParam::new(I64));
        ctx.func.signature.returns.push(AbiParam::new(I64));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        b.seal_block(block);
        let x = b.block_params(block)[0];
        let r = b.ins().iadd_imm_s(x, k);
        b.ins().return_(&[r]);
        b.finalize(isa.frontend_config());
        let c = ctx.compile(&*isa, &mut ControlPlane::default()).unwrap();
        let (bytes, align) = crate::machine_code(c).unwrap();
        (bytes.to_vec(), align)
    }

    fn installs_packed_runnable_code(twice: bool) {
        let mut space = CodeSpace::new(twice);
        let mut addrs = Vec::new();
        for k in 1..=50 {
            let (bytes, align) = add_k(k);
            let at = space.install(&bytes, align).unwrap();
            assert_eq!(at % (align as usize).max(16), 0);
            addrs.push(at);
        }
        // One region, one function after another.
        assert_eq!(space.regions.len(), 1);
        assert!(addrs.windows(2).all(|w| w[0] < w[1] && w[1] - w[0] < 256));
        for (k, &at) in (1..).zip(&addrs) {
            // SAFETY: `at` is the entry of `add_k(k)`'s code, installed
            // above with the host's default calling convention.
            let f: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(at) };
            assert_eq!(f(100), 100 + k);
        }
    }

    #[test]
    fn installs_packed_runnable_code_mapped_twice() {
        installs_packed_runnable_code(true);
    }

    #[test]
    fn installs_packed_runnable_code_mapped_once() {
        installs_packed_runnable_code(false);
    }

    #[test]
    fn a_function_bigger_than_a_region_gets_one_of_its_own() {
        let mut space = CodeSpace::new(true);
        let (small, align) = add_k(1);
        space.install(&small, align).unwrap();
        // Not code that runs: only where it goes.
        let big = vec![0u8; REGION_SIZE + 1];
        let at = space.install(&big, 16).unwrap();
        assert_eq!(space.regions.len(), 2);
        assert!(space.regions[1].len >= big.len());
        assert_eq!(at, space.regions[1].exec as usize);
    }
}
