//! Frames and the per-thread frame stack.
//!
//! Frames live in chunks of memory (never individually on the heap): a
//! frame is its header ([`Frame`]) followed by its local variables and then
//! its value stack. Pushing a frame bumps the top of the current chunk;
//! chunks are kept for reuse. A chunk never moves, so pointers into it stay
//! valid while the frame lives.
//!
//! **Invariant:** between `push` and `pop`, a frame's local slots hold
//! initialized `Value`s (NULL for unbound), and the stack slots in
//! `[stack_base, sp)` hold initialized `Value`s; everything above `sp` is
//! uninitialized. Frames are popped in LIFO order.

use crate::compile::code::{Code, CodeUnit};
use crate::value::Value;
use std::mem::{size_of, MaybeUninit};

/// A `Value` a frame uses without owning a reference: a bit copy of a
/// value that something else keeps alive for the frame's whole life (the
/// frame's function, whose code, globals and builtins never change, or, for
/// module code, the caller of `Vm::run_code`). Saves six reference-count
/// operations per call.
pub struct Borrowed(std::mem::ManuallyDrop<Value>);

impl Borrowed {
    /// # Safety
    /// `v` must stay alive for as long as the returned value is used.
    pub unsafe fn new(v: &Value) -> Borrowed {
        Borrowed(std::mem::ManuallyDrop::new(std::ptr::read(v)))
    }
}

impl std::ops::Deref for Borrowed {
    type Target = Value;
    fn deref(&self) -> &Value {
        &self.0
    }
}

#[repr(C)]
pub struct Frame {
    /// The code being run; kept alive by `code_obj`.
    pub code: *const Code,
    pub code_obj: Borrowed,
    /// The function (NULL for module code); owns what the borrowed fields point to.
    pub func: Value,
    pub globals: Borrowed,
    pub builtins: Borrowed,
    /// The locals dict for module-level code (NULL in functions).
    pub locals: Value,
    pub localsplus: *mut Value,
    pub stack_base: *mut Value,
    /// The instruction running now (or last run).
    pub instr: *const CodeUnit,
    /// Where to continue when this frame runs next.
    pub resume: *const CodeUnit,
    pub sp: *mut Value,
    pub prev: *mut Frame,
    /// The generator whose heap memory holds this frame (null for a frame
    /// on the frame stack). See [`HeapFrame`].
    pub owner: *const super::generator::Generator,
    /// The frame stack's chunk and first free word before this frame.
    prev_chunk: usize,
    prev_next: *mut u64,
}

impl Frame {
    #[inline(always)]
    pub fn code(&self) -> &Code {
        // SAFETY: `code` points into `code_obj`, which this frame owns.
        unsafe { &*self.code }
    }
    /// Local variable `i` (may be NULL when unbound).
    #[inline(always)]
    pub fn local(&self, i: u32) -> &Value {
        debug_assert!((i as usize) < self.code().nlocalsplus);
        // SAFETY: `i` indexes the local slots (the compiler only emits
        // indices below `nlocalsplus`), which are initialized (invariant).
        unsafe { &*self.localsplus.add(i as usize) }
    }
    /// Replaces local `i`, returning the old value (dropped by the caller).
    #[inline(always)]
    pub fn set_local(&self, i: u32, v: Value) -> Value {
        debug_assert!((i as usize) < self.code().nlocalsplus);
        // SAFETY: as in `local`; frames are single-threaded, and no
        // reference to this slot is live across this call.
        unsafe { std::ptr::replace(self.localsplus.add(i as usize), v) }
    }
    #[inline(always)]
    pub fn const_(&self, i: u32) -> &Value {
        &self.code().consts[i as usize]
    }
    #[inline(always)]
    pub fn name(&self, i: u32) -> &Value {
        &self.code().names[i as usize]
    }
    /// Offset of the current instruction, in code units.
    pub fn offset(&self) -> u32 {
        // SAFETY: `instr` points into this frame's code.
        unsafe { self.instr.offset_from(self.code().code_ptr()) as u32 }
    }
    pub fn stack_depth(&self) -> usize {
        // SAFETY: both point into this frame's slots.
        unsafe { self.sp.offset_from(self.stack_base) as usize }
    }
}

const WORD: usize = size_of::<u64>();
const HEADER_WORDS: usize = size_of::<Frame>().div_ceil(WORD);
const CHUNK_WORDS: usize = 1 << 16;
/// `current` before any chunk is in use.
const NO_CHUNK: usize = usize::MAX;

