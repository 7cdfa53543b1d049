//! The VM: the heap, the atom table, the realm's intrinsics, the value
//! stack and everything else one running program needs. Every runtime
//! function takes `&mut Vm`; every allocation goes through it, so a
//! collection can find every root.

use std::io::Write;

use rustc_hash::FxHashMap;

use crate::heap::{CellHeader, Heap};
use crate::ic::MegaCache;
use crate::interp::{FuncInfo, LoadedModule};
use crate::object::*;
use crate::realm::Realm;
use crate::stack::{FrameStack, ValueStack};
use crate::string::{Atom, AtomTable, StrRef, init_string, string_cell_size};
use crate::value::Value;

/// A JS exception in flight: the thrown value.
#[derive(Clone, Copy, Debug)]
pub struct Thrown(pub Value);

pub type JsResult<T> = Result<T, Thrown>;

/// Run-time options (from the command line).
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Collect at every allocation.
    pub gc_stress: bool,
    /// Print IC statistics at exit.
    pub stats: bool,
}

/// Per-prototype bookkeeping for validity cells (see `shape.rs`).
#[derive(Default, Debug)]
pub struct ProtoInfo {
    pub cell: Option<CellRef>,
    /// Prototypes whose chain runs through this object and that hold a
    /// registration here (weak).
    pub users: Vec<ObjRef>,
    /// The prototype this object registered with, if any.
    pub registered_with: Option<ObjRef>,
}

/// One interpreter activation: where it runs, its registers and inputs.
/// Records live in `Vm::frames`, which never reallocates, so the
/// interpreter addresses the running one by pointer; stack traces read
/// `info` and `pc`; the collector traces the values.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct FrameRecord {
    pub info: *const FuncInfo,
    /// Index of the running instruction.
    pub pc: u32,
    /// For a frame entered inside the interpreter loop: the caller's
    /// register for the result.
    pub ret: u32,
    pub code: *const crate::interp::Code,
    pub regs: *mut Value,
    pub args_base: u32,
    pub argc: u32,
    pub this: Value,
    pub callee: ObjRef,
    pub new_target: Value,
    /// For a base constructor entered by `new` inside the loop: the object
    /// `new` created (returned when the body returns a non-object); the
    /// hole otherwise.
    pub construct_this: Value,
}

/// Counters for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub ic_hits: u64,
    pub ic_misses: u64,
    pub calls: u64,
    /// Native frames given back to the interpreter by a failed guard.
    pub deopts: u64,
    /// Those of them that kept the function's code (`DeoptReason::keeps_code`).
    pub soft_deopts: u64,
}

/// Compiles source text to IR for `eval` and the `Function` constructor:
/// `(source, file name)` to a module whose script returns its completion
/// value, or a SyntaxError message. The runtime does not depend on the
/// frontend; the embedder (the `protojit` binary) installs this.
pub type CompileHook = Box<dyn Fn(&str, &str) -> Result<ir::Module, String>>;

/// Depth of JS calls at which `RangeError: Maximum call stack size exceeded` is thrown.
pub const MAX_CALL_DEPTH: usize = 10_000;

pub struct Vm {
    pub heap: Heap,
    pub atoms: AtomTable,
    pub realm: Realm,
    pub stack: ValueStack,
    pub frames: FrameStack,
    /// Values Rust code keeps across allocations outside the native stack.
    pub roots: Vec<Value>,
    pub modules: Vec<&'static LoadedModule>,
    pub proto_infos: FxHashMap<ObjRef, ProtoInfo>,
    /// Initial shapes by (prototype address or 0, class, inline capacity).
    pub root_shapes: FxHashMap<(usize, u8, u8), ShapeRef>,
    /// Shapes with outgoing transitions (their tables are weak).
    pub transition_owners: Vec<ShapeRef>,
    pub mega: MegaCache,
    pub options: VmOptions,
    /// Highest native stack address of the running script (stack base).
    pub native_stack_base: usize,
    /// Lowest native stack address JS may use before a RangeError.
    pub native_stack_limit: usize,
    /// Buffered standard output.
    pub out: Vec<u8>,
    pub stats: Stats,
    /// Strings for single UTF-16 code units below 256: atoms, filled at
    /// start-up and never changed after (native code reads the table).
    pub char_strings: Vec<Value>,
    pub empty_string: Value,
    /// Some prototype object has (or had) indexed properties: element
    /// fast paths must then look up holes along the chain.
    pub indexed_protos: bool,
    /// Arrays being joined (cycle detection in `Array.prototype.join`).
    pub join_stack: Vec<ObjRef>,
    /// State of `Math.random`.
    pub random_state: u64,
    /// Where the last `throw` statement ran (function, instruction).
    pub last_throw: Option<(*const FuncInfo, u32)>,
    /// Compiles code at run time (see `CompileHook`).
    pub compiler: Option<CompileHook>,
    /// The exception native code and runtime helpers report by returning
    /// `layout::EXCEPTION` (a root; undefined when none is pending).
    pub pending_exception: Value,
    /// The native-code tier, when enabled.
    pub jit: Option<Box<dyn JitBackend>>,
    /// Calls before a function is compiled (0: at the first call).
    pub jit_threshold: u32,
    /// Loop back-edges in one activation before it enters native code.
    pub osr_threshold: u32,
    /// Print one line per tier-up to stderr (`--trace-tier`).
    pub trace_tier: bool,
    /// Print one line per deopt to stderr (`--trace-deopt`).
    pub trace_deopt: bool,
    /// The loop header an OSR entry starts at (IR block index), set by the
    /// interpreter just before it calls the function's OSR code, which
    /// dispatches on it (`layout::VM_OSR_BLOCK`).
    pub osr_block: u32,
    /// `Object.create`'s last prototype (value bits, 0 for none) and the
    /// shape it gave, of `builtins::object::CREATE_CAP` inline slots.
    /// Native code reads it (`layout::VM_CREATE_PROTO`, `VM_CREATE_SHAPE`).
    /// Not traced: every collection clears it.
    pub create_cache: (u64, usize),
}

