//! The garbage-collected heap: non-moving, mark-sweep, size-class blocks.
//!
//! Cells of one size class live in 256 KiB blocks aligned to their size, so
//! any machine word can be checked for being a pointer into a live cell
//! (`find_cell`): mask to the block, check the block is ours, compute the
//! cell index. That is what lets the collector scan native stacks
//! conservatively, as JavaScriptCore does. Cells larger than the biggest
//! class are allocated one by one and kept in an ordered map.
//!
//! A collection ends with every block unswept (`begin_sweep`); the
//! allocator sweeps the next chunk of one (`SWEEP_CHUNK_BYTES`) when its
//! class's free list runs dry. Marks are epochs, not flags: a collection
//! marks with a new value (`begin_marking`), so sweeping never clears a
//! mark and the next collection need not first sweep what the allocator
//! left (only every `FULL_SWEEP_EVERY`th does, `finish_sweep`). A cell
//! is live when it is in the swept part of its block and allocated (new
//! cells are unmarked), or in the unswept part and marked with the epoch.
//!
//! This module knows cell headers, not cell kinds: tracing and finalising
//! are in [`crate::gc`] (sweeping calls its `finalize`).

use std::alloc::{Layout, alloc, dealloc};
use std::collections::BTreeMap;
use std::ptr;

use rustc_hash::FxHashSet;

/// The first word of every heap cell.
#[repr(C)]
#[derive(Debug)]
pub struct CellHeader {
    pub kind: CellKind,
    /// The epoch of the last collection that found the cell live (0:
    /// allocated since, or never marked).
    pub mark: u8,
    /// Per kind: the object class, string flags.
    pub class: u8,
    /// Per kind flags.
    pub flags: u8,
    /// Per kind: string length, array length.
    pub extra: u32,
}

/// What a cell is. `Free` marks cells on a free list.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    Free = 0,
    String = 1,
    Object = 2,
    Shape = 3,
    Env = 4,
    Accessor = 5,
    ValidityCell = 6,
}

/// The word of a free cell that links the next free cell.
pub const FREE_NEXT_WORD: usize = 1;

/// Every size class used takes at least a block, so a block is small
/// enough that the 26 classes do not leave most of the heap's pages
/// touched and empty (parser: 83 blocks of 64 KiB at its end, 5.2 MiB in
/// four chunks, against 35 of 256 KiB, 8.75 MiB in six).
pub const BLOCK_SIZE: usize = 64 * 1024;
/// Empty blocks kept across a collection (beyond those in use).
const KEEP_EMPTY_BLOCKS: usize = 16;
/// Cells start this far into a block (after the block header).
const CELLS_OFFSET: usize = 64;
/// Blocks are carved from chunks of this size, mapped at once and aligned
/// to their size, so that the kernel can back a chunk with one huge page
/// (`MADV_HUGEPAGE`): a growing heap then takes a page fault per chunk
/// instead of one per 4 KiB page (parser took 2,400 of them, 4% of its
/// run).
const CHUNK_SIZE: usize = 2 << 20;
const BLOCKS_PER_CHUNK: usize = CHUNK_SIZE / BLOCK_SIZE;
/// How much of a block the allocator sweeps at a time: little enough that
/// the cells are still in the L1 cache when they are handed out.
const SWEEP_CHUNK_BYTES: usize = 16 * 1024;

/// Cell sizes; bigger cells are "large".
const SIZE_CLASSES: [usize; 26] = [
    16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 320, 384, 448, 512,
    640, 768, 1024, 1280, 1536, 2048,
];
const MAX_SMALL: usize = 2048;
/// Every cell's alignment: blocks and large cells are aligned to it, and
/// every size class is a multiple of it.
pub const CELL_ALIGN: usize = 16;
const _: () = {
    let mut i = 0;
    while i < SIZE_CLASSES.len() {
        assert!(SIZE_CLASSES[i].is_multiple_of(CELL_ALIGN));
        i += 1;
    }
    assert!(CELLS_OFFSET.is_multiple_of(CELL_ALIGN) && BLOCK_SIZE.is_multiple_of(CELL_ALIGN));
};

/// How a large cell of `size` bytes is allocated (and freed).
fn large_layout(size: usize) -> Layout {
    Layout::from_size_align(size, CELL_ALIGN).expect("cell layout")
}

