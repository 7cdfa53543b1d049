//! What speculative code knows at a point, and what a deopt must save.
//!
//! Speculative lowering guards on the interpreter's feedback and leaves for
//! the interpreter (a deopt) when a guard fails, so after a guard the code
//! *knows* something: this value has that shape, the global object has
//! that shape, this global holds that value, this property of that object
//! holds that value. [`Facts`] records that knowledge while a block is
//! lowered; later sites use it to skip guards and loads. Anything that can
//! run arbitrary code (a call, a generic helper) forgets everything; a
//! store forgets what it may change. Facts flow from a block into a
//! successor that has no other predecessor (and is not a handler); a block
//! where paths merge knows what all its predecessors know at their ends
//! (nothing, while one of them is a loop's back edge not lowered yet).
//!
//! [`Liveness`] gives the values live at an instruction: a deopt exit
//! spills exactly those into the interpreter's registers.

/// Knowledge at a point of the code (see the module comment). Values are
/// canonical IR value indices (`Lowering::canon`).
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Value → the shape it has.
    pub shapes: Vec<(u32, u64)>,
    /// The shape the global object has.
    pub global_shape: Option<u64>,
    /// Global property key → the value it holds.
    pub globals: Vec<(u64, u32)>,
    /// (object, key) → the value its named property holds.
    pub props: Vec<(u32, u64, u32)>,
    /// (object, index) → the value its dense element holds (a load
    /// made it). Forgotten by any element store, any named store and
    /// anything that forgets all.
    pub elems: Vec<(u32, u32, u32)>,
    /// Validity cells known to be valid.
    pub cells: Vec<u64>,
    /// Prototype slots known to hold a constant (a method a call checked
    /// it found there), read through a cache entry of validity cell
    /// `cell`. Forgotten as `props` are (a store to `key`, anything that
    /// forgets all).
    pub slots: Vec<Slot>,
    /// Code values that hold what a prototype's slot held when they were
    /// loaded (as `slots`, `value` the code value's number): a callee check
    /// on one makes a slot fact while nothing has been forgotten since.
    pub loaded: Vec<Slot>,
    /// Values known to be int32s (a guard passed): an SSA value stays
    /// what it is, so no store or call forgets these.
    pub ints: Vec<u32>,
    /// Values known to be object cells (`OBJECT_KIND`) or primitives of a
    /// pseudo shape (the shape): permanent like `ints`, while an object's
    /// shape (`shapes`) may change under a call or a store.
    pub kinds: Vec<(u32, u64)>,
    /// Objects this code just allocated that no other code has seen yet,
    /// so none is a prototype (which a call may make one): forgotten by
    /// what forgets shapes.
    pub fresh: Vec<u32>,
}

/// A slot of a prototype (`holder`, at location `loc`, property `key`,
/// found through validity cell `cell`) and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub holder: u64,
    pub loc: u32,
    pub key: u64,
    pub cell: u64,
    pub value: u64,
}

/// The kind fact of a value known to be an object cell (no shape is 0).
pub const OBJECT_KIND: u64 = 0;