/// The native-code tier, seen from the runtime (implemented by the `jit`
/// crate, which depends on the runtime, not the other way round).
/// What [`JitBackend::submit`] did.
pub enum Submitted {
    /// Compiling in the background.
    Queued,
    /// Compiled (or not) already.
    Done(Option<(usize, Vec<u32>)>),
}

/// A background compilation that finished.
pub struct Finished {
    pub info: &'static FuncInfo,
    pub osr_only: bool,
    /// `FuncInfo::compile_gen` when the compilation started: a deopt since
    /// then makes the code stale (built from older feedback).
    pub generation: u32,
    /// The entry and OSR headers, as `JitBackend::compile` returns them.
    pub result: Option<(usize, Vec<u32>)>,
    /// Non-zero for better code of the same compilation: the entry of the
    /// code it replaces wherever that is still installed.
    pub replaces: usize,
}

pub trait JitBackend {
    /// Compiles `info`; None when it cannot be compiled (it stays in the
    /// interpreter). The code is entered at calls (the frame record's pc
    /// at 0) and by OSR from an activation running in the interpreter, at
    /// any of the returned loop headers (IR block indices): the record's pc
    /// at the header's, the header in `Vm::osr_block`. With `osr_only`, the
    /// code has no entry for calls and covers only what the loop headers
    /// reach (for a function run once, like a script's top level).
    fn compile(
        &mut self,
        vm: &mut Vm,
        info: &'static FuncInfo,
        osr_only: bool,
    ) -> Option<(usize, Vec<u32>)>;
    /// Starts compiling `info` as `compile` would, but on a background
    /// thread when the backend has one: `Queued` (the result comes from
    /// `poll`), else the result, as `compile` gives it.
    fn submit(&mut self, vm: &mut Vm, info: &'static FuncInfo, osr_only: bool) -> Submitted {
        Submitted::Done(self.compile(vm, info, osr_only))
    }
    /// The background compilations that finished since the last call, their
    /// code ready to run.
    fn poll(&mut self, _vm: &mut Vm) -> Vec<Finished> {
        Vec::new()
    }
    /// Counters for `--stats`.
    fn stats(&self) -> String;
}

