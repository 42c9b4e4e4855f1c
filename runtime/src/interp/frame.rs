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
    chunk: usize,
    prev_top: usize,
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

struct Chunk {
    mem: Box<[MaybeUninit<u64>]>,
    top: usize,
}

pub struct FrameStack {
    chunks: Vec<Chunk>,
    current: usize,
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
            current: 0,
            top: std::ptr::null_mut(),
            depth: 0,
        }
    }
    pub fn top(&self) -> *mut Frame {
        self.top
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
        // SAFETY: code_obj is a live code object (checked above).
        let (nlocals, stacksize, start) =
            unsafe { ((*code).nlocalsplus, (*code).stacksize, (*code).code_ptr()) };
        let words = HEADER_WORDS + nlocals + stacksize;
        if self.chunks.is_empty() {
            self.chunks.push(Chunk {
                mem: new_chunk(CHUNK_WORDS.max(words)),
                top: 0,
            });
            self.current = 0;
        }
        if self.chunks[self.current].top + words > self.chunks[self.current].mem.len() {
            self.current += 1;
            if self.current == self.chunks.len() || self.chunks[self.current].mem.len() < words {
                let c = Chunk {
                    mem: new_chunk(CHUNK_WORDS.max(words)),
                    top: 0,
                };
                if self.current == self.chunks.len() {
                    self.chunks.push(c);
                } else {
                    self.chunks[self.current] = c;
                }
            }
            self.chunks[self.current].top = 0;
        }
        let chunk = &mut self.chunks[self.current];
        let prev_top = chunk.top;
        // SAFETY: [prev_top, prev_top + words) is inside the chunk and
        // unused (LIFO); the chunk is 8-byte aligned and Frame's alignment
        // is 8. We initialize the header and every local before returning.
        unsafe {
            let base = chunk.mem.as_mut_ptr().add(prev_top) as *mut u64;
            let fp = base as *mut Frame;
            let localsplus = base.add(HEADER_WORDS) as *mut Value;
            for i in 0..nlocals {
                localsplus.add(i).write(Value::NULL);
            }
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
                chunk: self.current,
                prev_top,
            });
            chunk.top = prev_top + words;
            self.top = fp;
            self.depth += 1;
            fp
        }
    }

    /// Pops the top frame `fp`, releasing its locals, stack and header
    /// fields; returns the frame below it.
    ///
    /// # Safety
    /// `fp` must be the top frame.
    pub unsafe fn pop(&mut self, fp: *mut Frame) -> *mut Frame {
        debug_assert!(fp == self.top);
        let f = &mut *fp;
        let nlocals = f.code().nlocalsplus;
        while f.sp > f.stack_base {
            f.sp = f.sp.sub(1);
            drop(f.sp.read());
        }
        for i in 0..nlocals {
            drop(f.localsplus.add(i).read());
        }
        let prev = f.prev;
        let (chunk, prev_top) = (f.chunk, f.prev_top);
        std::ptr::drop_in_place(fp);
        self.chunks[chunk].top = prev_top;
        self.current = chunk;
        self.top = prev;
        self.depth -= 1;
        prev
    }
}

fn new_chunk(words: usize) -> Box<[MaybeUninit<u64>]> {
    let mut v = Vec::with_capacity(words);
    // SAFETY: MaybeUninit needs no initialization.
    unsafe { v.set_len(words) };
    v.into_boxed_slice()
}