/// The index of the smallest size class that holds `size` bytes; None
/// for a large cell.
const fn size_class_index(size: usize) -> Option<usize> {
    let mut i = 0;
    while i < SIZE_CLASSES.len() {
        if SIZE_CLASSES[i] >= size {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The bytes a cell of `size` bytes takes: its size class (or `size`
/// itself when it is large).
pub const fn cell_size_for(size: usize) -> usize {
    match size_class_index(size) {
        Some(i) => SIZE_CLASSES[i],
        None => size,
    }
}

#[repr(C)]
struct BlockHeader {
    cell_size: usize,
    num_cells: usize,
    class: usize,
    /// The cells before this index are swept; from it on (the last
    /// collection's marks not swept yet), a cell is live exactly when it
    /// is marked, and no free list holds its free cells. `num_cells` once
    /// the block is swept (the allocator sweeps it a chunk at a time).
    swept_to: usize,
    /// A cell swept since the last collection was live.
    any_live: bool,
}

struct SizeClass {
    size: usize,
    free: *mut CellHeader,
    /// Every block of the class.
    blocks: Vec<*mut u8>,
    /// The blocks still to be swept since the last collection: the
    /// allocator sweeps one when the free list runs dry.
    unswept: Vec<*mut u8>,
}

/// Allocation statistics and policy.
#[derive(Debug, Default, Clone)]
pub struct HeapStats {
    pub collections: u64,
    pub bytes_since_gc: usize,
    pub live_bytes: usize,
    pub blocks: usize,
    pub large_bytes: usize,
}

pub struct Heap {
    /// Never resized, so native code may keep the address of a class's
    /// free-list head (`free_list_head`).
    classes: Box<[SizeClass]>,
    /// Lookup table size → class index, in 16-byte steps.
    class_of: Vec<u8>,
    block_set: FxHashSet<usize>,
    large: BTreeMap<usize, usize>,
    pub stats: HeapStats,
    /// Collect when `bytes_since_gc` passes this.
    pub threshold: usize,
    /// Collect at every allocation (`--gc-stress`).
    pub stress: bool,
    /// Blocks that held live cells at the last collection.
    live_blocks_estimate: usize,
    /// Blocks found holding live cells by the sweeps since then.
    live_blocks_swept: usize,
    /// The mark of the last (or the running) collection; never 0.
    epoch: u8,
    /// During marking: the previous collection's mark, still a live
    /// cell's in the unswept parts of blocks (0 otherwise).
    prev_epoch: u8,
    /// The chunks the blocks are carved from (`CHUNK_SIZE` each).
    chunks: Vec<*mut u8>,
    /// Blocks of those chunks that no size class holds, the next one to
    /// hand out last.
    spare_blocks: Vec<*mut u8>,
}

/// The smallest budget between collections.
pub const MIN_THRESHOLD: usize = 4 << 20;

/// Collections between two full sweeps (`begin_marking`); below the 255
/// epochs a mark can tell apart.
const FULL_SWEEP_EVERY: u64 = 16;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let classes = SIZE_CLASSES
            .iter()
            .map(|&size| SizeClass {
                size,
                free: ptr::null_mut(),
                blocks: Vec::new(),
                unswept: Vec::new(),
            })
            .collect::<Vec<_>>()
            .into_boxed_slice();
        let mut class_of = vec![0u8; MAX_SMALL / 16 + 1];
        for (i, slot) in class_of.iter_mut().enumerate() {
            let size = i * 16;
            *slot = size_class_index(size).expect("a small size") as u8;
        }
        Heap {
            classes,
            class_of,
            block_set: FxHashSet::default(),
            large: BTreeMap::new(),
            stats: HeapStats::default(),
            threshold: MIN_THRESHOLD,
            stress: false,
            live_blocks_estimate: 0,
            live_blocks_swept: 0,
            epoch: 1,
            prev_epoch: 0,
            chunks: Vec::new(),
            spare_blocks: Vec::new(),
        }
    }

    /// Should the caller collect before allocating `size` more bytes?
    #[inline]
    pub fn wants_gc(&self, size: usize) -> bool {
        self.stress || self.stats.bytes_since_gc + size > self.threshold
    }

    /// Counts bytes allocated outside cells (slot vectors, string data)
    /// towards the collection budget.
    #[inline]
    pub fn note_external(&mut self, bytes: usize) {
        self.stats.bytes_since_gc += bytes;
    }

    /// Where the free list of the cells `alloc_raw(size)` takes from
    /// starts: each free cell's second word links the next, null ends the
    /// list. The address stays valid as long as the heap. Native code
    /// allocates inline by popping this list (after the `wants_gc` test,
    /// adding `size` to `stats.bytes_since_gc` as `alloc_raw` does). None
    /// for large sizes.
    pub fn free_list_head(&mut self, size: usize) -> Option<*mut *mut CellHeader> {
        if size > MAX_SMALL {
            return None;
        }
        let ci = self.class_of[size.div_ceil(16)] as usize;
        Some(&mut self.classes[ci].free)
    }

    /// Allocates `size` bytes of cell memory with a zeroed header; the rest
    /// holds garbage. The caller must initialise every field (the `init_*`
    /// functions do) before the next allocation.
    pub fn alloc_raw(&mut self, size: usize) -> *mut CellHeader {
        self.stats.bytes_since_gc += size;
        if size > MAX_SMALL {
            return self.alloc_large(size);
        }
        let ci = self.class_of[size.div_ceil(16)] as usize;
        if self.classes[ci].free.is_null() {
            self.refill(ci);
        }
        let class = &mut self.classes[ci];
        let cell = class.free;
        // SAFETY: `cell` heads this class's free list, so it is a free cell
        // of `class.size` bytes in one of our blocks; its second word holds
        // the next free cell.
        unsafe {
            class.free = *(cell as *mut *mut CellHeader).add(FREE_NEXT_WORD);
            ptr::write_bytes(cell as *mut u8, 0, std::mem::size_of::<CellHeader>());
        }
        cell
    }

    fn alloc_large(&mut self, size: usize) -> *mut CellHeader {
        let layout = large_layout(size);
        // SAFETY: `layout` has non-zero size.
        let p = unsafe { alloc(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        // SAFETY: `p` is a fresh allocation of `size` bytes.
        unsafe { ptr::write_bytes(p, 0, size) };
        self.large.insert(p as usize, size);
        self.stats.large_bytes += size;
        p as *mut CellHeader
    }

    /// Gives class `ci`'s empty free list cells: from the next chunk still
    /// to be swept that has some, else from a new block. A block is swept
    /// a chunk at a time so that the cells handed out are still in the
    /// cache the sweep brought them into.
    #[inline(never)]
    fn refill(&mut self, ci: usize) {
        while let Some(&base) = self.classes[ci].unswept.last() {
            let (free, done) = self.sweep_cells(base, SWEEP_CHUNK_BYTES, ptr::null_mut());
            if done {
                self.classes[ci].unswept.pop();
            }
            if !free.is_null() {
                self.classes[ci].free = free;
                return;
            }
        }
        self.add_block(ci);
    }

    /// Sweeps what is left of one block: dead cells are finalised and,
    /// with the free ones, pushed on the list `next` (the new head is
    /// returned); marks are cleared. Also returns whether any cell of the
    /// block is live.
    fn sweep_block(&mut self, base: *mut u8, next: *mut CellHeader) -> (*mut CellHeader, bool) {
        let (head, done) = self.sweep_cells(base, BLOCK_SIZE, next);
        debug_assert!(done);
        // SAFETY: `base` is one of our blocks, which start with a header.
        (head, unsafe { (*(base as *const BlockHeader)).any_live })
    }

    /// Sweeps the next cells of unswept block `base`, about `bytes` of
    /// them, as `sweep_block` does; also returns whether the block is
    /// swept to its end now.
    fn sweep_cells(
        &mut self,
        base: *mut u8,
        bytes: usize,
        next: *mut CellHeader,
    ) -> (*mut CellHeader, bool) {
        // SAFETY: `base` is one of our blocks, which start with a header.
        let hdr = unsafe { &mut *(base as *mut BlockHeader) };
        debug_assert!(hdr.swept_to < hdr.num_cells);
        let (size, num_cells) = (hdr.cell_size, hdr.num_cells);
        let from = hdr.swept_to;
        let to = num_cells.min(from + bytes.div_ceil(size));
        let mut any_live = false;
        let epoch = self.epoch;
        // First to last (the order hardware prefetchers follow best),
        // appending, so the list hands out cells in address order.
        let mut head: *mut CellHeader = ptr::null_mut();
        let mut tail: *mut *mut CellHeader = &mut head;
        // SAFETY: cells `from..to` lie inside our block.
        let (mut at, end) = unsafe {
            (
                base.add(CELLS_OFFSET + from * size),
                base.add(CELLS_OFFSET + to * size),
            )
        };
        while at < end {
            let cell = at as *mut CellHeader;
            // SAFETY: each slot of our block holds a cell header; `tail`
            // is `head` or the next-word of the last free cell linked;
            // `at + size` is at most `end`.
            unsafe {
                at = at.add(size);
                let kind = (*cell).kind;
                if kind != CellKind::Free {
                    if (*cell).mark == epoch {
                        any_live = true;
                        continue;
                    }
                    // Most dead cells (strings, objects without storage)
                    // need nothing more.
                    if crate::gc::needs_finalize(cell) {
                        crate::gc::finalize(cell);
                    }
                    (*cell).kind = CellKind::Free;
                }
                *tail = cell;
                tail = (cell as *mut *mut CellHeader).add(FREE_NEXT_WORD);
            }
        }
        // SAFETY: as above.
        unsafe { *tail = next };
        hdr.swept_to = to;
        hdr.any_live |= any_live;
        let done = to == num_cells;
        if done && hdr.any_live {
            self.live_blocks_swept += 1;
        }
        (head, done)
    }

    fn add_block(&mut self, ci: usize) {
        if self.spare_blocks.is_empty() {
            let chunk = map_chunk();
            // SAFETY: the chunk holds `BLOCKS_PER_CHUNK` blocks.
            self.spare_blocks.extend(
                (0..BLOCKS_PER_CHUNK)
                    .rev()
                    .map(|i| unsafe { chunk.add(i * BLOCK_SIZE) }),
            );
            self.chunks.push(chunk);
        }
        let base = self.spare_blocks.pop().expect("a spare block");
        let size = self.classes[ci].size;
        let num_cells = (BLOCK_SIZE - CELLS_OFFSET) / size;
        // SAFETY: `base` is a fresh, aligned block; the header fits before
        // CELLS_OFFSET and every cell lies inside the block.
        unsafe {
            (base as *mut BlockHeader).write(BlockHeader {
                cell_size: size,
                num_cells,
                class: ci,
                swept_to: num_cells,
                any_live: false,
            });
            let mut next: *mut CellHeader = self.classes[ci].free;
            for i in (0..num_cells).rev() {
                let cell = base.add(CELLS_OFFSET + i * size) as *mut CellHeader;
                (*cell).kind = CellKind::Free;
                (*cell).mark = 0;
                *(cell as *mut *mut CellHeader).add(FREE_NEXT_WORD) = next;
                next = cell;
            }
            self.classes[ci].free = next;
        }
        self.classes[ci].blocks.push(base);
        self.block_set.insert(base as usize);
        self.stats.blocks += 1;
    }

    /// If `addr` points into a live (allocated) cell, that cell.
    pub fn find_cell(&self, addr: usize) -> Option<*mut CellHeader> {
        let base = addr & !(BLOCK_SIZE - 1);
        if self.block_set.contains(&base) {
            if addr < base + CELLS_OFFSET {
                return None;
            }
            // SAFETY: `base` is one of our blocks, which start with a header.
            let hdr = unsafe { &*(base as *const BlockHeader) };
            let idx = (addr - base - CELLS_OFFSET) / hdr.cell_size;
            if idx >= hdr.num_cells {
                return None;
            }
            let cell = (base + CELLS_OFFSET + idx * hdr.cell_size) as *mut CellHeader;
            // SAFETY: `cell` is a cell slot of this block; every slot has a
            // header (free ones are marked Free).
            let (kind, mark) = unsafe { ((*cell).kind, (*cell).mark) };
            // Not yet swept, a cell the last collection did not mark is
            // dead (one this collection marked already is live).
            let live = kind != CellKind::Free
                && (idx < hdr.swept_to
                    || mark == self.epoch
                    || (mark == self.prev_epoch && mark != 0));
            return live.then_some(cell);
        }
        let (&start, &size) = self.large.range(..=addr).next_back()?;
        (addr < start + size).then_some(start as *mut CellHeader)
    }

    /// Starts the marking of a collection: returns the new epoch to mark
    /// live cells with. Every `FULL_SWEEP_EVERY` collections the blocks
    /// the allocator did not sweep are swept first, to give empty blocks
    /// back and so that no dead cell keeps an epoch until it comes round
    /// again.
    pub fn begin_marking(&mut self) -> u8 {
        if self.stats.collections % FULL_SWEEP_EVERY == FULL_SWEEP_EVERY - 1 {
            self.finish_sweep();
        }
        self.prev_epoch = self.epoch;
        self.epoch = self.epoch.checked_add(1).unwrap_or(1);
        self.epoch
    }

    /// The mark of cells the last (or the running) collection found live.
    #[inline]
    pub fn epoch(&self) -> u8 {
        self.epoch
    }

    /// Sweeps the blocks the allocator has not swept since the last
    /// collection, so that no dead cell is left. Blocks left with no live
    /// cell are given back, beyond a few kept for reuse.
    pub fn finish_sweep(&mut self) {
        for ci in 0..self.classes.len() {
            let pending = std::mem::take(&mut self.classes[ci].unswept);
            let mut released = false;
            for base in pending {
                let before = self.classes[ci].free;
                // SAFETY: `base` is one of our blocks, which start with a header.
                let partly = unsafe { (*(base as *const BlockHeader)).swept_to } != 0;
                let (free, any_live) = self.sweep_block(base, before);
                // A block the allocator began to sweep may have cells on
                // the free list: it is kept.
                if any_live
                    || partly
                    || self.stats.blocks <= KEEP_EMPTY_BLOCKS + self.live_blocks_estimate
                {
                    // Keep the block (empty ones too, up to a budget): giving
                    // pages back and faulting them in again costs more than
                    // the memory.
                    self.classes[ci].free = free;
                } else {
                    // Every cell is free: the block goes back to the spare
                    // ones (its cells were pushed on top of `before`, which
                    // stays the head, so none is on a free list).
                    self.block_set.remove(&(base as usize));
                    self.stats.blocks -= 1;
                    released = true;
                    self.spare_blocks.push(base);
                }
            }
            if released {
                let ours = &self.block_set;
                self.classes[ci]
                    .blocks
                    .retain(|b| ours.contains(&(*b as usize)));
            }
        }
        self.live_blocks_estimate = self.live_blocks_swept;
        self.live_blocks_swept = 0;
        self.unmap_spare_chunks();
    }

    /// Gives the chunks whose blocks are all spare back to the system.
    fn unmap_spare_chunks(&mut self) {
        if self.spare_blocks.len() < BLOCKS_PER_CHUNK {
            return;
        }
        let chunk_of = |b: *mut u8| b as usize & !(CHUNK_SIZE - 1);
        let mut spare: rustc_hash::FxHashMap<usize, usize> = Default::default();
        for &b in &self.spare_blocks {
            *spare.entry(chunk_of(b)).or_default() += 1;
        }
        let empty = |c: usize| spare.get(&c) == Some(&BLOCKS_PER_CHUNK);
        self.spare_blocks.retain(|&b| !empty(chunk_of(b)));
        self.chunks.retain(|&c| {
            if !empty(c as usize) {
                return true;
            }
            // SAFETY: `c` was mapped by `map_chunk`, and none of its blocks
            // is in use any more (they were all spare).
            unsafe { unmap_chunk(c) };
            false
        });
    }

    /// Ends a collection whose marking found `live` bytes in cells: large
    /// cells are swept now, the blocks lazily (by the allocator, and now
    /// and then by `finish_sweep` before a collection).
    pub fn begin_sweep(&mut self, live: usize) {
        self.prev_epoch = 0;
        self.live_blocks_swept = 0;
        // What the allocator has not swept yet is swept again from the
        // start of each block, with the new epoch: the swept part holds
        // free cells (which the free lists forget now), new cells and
        // survivors, whose marks say what they are now as well.
        for class in self.classes.iter_mut() {
            class.free = ptr::null_mut();
            for &base in &class.blocks {
                // SAFETY: `base` is one of our blocks, which start with a header.
                unsafe {
                    let hdr = &mut *(base as *mut BlockHeader);
                    hdr.swept_to = 0;
                    hdr.any_live = false;
                }
            }
            // Swept last-first: the oldest blocks first.
            class.unswept = class.blocks.iter().rev().copied().collect();
        }
        let large = std::mem::take(&mut self.large);
        for (start, size) in large {
            let cell = start as *mut CellHeader;
            // SAFETY: `start` is a live large allocation holding a cell.
            unsafe {
                if (*cell).mark == self.epoch {
                    self.large.insert(start, size);
                } else {
                    crate::gc::finalize(cell);
                    self.stats.large_bytes -= size;
                    dealloc(start as *mut u8, large_layout(size));
                }
            }
        }
        self.stats.live_bytes = live;
        self.stats.bytes_since_gc = 0;
        self.stats.collections += 1;
        self.threshold = MIN_THRESHOLD.max(live);
    }

    /// Calls `f` on every allocated cell (after `finish_sweep`, so dead
    /// cells are gone).
    pub fn for_each_cell(&mut self, mut f: impl FnMut(*mut CellHeader)) {
        self.finish_sweep();
        for class in &self.classes {
            let num_cells = (BLOCK_SIZE - CELLS_OFFSET) / class.size;
            for &base in &class.blocks {
                for i in 0..num_cells {
                    // SAFETY: each slot of our block holds a cell header.
                    unsafe {
                        let cell = base.add(CELLS_OFFSET + i * class.size) as *mut CellHeader;
                        if (*cell).kind != CellKind::Free {
                            f(cell);
                        }
                    }
                }
            }
        }
        for &start in self.large.keys() {
            f(start as *mut CellHeader);
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Cells' external buffers are released by `gc::free_all` before the
        // heap is dropped; here only the blocks themselves go.
        for &chunk in &self.chunks {
            // SAFETY: mapped by `map_chunk`; every block is in one.
            unsafe { unmap_chunk(chunk) };
        }
        for (&start, &size) in &self.large {
            // SAFETY: allocated by `alloc_large` with this layout.
            unsafe { dealloc(start as *mut u8, large_layout(size)) };
        }
    }
}

/// Maps a fresh chunk of `CHUNK_SIZE` zeroed bytes aligned to its size,
/// asking for huge pages.
#[cfg(unix)]
fn map_chunk() -> *mut u8 {
    // Twice the size, so that an aligned chunk lies inside; the ends are
    // unmapped again.
    let len = 2 * CHUNK_SIZE;
    // SAFETY: an anonymous private mapping touches no existing memory.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        std::alloc::handle_alloc_error(Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).unwrap());
    }
    let start = p as usize;
    let chunk = (start + CHUNK_SIZE - 1) & !(CHUNK_SIZE - 1);
    // SAFETY: both ranges lie in the mapping just made and outside the
    // chunk kept; `madvise` only advises on the chunk's own pages.
    unsafe {
        if chunk > start {
            libc::munmap(p, chunk - start);
        }
        let end = chunk + CHUNK_SIZE;
        if start + len > end {
            libc::munmap(end as *mut libc::c_void, start + len - end);
        }
        #[cfg(target_os = "linux")]
        libc::madvise(chunk as *mut libc::c_void, CHUNK_SIZE, libc::MADV_HUGEPAGE);
    }
    chunk as *mut u8
}

/// Unmaps a chunk of `map_chunk`.
///
/// # Safety
/// `chunk` came from `map_chunk` and nothing in it is used any more.
#[cfg(unix)]
unsafe fn unmap_chunk(chunk: *mut u8) {
    // SAFETY: the caller's contract.
    unsafe { libc::munmap(chunk as *mut libc::c_void, CHUNK_SIZE) };
}

#[cfg(not(unix))]
fn map_chunk() -> *mut u8 {
    let layout = Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).unwrap();
    // SAFETY: `layout` has non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

#[cfg(not(unix))]
unsafe fn unmap_chunk(chunk: *mut u8) {
    let layout = Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).unwrap();
    // SAFETY: allocated by `map_chunk` with this layout (the caller's
    // contract).
    unsafe { dealloc(chunk, layout) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_cell_accepts_interior_pointers_only_of_live_cells() {
        let mut heap = Heap::new();
        let a = heap.alloc_raw(40);
        // SAFETY: fresh cell.
        unsafe { (*a).kind = CellKind::String };
        assert_eq!(heap.find_cell(a as usize), Some(a));
        assert_eq!(heap.find_cell(a as usize + 20), Some(a));
        let b = heap.alloc_raw(5000);
        // SAFETY: fresh cell.
        unsafe { (*b).kind = CellKind::Object };
        assert_eq!(heap.find_cell(b as usize + 4999), Some(b));
        assert_eq!(heap.find_cell(b as usize + 5000), None);
        // Nothing marked: both die, the small one as soon as the sweep
        // begins (though its block is swept later).
        heap.begin_sweep(0);
        assert_eq!(heap.find_cell(a as usize), None);
        assert_eq!(heap.find_cell(b as usize), None);
        let mut cells = 0;
        heap.for_each_cell(|_| cells += 1);
        assert_eq!(cells, 0);
    }

    /// `n` string cells of `size` bytes as a collection's marking leaves
    /// them: every `every`th one, from the first, marked live with the
    /// collection's epoch (also returned).
    fn marked_strings(
        heap: &mut Heap,
        n: usize,
        size: usize,
        every: usize,
    ) -> (Vec<*mut CellHeader>, u8) {
        let cells: Vec<*mut CellHeader> = (0..n).map(|_| heap.alloc_raw(size)).collect();
        let epoch = heap.begin_marking();
        for (i, &c) in cells.iter().enumerate() {
            // SAFETY: fresh cells of our heap.
            unsafe {
                (*c).kind = CellKind::String;
                if i % every == 0 {
                    (*c).mark = epoch;
                }
            }
        }
        (cells, epoch)
    }

    #[test]
    fn blocks_come_from_chunks_and_spare_chunks_are_unmapped() {
        let mut heap = Heap::new();
        let per_block = (BLOCK_SIZE - CELLS_OFFSET) / 2048;
        // Three and a half chunks' worth of blocks of the largest class:
        // four chunks.
        let blocks = 3 * BLOCKS_PER_CHUNK + BLOCKS_PER_CHUNK / 2;
        assert!(blocks > KEEP_EMPTY_BLOCKS + 2 * BLOCKS_PER_CHUNK);
        let (cells, _) = marked_strings(&mut heap, blocks * per_block, 2048, usize::MAX);
        assert_eq!(heap.chunks.len(), 4);
        let in_use = |h: &Heap| h.stats.blocks + h.spare_blocks.len();
        assert_eq!(in_use(&heap), 4 * BLOCKS_PER_CHUNK);
        for class in heap.classes.iter() {
            for &b in &class.blocks {
                assert_eq!(b as usize % BLOCK_SIZE, 0);
                let chunk = b as usize & !(CHUNK_SIZE - 1);
                assert!(heap.chunks.contains(&(chunk as *mut u8)));
            }
        }
        // Only the first cell survives: the empty blocks beyond the kept
        // ones become spare, and the chunks left with nothing else go.
        heap.begin_sweep(2048);
        heap.finish_sweep();
        assert!(heap.chunks.len() < 4, "{} chunks", heap.chunks.len());
        assert_eq!(in_use(&heap), heap.chunks.len() * BLOCKS_PER_CHUNK);
        assert_eq!(heap.find_cell(cells[0] as usize), Some(cells[0]));
        let last = *cells.last().unwrap();
        assert_eq!(heap.find_cell(last as usize), None);
        // Allocation goes on from what is left.
        let c = heap.alloc_raw(2048);
        // SAFETY: the fresh cell.
        unsafe { (*c).kind = CellKind::String };
        assert_eq!(heap.find_cell(c as usize), Some(c));
    }

    #[test]
    fn lazy_sweep_frees_dead_cells_when_their_block_is_reused() {
        let mut heap = Heap::new();
        // Every other one survives the collection.
        let (cells, _) = marked_strings(&mut heap, 100, 48, 2);
        heap.begin_sweep(50 * 48);
        // Unswept: the marked cells are live, the others dead already.
        assert_eq!(heap.find_cell(cells[0] as usize), Some(cells[0]));
        assert_eq!(heap.find_cell(cells[1] as usize), None);
        // SAFETY: not swept yet, the dead cell keeps its kind.
        assert_eq!(unsafe { (*cells[1]).kind }, CellKind::String);
        // The next allocation of the class sweeps the block: the dead
        // cells are freed and reused in address order, the live ones lose
        // their marks.
        let d = heap.alloc_raw(48);
        assert_eq!(d, cells[1]);
        // SAFETY: swept cells.
        unsafe {
            assert_eq!((*cells[3]).kind, CellKind::Free);
            assert_eq!((*cells[0]).mark, heap.epoch());
        }
        assert_eq!(heap.find_cell(cells[0] as usize), Some(cells[0]));
        assert_eq!(heap.find_cell(cells[3] as usize), None);
        // SAFETY: the fresh cell.
        unsafe { (*d).kind = CellKind::String };
        let mut live = 0;
        heap.for_each_cell(|_| live += 1);
        assert_eq!(live, 51);
    }

    #[test]
    fn marks_are_epochs_so_a_collection_need_not_sweep_first() {
        let mut heap = Heap::new();
        // The even ones survive the collection.
        let (cells, first) = marked_strings(&mut heap, 100, 48, 2);
        heap.begin_sweep(50 * 48);
        // No allocation sweeps the block before the next collection; while
        // it marks, the cells the last one found live still count as live.
        let second = heap.begin_marking();
        assert_ne!(second, first);
        assert_eq!(heap.find_cell(cells[2] as usize), Some(cells[2]));
        assert_eq!(heap.find_cell(cells[1] as usize), None);
        let c0 = cells[0];
        // SAFETY: a cell of our block; only it survives this time.
        unsafe { (*c0).mark = second };
        heap.begin_sweep(48);
        assert_eq!(heap.find_cell(cells[0] as usize), Some(cells[0]));
        assert_eq!(heap.find_cell(cells[2] as usize), None);
        // The allocator's sweep frees both generations of dead cells.
        let d = heap.alloc_raw(48);
        assert_eq!(d, cells[1]);
        // SAFETY: swept cells, and the fresh one.
        unsafe {
            assert_eq!((*cells[2]).kind, CellKind::Free);
            (*d).kind = CellKind::String;
        }
        let mut live = 0;
        heap.for_each_cell(|_| live += 1);
        assert_eq!(live, 2);
    }

    #[test]
    fn a_block_is_swept_a_chunk_at_a_time() {
        let mut heap = Heap::new();
        let size = 64;
        let per_block = (BLOCK_SIZE - CELLS_OFFSET) / size;
        let per_chunk = SWEEP_CHUNK_BYTES / size;
        // One in four survives the collection.
        let (cells, _) = marked_strings(&mut heap, per_block, size, 4);
        heap.begin_sweep(per_block / 4 * size);
        // The first allocation sweeps only the first chunk.
        let d = heap.alloc_raw(size);
        assert_eq!(d, cells[1]);
        // SAFETY: the fresh cell.
        unsafe { (*d).kind = CellKind::String };
        let later = cells[per_chunk + 1];
        // SAFETY: cells of our block; the later one is not swept yet.
        unsafe {
            assert_eq!((*cells[2]).kind, CellKind::Free);
            assert_eq!((*later).kind, CellKind::String);
        }
        // Live: a swept survivor (mark cleared), an unswept marked one.
        assert_eq!(heap.find_cell(cells[0] as usize), Some(cells[0]));
        assert_eq!(
            heap.find_cell(cells[per_chunk] as usize),
            Some(cells[per_chunk])
        );
        // Dead: a swept free cell and an unswept unmarked one.
        assert_eq!(heap.find_cell(cells[2] as usize), None);
        assert_eq!(heap.find_cell(later as usize), None);
        // Using up the chunk's free cells sweeps the next chunk.
        let rest = per_chunk - per_chunk.div_ceil(4) - 1;
        let more: Vec<*mut CellHeader> = (0..=rest).map(|_| heap.alloc_raw(size)).collect();
        assert_eq!(*more.last().unwrap(), later);
        for &c in &more {
            // SAFETY: fresh cells.
            unsafe { (*c).kind = CellKind::String };
        }
        // The collection sweeps the rest; the block, half swept by the
        // allocator, holds cells the free list hands out and is kept.
        let mut live = 0;
        heap.for_each_cell(|_| live += 1);
        assert_eq!(live, per_block.div_ceil(4) + 1 + more.len());
        assert_eq!(heap.stats.blocks, 1);
    }
}