impl Facts {
    /// Forgets everything (what a call or a generic helper may change).
    pub fn clobber(&mut self) {
        self.shapes.clear();
        self.fresh.clear();
        self.global_shape = None;
        self.globals.clear();
        self.props.clear();
        self.elems.clear();
        self.cells.clear();
        self.slots.clear();
        self.loaded.clear();
    }
    pub fn is_int(&self, v: u32) -> bool {
        self.ints.contains(&v)
    }
    pub fn set_int(&mut self, v: u32) {
        if !self.is_int(v) {
            self.ints.push(v);
        }
    }
    pub fn shape_of(&self, v: u32) -> Option<u64> {
        self.shapes
            .iter()
            .chain(self.kinds.iter().filter(|k| k.1 != OBJECT_KIND))
            .find(|s| s.0 == v)
            .map(|s| s.1)
    }
    pub fn is_object(&self, v: u32) -> bool {
        self.kinds.contains(&(v, OBJECT_KIND))
    }
    /// Records that `v` is an object cell (`OBJECT_KIND`) or a primitive
    /// of pseudo shape `kind`.
    pub fn set_kind(&mut self, v: u32, kind: u64) {
        if !self.kinds.contains(&(v, kind)) {
            self.kinds.push((v, kind));
        }
    }
    pub fn set_fresh(&mut self, v: u32) {
        if !self.fresh.contains(&v) {
            self.fresh.push(v);
        }
    }
    pub fn set_shape(&mut self, v: u32, shape: u64) {
        self.shapes.retain(|s| s.0 != v);
        self.shapes.push((v, shape));
    }
    /// `shape` objects may have changed shape: no value known to have it
    /// keeps that knowledge (it may be the object that changed).
    pub fn forget_shape(&mut self, shape: u64) {
        self.shapes.retain(|s| s.1 != shape);
        if self.global_shape == Some(shape) {
            self.global_shape = None;
            self.globals.clear();
        }
    }
    pub fn global(&self, key: u64) -> Option<u32> {
        self.globals.iter().find(|g| g.0 == key).map(|g| g.1)
    }
    pub fn set_global(&mut self, key: u64, v: u32) {
        self.globals.retain(|g| g.0 != key);
        self.globals.push((key, v));
    }
    pub fn prop(&self, obj: u32, key: u64) -> Option<u32> {
        self.props
            .iter()
            .find(|p| p.0 == obj && p.1 == key)
            .map(|p| p.2)
    }
    /// A store to property `key` of some object: any object's `key` may
    /// have changed.
    pub fn forget_key(&mut self, key: u64) {
        self.forget_props(key);
        // A named store may be an array's `length`, which drops elements.
        self.elems.clear();
    }
    /// No object's property `key` is known any more (nor a prototype
    /// slot of that key).
    fn forget_props(&mut self, key: u64) {
        self.props.retain(|p| p.1 != key);
        self.slots.retain(|s| s.key != key);
        self.loaded.retain(|s| s.key != key);
    }
    /// The constant holder `holder`'s slot at `loc` is known to hold.
    pub fn slot(&self, holder: u64, loc: u32) -> Option<u64> {
        self.slots
            .iter()
            .find(|s| s.holder == holder && s.loc == loc)
            .map(|s| s.value)
    }
    pub fn set_slot(&mut self, slot: Slot) {
        self.slots
            .retain(|s| !(s.holder == slot.holder && s.loc == slot.loc));
        self.slots.push(slot);
    }
    /// Code value `value` was just loaded from `slot` (its `value` ignored).
    pub fn set_loaded(&mut self, slot: Slot, value: u64) {
        self.loaded.retain(|s| s.value != value);
        self.loaded.push(Slot { value, ..slot });
    }
    /// The slot code value `value` was loaded from, if nothing forgot that.
    pub fn loaded_from(&self, value: u64) -> Option<Slot> {
        self.loaded.iter().find(|s| s.value == value).copied()
    }
    /// The value element `index` of `obj` is known to hold.
    pub fn elem(&self, obj: u32, index: u32) -> Option<u32> {
        self.elems
            .iter()
            .find(|e| e.0 == obj && e.1 == index)
            .map(|e| e.2)
    }
    pub fn set_elem(&mut self, obj: u32, index: u32, v: u32) {
        if self.elem(obj, index).is_none() {
            self.elems.push((obj, index, v));
        }
    }
    /// `obj`'s property `key` holds `v` (loaded or stored: a store must
    /// `forget_key` first); any other object's `key` may be `obj`'s.
    pub fn set_prop(&mut self, obj: u32, key: u64, v: u32) {
        self.forget_props(key);
        self.props.push((obj, key, v));
    }
    /// How many facts this holds (a meet never adds any).
    pub fn count(&self) -> usize {
        self.shapes.len()
            + usize::from(self.global_shape.is_some())
            + self.globals.len()
            + self.props.len()
            + self.elems.len()
            + self.cells.len()
            + self.slots.len()
            + self.loaded.len()
            + self.ints.len()
            + self.kinds.len()
            + self.fresh.len()
    }
    /// Keeps what `other` knows too (where two paths merge). A fact that
    /// names a value holds on every path only as the same value, which
    /// then is defined where both paths pass, so it dominates the merge.
    pub fn meet(&mut self, other: &Facts) {
        self.shapes.retain(|s| other.shapes.contains(s));
        if self.global_shape != other.global_shape {
            self.global_shape = None;
        }
        self.globals.retain(|g| other.globals.contains(g));
        self.props.retain(|p| other.props.contains(p));
        self.elems.retain(|e| other.elems.contains(e));
        self.cells.retain(|c| other.cells.contains(c));
        self.slots.retain(|s| other.slots.contains(s));
        self.loaded.retain(|s| other.loaded.contains(s));
        self.ints.retain(|i| other.ints.contains(i));
        self.kinds.retain(|k| other.kinds.contains(k));
        self.fresh.retain(|f| other.fresh.contains(f));
    }
}