/// The frame stack: chunks of words, used LIFO. `next..end` is the free
/// part of chunk `current`; a frame that does not fit moves to the next
/// chunk (reused if big enough, else replaced). A frame records the `next`
/// and `current` it found, and popping it restores them.
pub struct FrameStack {
    chunks: Vec<Box<[MaybeUninit<u64>]>>,
    current: usize,
    next: *mut u64,
    end: *mut u64,
    top: *mut Frame,
    pub depth: usize,
}

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack::new()
    }
}

impl FrameStack {
    pub fn new() -> FrameStack {
        FrameStack {
            chunks: Vec::new(),
            current: NO_CHUNK,
            next: std::ptr::null_mut(),
            end: std::ptr::null_mut(),
            top: std::ptr::null_mut(),
            depth: 0,
        }
    }
    pub fn top(&self) -> *mut Frame {
        self.top
    }

    /// Moves to the chunk after `current`, making sure it holds `words`.
    #[cold]
    #[inline(never)]
    fn next_chunk(&mut self, words: usize) {
        let idx = self.current.wrapping_add(1);
        let size = CHUNK_WORDS.max(words);
        if idx == self.chunks.len() {
            self.chunks.push(new_chunk(size));
        } else if self.chunks[idx].len() < words {
            self.chunks[idx] = new_chunk(size);
        }
        self.current = idx;
        let mem = self.chunks[idx].as_mut_ptr() as *mut u64;
        self.next = mem;
        // SAFETY: one past the end of the chunk's allocation.
        self.end = unsafe { mem.add(self.chunks[idx].len()) };
    }

    /// Pushes a frame for `code_obj` with all locals NULL and an empty stack.
    ///
    /// # Safety
    /// `code_obj`, `globals` and `builtins` must outlive the frame: they are
    /// borrowed (owned by `func`, or by the caller for module code).
    pub unsafe fn push(
        &mut self,
        code_obj: &Value,
        func: Value,
        globals: &Value,
        builtins: &Value,
        locals: Value,
    ) -> *mut Frame {
        let code: *const Code = match code_obj.data() {
            Some(crate::object::ObjData::Code(c)) => &**c,
            _ => panic!("FrameStack::push needs a code object"),
        };
        // SAFETY: forwarded; `code` belongs to `code_obj`.
        unsafe { self.push_code(code, code_obj, func, globals, builtins, locals) }
    }

    /// [`push`](Self::push) for a caller that has `code_obj`'s code at hand.
    ///
    /// # Safety
    /// As for `push`, and `code` must be `code_obj`'s code.
    #[inline(always)]
    pub unsafe fn push_code(
        &mut self,
        code: *const Code,
        code_obj: &Value,
        func: Value,
        globals: &Value,
        builtins: &Value,
        locals: Value,
    ) -> *mut Frame {
        // SAFETY: forwarded; then every local is NULL (no arguments).
        unsafe {
            let fp = self.push_header(code, code_obj, func, globals, builtins, locals);
            init_locals(fp, Value::NULL, std::ptr::null(), 0);
            fp
        }
    }

