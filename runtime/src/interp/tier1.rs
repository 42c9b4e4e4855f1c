//! What the generated tier-1 loop (`generated/tier1.rs`) sees: the types and
//! helpers its arms use. Bodies in bytecodes.def are ordinary safe Rust
//! over these; only the generated stack traffic is `unsafe`.

pub use super::generator::{gen_yield_to_caller, GenOutcome};
pub use super::{CallOutcome, Vm};
pub use crate::compile::code::CodeUnit;
pub use crate::generated::opcodes::opcode;
pub use crate::interp::frame::Frame;
pub use crate::interp::ops::{self, BinOp, CmpOp};
pub use crate::interp::specialize;
pub use crate::interp::{PyErr, PyResult};
pub use crate::object;
pub use crate::value::Value;

/// Marks an error exit of an arm as unlikely. Without a profile, the
/// compiler learns which blocks are cold only from calls like this one; it
/// then lays the hot paths out straight and spills the loop's registers on
/// the cold ones.
#[cold]
#[inline(never)]
pub fn cold_error(e: PyErr) -> PyErr {
    e
}

/// Marks a deopt (a failed guard of a specialized instruction) as unlikely.
#[cold]
#[inline(never)]
pub fn cold_path() {}

/// The loop's registers that change with the frame.
pub type FrameRegs = (*mut Frame, *const CodeUnit, *mut Value);

/// Records the running frame's registers in it (before it is left for a
/// callee, or suspended by a yield).
///
/// # Safety
/// `fp` is a live frame; the pointers are its own.
#[inline(always)]
pub unsafe fn save_frame(
    fp: *mut Frame,
    this_instr: *const CodeUnit,
    next_instr: *const CodeUnit,
    sp: *mut Value,
) {
    (*fp).instr = this_instr;
    (*fp).resume = next_instr;
    (*fp).sp = sp;
}

/// YIELD_VALUE in the loop's entry frame: when that frame is the
/// generator being drained (`Vm::gen_drain`), its sink's turn: None when
/// the sink took the value (the generator goes on as if resumed with
/// None); otherwise the value to yield out of the loop.
///
/// # Safety
/// `vm.sink`'s sink is alive (`gen_drain` keeps it so while it runs the
/// frame it names).
#[inline(always)]
pub unsafe fn offer_to_sink(vm: &mut Vm, entry: *mut Frame, v: Value) -> Option<Value> {
    match vm.sink {
        Some((frame, sink)) if frame == entry => match (*sink)(v) {
            crate::interp::generator::Drain::Took => None,
            crate::interp::generator::Drain::Back(v) => Some(v),
        },
        _ => Some(v),
    }
}

/// DISPATCH_INLINED: saves the running frame and continues in `callee`,
/// the frame just pushed above it.
///
/// # Safety
/// As [`save_frame`]; `callee` is the new top frame, fully initialized.
#[inline(always)]
pub unsafe fn enter_frame(
    fp: *mut Frame,
    this_instr: *const CodeUnit,
    next_instr: *const CodeUnit,
    sp: *mut Value,
    callee: *mut Frame,
) -> FrameRegs {
    save_frame(fp, this_instr, next_instr, sp);
    (callee, (*callee).resume, (*callee).sp)
}

/// RETURN_FROM_FRAME from the loop's entry frame: pops it (its value goes
/// back to the loop's caller).
///
/// # Safety
/// `fp` is the top frame and `sp` its stack pointer (its stack is empty).
#[inline(always)]
pub unsafe fn leave_entry_frame(vm: &mut Vm, fp: *mut Frame, sp: *mut Value) {
    // Record the empty stack so that `pop` releases nothing twice.
    (*fp).sp = sp;
    vm.frames.pop(fp);
}

/// RETURN_FROM_FRAME from a frame the loop entered: pops it, pushes
/// `retval` on the caller's stack, finalizes what the callee's locals kept
/// alive, and gives back the caller's registers. A generator's frame
/// (entered by FOR_ITER_GEN) goes to `gen_return_to_caller` instead.
///
/// # Safety
/// As [`leave_entry_frame`], and `fp` is not the loop's entry frame.
#[inline(always)]
pub unsafe fn return_to_caller(
    vm: &mut Vm,
    fp: *mut Frame,
    sp: *mut Value,
    retval: Value,
) -> FrameRegs {
    if !(*fp).owner.is_null() {
        return super::generator::gen_return_to_caller(vm, fp, sp, retval);
    }
    (*fp).sp = sp;
    let caller = vm.frames.pop(fp);
    let mut sp = (*caller).sp;
    sp.write(retval);
    sp = sp.add(1);
    if crate::gc::finalizers_pending() {
        (*caller).sp = sp;
        vm.run_finalizers();
    }
    (caller, (*caller).resume, sp)
}

/// Reads a 16-bit inline cache entry.
///
/// # Safety
/// `p` must point into live bytecode.
#[inline(always)]
pub unsafe fn read_u16(p: *const CodeUnit) -> u16 {
    (*p).0
}
/// Reads a 32-bit inline cache entry (two units, low first).
///
/// # Safety
/// `p..p+2` must be live bytecode.
#[inline(always)]
pub unsafe fn read_u32(p: *const CodeUnit) -> u32 {
    (*p).0 as u32 | ((*p.add(1)).0 as u32) << 16
}
/// Reads a 64-bit inline cache entry (four units, low first).
///
/// # Safety
/// `p..p+4` must be live bytecode.
#[inline(always)]
pub unsafe fn read_u64(p: *const CodeUnit) -> u64 {
    read_u32(p) as u64 | (read_u32(p.add(2)) as u64) << 32
}

/// The tier-1 entry point: the `match` loop, or with `--features
/// table-dispatch` the table of handlers (both generated from the same arms).
#[cfg(not(feature = "table-dispatch"))]
pub(crate) use crate::generated::tier1::run;
#[cfg(feature = "table-dispatch")]
pub(crate) use crate::generated::tier1_table::run;