/// Values live at the end of each block of a function, as bit sets.
pub struct Liveness {
    words: usize,
    live_out: Vec<Vec<u64>>,
}

impl Liveness {
    pub fn new(f: &ir::Function) -> Liveness {
        let words = f.values.len().div_ceil(64);
        let nb = f.blocks.len();
        let mut gen_ = vec![vec![0u64; words]; nb];
        let mut kill = vec![vec![0u64; words]; nb];
        for b in 0..nb {
            let data = &f.blocks[b];
            for p in &data.params {
                set(&mut kill[b], p.index());
            }
            for &i in &data.insts {
                let d = f.inst(i);
                for a in d.uses() {
                    if !get(&kill[b], a.index()) {
                        set(&mut gen_[b], a.index());
                    }
                }
                if let Some(r) = d.result {
                    set(&mut kill[b], r.index());
                }
            }
        }
        let mut live_in = vec![vec![0u64; words]; nb];
        let mut live_out = vec![vec![0u64; words]; nb];
        let order: Vec<usize> = f.layout.iter().rev().map(|b| b.index()).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for &b in &order {
                let mut out = vec![0u64; words];
                for s in f.successors(ir::Block(b as u32)) {
                    for (o, x) in out.iter_mut().zip(&live_in[s.index()]) {
                        *o |= *x;
                    }
                }
                let inn: Vec<u64> = (0..words)
                    .map(|w| gen_[b][w] | (out[w] & !kill[b][w]))
                    .collect();
                if inn != live_in[b] {
                    live_in[b] = inn;
                    changed = true;
                }
                live_out[b] = out;
            }
        }
        Liveness { words, live_out }
    }

    /// The values live just before `inst` of block `b` (its operands
    /// included, its result not), in index order.
    pub fn live_at(&self, f: &ir::Function, b: ir::Block, inst: ir::Inst) -> Vec<ir::Value> {
        let mut live = self.live_out[b.index()].clone();
        debug_assert_eq!(live.len(), self.words);
        for &i in f.block(b).insts.iter().rev() {
            let d = f.inst(i);
            if let Some(r) = d.result {
                clear(&mut live, r.index());
            }
            for a in d.uses() {
                set(&mut live, a.index());
            }
            if i == inst {
                break;
            }
        }
        let mut out = Vec::new();
        for (w, &bits) in live.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let t = bits.trailing_zeros() as usize;
                out.push(ir::Value((w * 64 + t) as u32));
                bits &= bits - 1;
            }
        }
        out
    }
}

fn set(s: &mut [u64], i: usize) {
    s[i / 64] |= 1 << (i % 64);
}
fn clear(s: &mut [u64], i: usize) {
    s[i / 64] &= !(1 << (i % 64));
}
fn get(s: &[u64], i: usize) -> bool {
    s[i / 64] & (1 << (i % 64)) != 0
}