    /// [`push_code`](Self::push_code) for a call whose arguments fill the
    /// first locals exactly: `first` (unless NULL) then the `nargs` values
    /// at `args`, moved in as bit copies; the other locals are NULL.
    ///
    /// # Safety
    /// As for `push_code`; `args..args + nargs` are initialized values that
    /// the caller gives up (it must not use or release them afterwards),
    /// and `nargs` plus one for a non-NULL `first` is at most the code's
    /// `nlocalsplus`.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub unsafe fn push_code_args(
        &mut self,
        code: *const Code,
        code_obj: &Value,
        func: Value,
        globals: &Value,
        builtins: &Value,
        first: Value,
        args: *const Value,
        nargs: usize,
    ) -> *mut Frame {
        // SAFETY: forwarded (the caller's bound on the arguments).
        unsafe {
            let fp = self.push_header(code, code_obj, func, globals, builtins, Value::NULL);
            init_locals(fp, first, args, nargs);
            fp
        }
    }

    /// Pushes a frame header with an empty stack; its local slots are left
    /// uninitialized for the caller to fill.
    ///
    /// # Safety
    /// As for `push_code`; the caller initializes every local slot before
    /// anything reads the frame.
    #[inline(always)]
    unsafe fn push_header(
        &mut self,
        code: *const Code,
        code_obj: &Value,
        func: Value,
        globals: &Value,
        builtins: &Value,
        locals: Value,
    ) -> *mut Frame {
        // SAFETY: code_obj is a live code object.
        let (nlocals, stacksize, start) =
            unsafe { ((*code).nlocalsplus, (*code).stacksize, (*code).code_ptr()) };
        let words = HEADER_WORDS + nlocals + stacksize;
        if (self.end as usize - self.next as usize) / WORD < words {
            self.next_chunk(words);
        }
        let (prev_next, prev_chunk) = (self.next, self.current);
        // SAFETY: [next, next + words) is inside chunk `current` (checked
        // above) and unused (LIFO); chunks are 8-byte aligned and Frame's
        // alignment is 8. We initialize the header; the caller the locals.
        unsafe {
            let base = self.next;
            let fp = base as *mut Frame;
            let localsplus = base.add(HEADER_WORDS) as *mut Value;
            let stack_base = localsplus.add(nlocals);
            fp.write(Frame {
                code,
                code_obj: Borrowed::new(code_obj),
                func,
                globals: Borrowed::new(globals),
                builtins: Borrowed::new(builtins),
                locals,
                localsplus,
                stack_base,
                instr: start,
                resume: start,
                sp: stack_base,
                prev: self.top,
                owner: std::ptr::null(),
                prev_chunk,
                prev_next,
            });
            self.next = base.add(words);
            self.top = fp;
            self.depth += 1;
            fp
        }
    }

    /// Pops the top frame `fp`, releasing its locals, stack and header
    /// fields; returns the frame below it. `fp` may be a linked
    /// [`HeapFrame`]: its memory is then left to its owner.
    ///
    /// # Safety
    /// `fp` must be the top frame.
    #[inline(always)]
    pub unsafe fn pop(&mut self, fp: *mut Frame) -> *mut Frame {
        debug_assert!(fp == self.top);
        let f = &*fp;
        let prev = f.prev;
        let (prev_chunk, prev_next) = (f.prev_chunk, f.prev_next);
        release(fp);
        self.forget(prev, prev_chunk, prev_next);
        prev
    }

    /// Makes `prev` the top frame again, with the chunk position the
    /// frame above it found.
    #[inline(always)]
    fn forget(&mut self, prev: *mut Frame, prev_chunk: usize, prev_next: *mut u64) {
        self.next = prev_next;
        if prev_chunk != self.current {
            self.back_to_chunk(prev_chunk);
        }
        self.top = prev;
        self.depth -= 1;
    }

    /// Moves the top frame `fp` (not yet run, its stack empty) off the
    /// frame stack into a [`HeapFrame`] owned by generator `owner`.
    ///
    /// # Safety
    /// `fp` must be the top frame; `owner` must be the generator that
    /// will own the result, at an address that never changes.
    pub unsafe fn move_out(
        &mut self,
        fp: *mut Frame,
        owner: *const super::generator::Generator,
    ) -> HeapFrame {
        debug_assert!(fp == self.top);
        let f = &*fp;
        debug_assert!(f.sp == f.stack_base);
        let code = f.code();
        let (nlocals, stacksize) = (code.nlocalsplus, code.stacksize);
        let heap = HeapFrame::alloc(HEADER_WORDS + nlocals + stacksize);
        let dst = heap.frame();
        // SAFETY: `heap` has room for the header and `nlocals +
        // stacksize` slots; the header and the locals are moved bit for
        // bit (the frame-stack copy is then forgotten, not dropped), and
        // the pointers into the old slots are redirected to the new ones.
        std::ptr::copy_nonoverlapping(fp, dst, 1);
        let localsplus = (dst as *mut u64).add(HEADER_WORDS) as *mut Value;
        std::ptr::copy_nonoverlapping(f.localsplus, localsplus, nlocals);
        let (prev, prev_chunk, prev_next) = (f.prev, f.prev_chunk, f.prev_next);
        let d = &mut *dst;
        d.localsplus = localsplus;
        d.stack_base = localsplus.add(nlocals);
        d.sp = d.stack_base;
        d.prev = std::ptr::null_mut();
        d.owner = owner;
        self.forget(prev, prev_chunk, prev_next);
        heap
    }

    /// Puts heap frame `fp` on top of the frame stack (a generator
    /// resuming). It comes off by [`unlink`](Self::unlink) when it yields,
    /// or by [`pop`](Self::pop) when it ends.
    ///
    /// # Safety
    /// `fp` is a live frame of a [`HeapFrame`], not linked now.
    #[inline(always)]
    pub unsafe fn link(&mut self, fp: *mut Frame) {
        let f = &mut *fp;
        f.prev = self.top;
        f.prev_chunk = self.current;
        f.prev_next = self.next;
        self.top = fp;
        self.depth += 1;
    }

    /// Takes heap frame `fp` off the top of the frame stack, keeping its
    /// contents (a generator suspending).
    ///
    /// # Safety
    /// `fp` is the top frame, linked by [`link`](Self::link).
    #[inline(always)]
    pub unsafe fn unlink(&mut self, fp: *mut Frame) {
        debug_assert!(fp == self.top && !(*fp).owner.is_null());
        let f = &mut *fp;
        self.top = f.prev;
        self.depth -= 1;
        f.prev = std::ptr::null_mut();
    }

    #[cold]
    #[inline(never)]
    fn back_to_chunk(&mut self, idx: usize) {
        self.current = idx;
        self.end = if idx == NO_CHUNK {
            std::ptr::null_mut()
        } else {
            let c = &mut self.chunks[idx];
            // SAFETY: one past the end of the chunk's allocation.
            unsafe { (c.as_mut_ptr() as *mut u64).add(c.len()) }
        };
    }
}