impl Vm {
    pub fn new(options: VmOptions) -> Box<Vm> {
        let mut heap = Heap::new();
        heap.stress = false;
        let mut vm = Box::new(Vm {
            heap,
            atoms: AtomTable::default(),
            realm: Realm::placeholder(),
            stack: ValueStack::new(),
            frames: FrameStack::new(MAX_CALL_DEPTH + 1),
            roots: Vec::new(),
            modules: Vec::new(),
            proto_infos: FxHashMap::default(),
            root_shapes: FxHashMap::default(),
            transition_owners: Vec::new(),
            mega: MegaCache::new(),
            options: options.clone(),
            native_stack_base: 0,
            native_stack_limit: 0,
            osr_block: 0,
            create_cache: (0, 0),
            out: Vec::with_capacity(1 << 16),
            stats: Stats::default(),
            char_strings: Vec::new(),
            empty_string: Value::UNDEFINED,
            indexed_protos: false,
            join_stack: Vec::new(),
            random_state: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64)
                | 1,
            last_throw: None,
            compiler: None,
            pending_exception: Value::UNDEFINED,
            jit: None,
            jit_threshold: 1000,
            osr_threshold: 1000,
            trace_tier: false,
            trace_deopt: false,
        });
        vm.mark_native_stack_base();
        crate::atoms::init_predefined(&mut vm);
        // The empty and one-unit strings are atoms, like the literals they
        // are compared with: `===` on two atoms is identity.
        let a = vm.intern(&[]);
        vm.empty_string = vm.atom_string(a).value();
        for c in 0..256u16 {
            let a = vm.intern(&[c]);
            let s = vm.atom_string(a).value();
            vm.char_strings.push(s);
        }
        crate::realm::init(&mut vm);
        vm.heap.stress = options.gc_stress;
        vm
    }

    /// Records the current native stack position as the base for stack
    /// scanning and sets the depth limit below it. Call from the outermost
    /// frame that runs JS.
    #[inline(never)]
    pub fn mark_native_stack_base(&mut self) {
        let here = 0usize;
        let addr = std::hint::black_box(&here) as *const usize as usize;
        // A little headroom above this frame for the caller's locals.
        let base = addr + 4096;
        if self.native_stack_base == 0 || base > self.native_stack_base {
            self.native_stack_base = base;
        }
        let size = crate::NATIVE_STACK_SIZE;
        self.native_stack_limit = self.native_stack_base.saturating_sub(size - (1 << 20));
    }

    // ---------------------------------------------------------------- allocation

    /// Allocates a cell of `size` bytes, collecting first if the budget is
    /// spent. The memory is zeroed; initialise it before allocating again.
    #[inline]
    pub fn alloc_cell(&mut self, size: usize) -> *mut CellHeader {
        if self.heap.wants_gc(size) {
            self.collect_garbage();
        }
        self.heap.alloc_raw(size)
    }

    /// A collection; then the code finished on the JIT's thread is
    /// installed. That happens when the interpreter calls a function
    /// waiting for its code too, but better code for functions already
    /// running native code (upgrades) would wait for that forever in a
    /// program no longer interpreted.
    #[cold]
    #[inline(never)]
    fn collect_garbage(&mut self) {
        crate::gc::collect(self);
        crate::interp::install_finished(self);
    }

    pub fn new_string(&mut self, units: &[u16]) -> StrRef {
        let cell = self.alloc_cell(string_cell_size(units.len()));
        // SAFETY: a fresh allocation of the size `init_string` needs.
        unsafe { init_string(cell, units) }
    }

    /// A new string of `a` then `b` (both stay alive across the
    /// allocation: the collector scans the native stack and never moves
    /// cells).
    pub fn new_string_concat(&mut self, a: StrRef, b: StrRef) -> StrRef {
        let cell = self.alloc_cell(string_cell_size(a.len() + b.len()));
        // SAFETY: a fresh allocation of the size both parts need.
        unsafe { crate::string::init_string_parts(cell, &[a.units(), b.units()]) }
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.string_value(&units)
    }

    /// A string value, sharing the cached one-unit strings.
    pub fn string_value(&mut self, units: &[u16]) -> Value {
        match units {
            [] => self.empty_string,
            [c] if *c < 256 => self.char_strings[*c as usize],
            _ => self.new_string(units).value(),
        }
    }

    /// A new object of `class` with `shape` (its class and capacity decide the size).
    pub fn new_object_with_shape(&mut self, shape: ShapeRef) -> ObjRef {
        let class = shape.class();
        let size = object_cell_size(class, shape.inline_cap() as usize);
        let cell = self.alloc_cell(size);
        // SAFETY: a fresh allocation sized for this class and shape.
        let obj = unsafe { init_object(cell, class, shape) };
        let n = shape.num_slots();
        if n > shape.inline_cap() as u32 {
            let bytes = obj.reserve_slots(n - shape.inline_cap() as u32);
            self.heap.note_external(bytes);
        }
        obj
    }

    /// How native code allocates an object of `shape` inline: the words
    /// `new_object_with_shape(shape)` would write, and the free list it
    /// would take the cell from. None when that cannot be done inline
    /// (large cells, out-of-line slots, `--gc-stress`).
    pub fn object_template(&mut self, shape: ShapeRef) -> Option<ObjectTemplate> {
        let class = shape.class();
        let size = object_cell_size(class, shape.inline_cap() as usize);
        if self.heap.stress || shape.num_slots() > shape.inline_cap() as u32 {
            return None;
        }
        let free_list = self.heap.free_list_head(size)?;
        // The words are read back from an object built in scratch memory
        // by the same `init_object`, so they cannot drift from it.
        let mut scratch = vec![0u64; size / 8];
        // SAFETY: `scratch` is zeroed, aligned for the header and `size`
        // bytes long, which is what `init_object` needs. The "object" is
        // never given out: only its words are copied.
        unsafe { init_object(scratch.as_mut_ptr() as *mut CellHeader, class, shape) };
        // Inline slots past the shape's are never read before the
        // transition that adds their property writes them (the collector
        // traces a shape's slots only): native code need not fill them.
        let used = shape.inline_offset() as usize + 8 * shape.num_slots() as usize;
        scratch.truncate(used.div_ceil(8));
        Some(ObjectTemplate {
            size,
            free_list,
            words: scratch,
        })
    }

    pub fn new_shape_cell(
        &mut self,
        class: Class,
        proto: Option<ObjRef>,
        inline_cap: u8,
        data: ShapeData,
    ) -> ShapeRef {
        let cell = self.alloc_cell(std::mem::size_of::<ShapeCell>());
        // SAFETY: a fresh allocation of a shape cell's size.
        unsafe { init_shape(cell, class, proto, inline_cap, data) }
    }

    pub fn new_env(&mut self, parent: Value, n: usize) -> EnvRef {
        let cell = self.alloc_cell(env_cell_size(n));
        // SAFETY: a fresh allocation of `env_cell_size(n)` bytes.
        unsafe { init_env(cell, parent, n) }
    }

    pub fn new_accessor(&mut self, getter: Value, setter: Value) -> AccessorRef {
        let cell = self.alloc_cell(std::mem::size_of::<AccessorCell>());
        // SAFETY: a fresh allocation of an accessor cell's size.
        unsafe { init_accessor(cell, getter, setter) }
    }

    pub fn new_validity_cell(&mut self) -> CellRef {
        let cell = self.alloc_cell(std::mem::size_of::<ValidityCell>());
        // SAFETY: a fresh allocation of a validity cell's size.
        unsafe { init_validity_cell(cell) }
    }

    // ---------------------------------------------------------------- atoms

    pub fn intern(&mut self, units: &[u16]) -> Atom {
        if let Some(a) = self.atoms.get(units) {
            return a;
        }
        let s = self.new_string(units);
        self.atoms.insert(s)
    }

    pub fn intern_str(&mut self, s: &str) -> Atom {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern(&units)
    }

    /// The atom of a string value, interning it if needed.
    pub fn intern_string(&mut self, s: StrRef) -> Atom {
        if let Some(id) = s.atom_id() {
            return Atom(id);
        }
        if let Some(a) = self.atoms.get(s.units()) {
            return a;
        }
        // Intern this very cell: it becomes immortal through the table.
        self.atoms.insert(s)
    }

    pub fn atom_string(&self, a: Atom) -> StrRef {
        self.atoms.string(a)
    }

    pub fn atom_value(&self, a: Atom) -> Value {
        self.atoms.string(a).value()
    }

    pub fn atom_text(&self, a: Atom) -> String {
        self.atoms.string(a).to_rust()
    }

    /// File, line and column of the last `throw` statement executed.
    pub fn last_throw_location(&self) -> Option<(String, u32, u32)> {
        let (info, pc) = self.last_throw?;
        let info = crate::interp::info_ref(info);
        let module = self.modules[info.module as usize];
        let (line, col) = module.position_of(info, pc);
        Some((module.file_name.clone(), line, col))
    }

    /// Takes the exception a helper or native code reported.
    pub fn take_pending_exception(&mut self) -> Thrown {
        Thrown(std::mem::replace(
            &mut self.pending_exception,
            Value::UNDEFINED,
        ))
    }

    /// Compiles and runs `source` as a global script; returns its
    /// completion value (indirect `eval`, the `Function` constructor).
    pub fn eval_source(&mut self, source: &str, file_name: &str) -> JsResult<Value> {
        let compiled = match &self.compiler {
            Some(compile) => compile(source, file_name),
            None => Err("unsupported: compiling code at run time (no compiler installed)".into()),
        };
        match compiled {
            Ok(module) => {
                let loaded = LoadedModule::load(self, module, file_name, source);
                crate::interp::run_module(self, loaded)
            }
            Err(message) => Err(self.syntax_error(&message)),
        }
    }

    // ---------------------------------------------------------------- output

    pub fn write_out(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
        if self.out.len() > 1 << 15 {
            self.flush_out();
        }
    }

    pub fn flush_out(&mut self) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(&self.out);
        let _ = stdout.flush();
        self.out.clear();
    }

    pub fn write_err(&mut self, bytes: &[u8]) {
        self.flush_out();
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(bytes);
        let _ = stderr.flush();
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_out();
        crate::gc::release_all(self);
    }
}

/// An object cell as native code writes it inline (see
/// [`Vm::object_template`]).
pub struct ObjectTemplate {
    /// The cell size, counted towards the collection budget.
    pub size: usize,
    /// The head of the free list the cell comes from.
    pub free_list: *mut *mut CellHeader,
    /// The words of the fresh cell native code writes, from offset 0:
    /// all but the inline slots past the shape's.
    pub words: Vec<u64>,
}
