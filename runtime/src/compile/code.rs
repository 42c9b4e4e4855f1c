//! Code objects: bytecode, constants, names, the exception table and the
//! location table.

use crate::value::Value;
use std::cell::UnsafeCell;
use std::rc::Rc;

/// A 16-bit code unit: 8-bit opcode, 8-bit oparg; inline cache units follow
/// specializable instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct CodeUnit(pub u16);

impl CodeUnit {
    pub fn new(op: u8, arg: u8) -> CodeUnit {
        CodeUnit(op as u16 | (arg as u16) << 8)
    }
    #[inline(always)]
    pub fn opcode(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub fn oparg(self) -> u8 {
        (self.0 >> 8) as u8
    }
}

/// An exception-table entry: instructions in `[start, end)` (code units)
/// jump to `target` with the stack cut to `depth` (plus the offset of the
/// raising instruction pushed first, when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A source position: lines 1-based, columns 0-based in characters.
/// `anchor` marks the operator of a binary operation or the `[...]` of a
/// subscript, for the `~~~^^^` lines under tracebacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
    pub anchor: Option<(u32, u32)>,
}

pub struct Source {
    pub filename: String,
    pub text: String,
}

impl Source {
    /// Line `n` (1-based), without its newline.
    pub fn line(&self, n: u32) -> Option<&str> {
        self.text.lines().nth(n.checked_sub(1)? as usize)
    }
}

pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// Any of the kinds of code whose call makes a suspendable object.
pub const CO_SUSPENDABLE: u32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

pub struct Code {
    pub name: String,
    pub qualname: String,
    pub source: Rc<Source>,
    code: UnsafeCell<Box<[CodeUnit]>>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Names of the local slots: parameters first.
    pub varnames: Vec<Value>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    /// Slots: `varnames` names every one. The last `nfree` hold the cells
    /// of the closure (COPY_FREE_VARS), and cells made by MAKE_CELL may be
    /// anywhere before them.
    pub nlocalsplus: usize,
    pub nfree: usize,
    /// The docstring, or None.
    pub doc: Value,
    pub stacksize: usize,
    pub exc_table: Vec<ExcEntry>,
    /// One location per code unit.
    pub locations: Vec<Location>,
    pub first_line: u32,
}

impl Code {
    /// The number of positional arguments that bind the parameters with no
    /// argument parsing (no keyword-only or star parameters), for a code
    /// whose call runs its frame (not a generator's); None otherwise.
    #[inline(always)]
    pub fn exact_argcount(&self) -> Option<usize> {
        (self.kwonlyargcount == 0
            && self.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_SUSPENDABLE) == 0)
            .then_some(self.argcount)
    }
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: String,
        qualname: String,
        source: Rc<Source>,
        code: Vec<CodeUnit>,
        consts: Vec<Value>,
        names: Vec<Value>,
        varnames: Vec<Value>,
        argcount: usize,
        posonlyargcount: usize,
        kwonlyargcount: usize,
        flags: u32,
        stacksize: usize,
        exc_table: Vec<ExcEntry>,
        locations: Vec<Location>,
        first_line: u32,
    ) -> Code {
        let nlocalsplus = varnames.len();
        Code {
            name,
            qualname,
            source,
            code: UnsafeCell::new(code.into_boxed_slice()),
            consts,
            names,
            varnames,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            nlocalsplus,
            nfree: 0,
            doc: Value::NONE,
            stacksize,
            exc_table,
            locations,
            first_line,
        }
    }
    /// Checks what the tier-1 loop relies on (its `match` treats any other
    /// opcode as unreachable): every instruction is a tier-1 opcode, its
    /// inline cache fits, and every jump and exception handler lands on an
    /// instruction. The assembler calls it on what it made; a failure is a
    /// compiler bug, reported instead of run.
    pub fn check_bytecode(&self) -> Result<(), String> {
        use crate::generated::opcodes::{self as meta, opcode};
        let superinstruction = super::assemble::is_superinstruction;
        let units = self.units();
        let mut starts = vec![false; units.len() + 1];
        let mut jumps: Vec<(usize, usize)> = Vec::new();
        let (mut i, mut ext) = (0usize, 0u32);
        while i < units.len() {
            let op = units[i].opcode();
            let ok = op != opcode::CACHE
                && (op as usize) < meta::NUM_OPCODES
                && meta::OPCODE_FLAGS[op as usize] & meta::flags::TIER2_ONLY == 0;
            if !ok {
                return Err(format!("bad opcode {op} at offset {}", 2 * i));
            }
            starts[i] = true;
            let arg = ext << 8 | units[i].oparg() as u32;
            let after = i + 1 + meta::CACHE_SIZE[op as usize] as usize;
            if after > units.len() {
                return Err(format!(
                    "cache of the opcode at offset {} runs past the end",
                    2 * i
                ));
            }
            let target = match op {
                opcode::JUMP_FORWARD
                | opcode::POP_JUMP_IF_FALSE
                | opcode::POP_JUMP_IF_TRUE
                | opcode::FOR_ITER
                | opcode::SEND => Some(after + arg as usize),
                opcode::JUMP_BACKWARD => after.checked_sub(arg as usize),
                _ => None,
            };
            if meta::OPCODE_FLAGS[op as usize] & meta::flags::JUMPS != 0 {
                match target {
                    Some(t) => jumps.push((i, t)),
                    // The assembler's superinstructions skip the unit after
                    // them (an instruction: they have no cache).
                    None if superinstruction(op) => {}
                    None => return Err(format!("jump at offset {} has no target", 2 * i)),
                }
            }
            ext = if op == opcode::EXTENDED_ARG { arg } else { 0 };
            i = after;
        }
        let handlers = self
            .exc_table
            .iter()
            .map(|e| (e.start as usize, e.target as usize));
        for (from, to) in jumps.into_iter().chain(handlers) {
            if to >= units.len() || !starts[to] {
                return Err(format!(
                    "jump from offset {} to offset {} is not to an instruction",
                    2 * from,
                    2 * to
                ));
            }
        }
        Ok(())
    }

    /// The bytecode. The specializer rewrites units in place through
    /// `code_ptr`; nothing holds this slice across such a rewrite.
    pub fn units(&self) -> &[CodeUnit] {
        // SAFETY: writes go only through `code_ptr` by the (single-threaded)
        // interpreter, never while this borrow is used.
        unsafe { &*self.code.get() }
    }
    pub fn code_ptr(&self) -> *const CodeUnit {
        // SAFETY: the box is never reallocated after construction.
        unsafe { (*self.code.get()).as_ptr() }
    }
    pub fn len(&self) -> usize {
        self.units().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn handler_for(&self, offset: u32) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
            .copied()
    }
    pub fn location(&self, offset: u32) -> Location {
        self.locations
            .get(offset as usize)
            .copied()
            .unwrap_or_default()
    }
}