fn new_chunk(words: usize) -> Box<[MaybeUninit<u64>]> {
    let mut v = Vec::with_capacity(words);
    // SAFETY: MaybeUninit needs no initialization.
    unsafe { v.set_len(words) };
    v.into_boxed_slice()
}

/// Drops a frame's stack values, locals and header fields in place.
///
/// # Safety
/// `fp` is a live frame (invariant at the top of this file); it is dead
/// afterwards.
#[inline(always)]
pub unsafe fn release(fp: *mut Frame) {
    let f = &mut *fp;
    let nlocals = f.code().nlocalsplus;
    while f.sp > f.stack_base {
        f.sp = f.sp.sub(1);
        drop(f.sp.read());
    }
    for i in 0..nlocals {
        drop(f.localsplus.add(i).read());
    }
    std::ptr::drop_in_place(fp);
}

/// Initializes the local slots of frame `fp` (just pushed, slots not yet
/// written): `first` (unless NULL), then the `nargs` values at `args`,
/// moved in as bit copies, then NULL.
///
/// # Safety
/// `fp` is a frame whose local slots are uninitialized; `args..args +
/// nargs` are initialized values the caller gives up, not overlapping the
/// slots (they are on the caller's stack, below the new frame); `nargs`
/// plus one for a non-NULL `first` is at most the code's `nlocalsplus`.
#[inline(always)]
unsafe fn init_locals(fp: *mut Frame, first: Value, args: *const Value, nargs: usize) {
    // SAFETY: each of the `nlocalsplus` slots is written once (the bound
    // above); `args` is read only for `nargs > 0`.
    unsafe {
        let mut dst = (*fp).localsplus;
        let end = dst.add((*fp).code().nlocalsplus);
        if first.is_null() {
            std::mem::forget(first);
        } else {
            dst.write(first);
            dst = dst.add(1);
        }
        // Most calls pass a few arguments: copied inline, not through a
        // call of `memcpy`.
        match nargs {
            0 => {}
            1 => dst.write(args.read()),
            2 => {
                dst.write(args.read());
                dst.add(1).write(args.add(1).read());
            }
            3 => {
                dst.write(args.read());
                dst.add(1).write(args.add(1).read());
                dst.add(2).write(args.add(2).read());
            }
            _ => std::ptr::copy_nonoverlapping(args, dst, nargs),
        }
        dst = dst.add(nargs);
        while dst < end {
            dst.write(Value::NULL);
            dst = dst.add(1);
        }
    }
}

/// The memory of a frame that lives off the frame stack: a generator's,
/// which keeps its locals and value stack between resumptions in place
/// (nothing is copied in or out when it yields or resumes).
///
/// **Invariant:** the memory is `words` words, 8-byte aligned, starting
/// with a [`Frame`] header. Whether that frame is live is the owner's to
/// track (a generator's frame dies when it returns or raises; see
/// `Generator::frame_live`); dropping a `HeapFrame` frees only the memory.
pub struct HeapFrame {
    mem: std::ptr::NonNull<u64>,
    words: usize,
}

impl HeapFrame {
    fn alloc(words: usize) -> HeapFrame {
        let mem: Box<[MaybeUninit<u64>]> = new_chunk(words);
        let mem = Box::into_raw(mem) as *mut u64;
        HeapFrame {
            // SAFETY: Box::into_raw never gives null.
            mem: unsafe { std::ptr::NonNull::new_unchecked(mem) },
            words,
        }
    }
    /// The frame in this memory (live or not).
    #[inline(always)]
    pub fn frame(&self) -> *mut Frame {
        self.mem.as_ptr() as *mut Frame
    }
}

impl Drop for HeapFrame {
    fn drop(&mut self) {
        // SAFETY: `mem` came from Box::into_raw of a boxed slice of
        // `words` elements (alloc), and is freed once, here.
        unsafe {
            drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                self.mem.as_ptr() as *mut MaybeUninit<u64>,
                self.words,
            )));
        }
    }
}
