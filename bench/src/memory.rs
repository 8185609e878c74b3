//! A counting global allocator: the system allocator plus two atomics, so the scaling run can report
//! the peak heap a single extraction needs. It counts every thread, which is fine in this
//! single-threaded binary. It counts only inside [`peak_during`]: two atomic updates per allocation
//! made every timed run pay for the measuring, the extractor that allocates more the most.
//! [`keep_freed_memory`] sets the system allocator up for the scaling run.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};

/// The allocator installed by `main.rs`.
pub struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated minus bytes freed since counting began (negative when older memory is freed).
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

// `GlobalAlloc` is an unsafe trait; these forward to `System` unchanged and only count bytes.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's, forwarded.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size(), 0);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's, forwarded.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count(layout.size(), 0);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's, forwarded.
        unsafe { System.dealloc(ptr, layout) };
        count(0, layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's, forwarded.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(new_size, layout.size());
        }
        new
    }
}

fn count(allocated: usize, freed: usize) {
    if !COUNTING.load(Relaxed) {
        return;
    }
    let delta = isize::try_from(allocated).unwrap_or(isize::MAX) - isize::try_from(freed).unwrap_or(isize::MAX);
    let now = CURRENT.fetch_add(delta, Relaxed) + delta;
    PEAK.fetch_max(now, Relaxed);
}

/// Makes the system allocator keep the memory it is given back, as a wasm module's linear memory
/// does (it only ever grows). By default glibc returns a large page's freed heap to the kernel and
/// faults it in again, zeroed, on the next run, which a small page (reusing what the run before it
/// freed) never pays: measured here, the 20 MB page took 5-7% longer per byte for that alone.
#[allow(unsafe_code)]
pub fn keep_freed_memory() {
    // SAFETY: mallopt only sets allocator parameters; it is called before any timed run, on the one
    // thread this binary runs.
    unsafe {
        libc::mallopt(libc::M_MMAP_MAX, 0);
        libc::mallopt(libc::M_TRIM_THRESHOLD, libc::c_int::MAX);
    }
}

/// Runs `f` and returns its result with the most heap it held at once beyond what was live before.
pub fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    CURRENT.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
    let out = f();
    COUNTING.store(false, Relaxed);
    (out, usize::try_from(PEAK.load(Relaxed)).unwrap_or(0))
}
