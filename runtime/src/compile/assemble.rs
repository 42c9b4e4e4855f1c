//! The assembler: instructions with labels -> a code object. Computes the
//! stack depth at every instruction, removes pseudo instructions, lays out
//! `EXTENDED_ARG`s and inline caches, resolves jumps, and builds the
//! exception table and the per-code-unit location table.

use super::code::{Code, CodeUnit, ExcEntry, Location, Source};
use super::codegen::Unit;
use crate::generated::opcodes::{self as meta, opcode as op, pseudo};
use crate::object::{alloc, ObjData};
use crate::value::Value;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

#[derive(Clone, Debug)]
pub struct Instr {
    /// An opcode (< 256) or a pseudo instruction (>= 256).
    pub op: u16,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// The innermost exception handler: (label, index of its SETUP_*, lasti).
    pub handler: Option<(Label, usize, bool)>,
}

fn is_setup(o: u16) -> bool {
    o == pseudo::SETUP_FINALLY || o == pseudo::SETUP_CLEANUP || o == pseudo::SETUP_WITH
}
fn is_pseudo(o: u16) -> bool {
    o >= 256
}
fn is_unconditional_jump(o: u16) -> bool {
    o == pseudo::JUMP || o == op::JUMP_FORWARD as u16 || o == op::JUMP_BACKWARD as u16
}
fn is_terminator(o: u16) -> bool {
    o == op::RETURN_VALUE as u16 || o == op::RAISE_VARARGS as u16 || o == op::RERAISE as u16
}

/// Stack depth before each instruction (None if unreachable), and the maximum.
pub fn stack_depths(
    instrs: &[Instr],
    targets: &[usize],
) -> Result<(Vec<Option<i32>>, i32), String> {
    let mut depth: Vec<Option<i32>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((i, d)) = work.pop() {
        if i >= instrs.len() {
            continue;
        }
        match depth[i] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("internal compiler error: inconsistent stack depth at instruction {i} ({old} vs {d})")),
            None => depth[i] = Some(d),
        }
        let ins = &instrs[i];
        if is_setup(ins.op) {
            let t = targets[i];
            work.push((
                t,
                d - meta::num_popped(ins.op, 0) + meta::num_pushed(ins.op, 0),
            ));
            work.push((i + 1, d));
            continue;
        }
        let after = if is_pseudo(ins.op) {
            d
        } else {
            d - meta::num_popped(ins.op, ins.arg) + meta::num_pushed(ins.op, ins.arg)
        };
        if after < 0 {
            return Err(format!(
                "internal compiler error: stack underflow at instruction {i} ({})",
                meta::name(ins.op)
            ));
        }
        max = max.max(after).max(d);
        if ins.target.is_some() {
            work.push((targets[i], after));
        }
        if !is_unconditional_jump(ins.op) && !is_terminator(ins.op) {
            work.push((i + 1, after));
        }
    }
    Ok((depth, max))
}

fn ext_count(arg: u32) -> usize {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// The superinstructions: (first, second, the opcode the first becomes).
pub(crate) const FUSED_PAIRS: [(u8, u8, u8); 5] = [
    (op::LOAD_FAST, op::LOAD_FAST, op::LOAD_FAST__LOAD_FAST),
    (op::LOAD_FAST, op::LOAD_CONST, op::LOAD_FAST__LOAD_CONST),
    (op::LOAD_CONST, op::LOAD_FAST, op::LOAD_CONST__LOAD_FAST),
    (op::STORE_FAST, op::LOAD_FAST, op::STORE_FAST__LOAD_FAST),
    (op::STORE_FAST, op::STORE_FAST, op::STORE_FAST__STORE_FAST),
];

/// An opcode with its oparg.
type OpArg = (u8, u8);

/// Superinstructions for two instructions with given opargs: (first and
/// its oparg, second and its oparg, the opcode the first becomes). `x[i]
/// op= v` copies the container and index (`COPY 2; COPY 2`) and rotates the
/// result under them (`SWAP 3; SWAP 2`) before its STORE_SUBSCR.
pub(crate) const FUSED_ARG_PAIRS: [(OpArg, OpArg, u8); 2] = [
    ((op::COPY, 2), (op::COPY, 2), op::COPY_2__COPY_2),
    ((op::SWAP, 3), (op::SWAP, 2), op::SWAP_3__SWAP_2),
];

/// Whether `op` is one of the superinstructions.
pub(crate) fn is_superinstruction(op: u8) -> bool {
    FUSED_PAIRS.iter().any(|&(_, _, f)| f == op) || FUSED_ARG_PAIRS.iter().any(|&(_, _, f)| f == op)
}

/// Marks the first of two adjacent instructions that a superinstruction
/// does in one dispatch ([`FUSED_PAIRS`], [`FUSED_ARG_PAIRS`]). The second
/// keeps its opcode, so jumps to it, line tables and exception ranges stay
/// as they were; one that follows an EXTENDED_ARG is not a plain next unit
/// and is left alone. A first instruction after an EXTENDED_ARG fuses only
/// by opcode (its wide oparg reaches the superinstruction); an oparg pair
/// needs the unit's own oparg to be the whole oparg.
fn fuse_pairs(code: &mut [CodeUnit]) {
    let mut i = 0;
    let mut extended = false;
    while i + 1 < code.len() {
        let op_here = code[i].opcode();
        let next = code[i + 1].opcode();
        if let Some(&(_, _, fused)) = FUSED_PAIRS
            .iter()
            .find(|&&(a, b, _)| a == op_here && b == next)
        {
            code[i] = CodeUnit::new(fused, code[i].oparg());
        } else if let Some(&(_, _, fused)) = FUSED_ARG_PAIRS.iter().find(|&&(a, b, _)| {
            !extended && a == (op_here, code[i].oparg()) && b == (next, code[i + 1].oparg())
        }) {
            code[i] = CodeUnit::new(fused, code[i].oparg());
        }
        extended = op_here == op::EXTENDED_ARG;
        // Step over the instruction and its cache (units after an
        // EXTENDED_ARG belong to the instruction it extends).
        i += 1 + meta::CACHE_SIZE[op_here as usize] as usize;
    }
}

pub fn assemble(
    unit: Unit<'_>,
    source: Rc<Source>,
    interner: &mut crate::object::str::Interner,
) -> Result<Value, String> {
    let mut instrs = unit.instrs;
    let labels = &unit.labels;
    let label_pos = |l: Label| -> Result<usize, String> {
        labels[l.0].ok_or_else(|| "internal compiler error: unbound label".to_string())
    };
    let mut targets = vec![usize::MAX; instrs.len()];
    for (i, ins) in instrs.iter().enumerate() {
        if let Some(t) = ins.target {
            targets[i] = label_pos(t)?;
        }
    }
    let (depths, max_depth) = stack_depths(&instrs, &targets)?;

    // Layout, iterated until jump arguments stop growing.
    let n = instrs.len();
    let mut offsets = vec![0u32; n + 1];
    loop {
        let mut off = 0u32;
        for i in 0..n {
            offsets[i] = off;
            let ins = &instrs[i];
            if ins.op == pseudo::JUMP || !is_pseudo(ins.op) {
                let real = if ins.op == pseudo::JUMP {
                    op::JUMP_FORWARD as u16
                } else {
                    ins.op
                };
                off += (ext_count(ins.arg) + 1 + meta::CACHE_SIZE[real as usize] as usize) as u32;
            }
        }
        offsets[n] = off;
        let mut changed = false;
        for i in 0..n {
            if instrs[i].target.is_none() || is_setup(instrs[i].op) {
                continue;
            }
            let t = offsets[targets[i]];
            let ins = &mut instrs[i];
            let real = if ins.op == pseudo::JUMP {
                op::JUMP_FORWARD as u16
            } else {
                ins.op
            };
            let end = offsets[i]
                + (ext_count(ins.arg) + 1 + meta::CACHE_SIZE[real as usize] as usize) as u32;
            let (new_op, arg) = if t >= end {
                (
                    if ins.op == pseudo::JUMP {
                        op::JUMP_FORWARD as u16
                    } else {
                        ins.op
                    },
                    t - end,
                )
            } else if ins.op == pseudo::JUMP
                || ins.op == op::JUMP_BACKWARD as u16
                || ins.op == op::JUMP_FORWARD as u16
            {
                (op::JUMP_BACKWARD as u16, end - t)
            } else {
                return Err(format!(
                    "internal compiler error: backward conditional jump at {i}"
                ));
            };
            let keep_pseudo = ins.op == pseudo::JUMP;
            if ins.arg != arg || (!keep_pseudo && ins.op != new_op) {
                changed = true;
            }
            ins.arg = arg;
            if !keep_pseudo {
                ins.op = new_op;
            } else if new_op == op::JUMP_BACKWARD as u16 {
                ins.op = op::JUMP_BACKWARD as u16;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Remaining pseudo JUMPs are forward.
    for ins in &mut instrs {
        if ins.op == pseudo::JUMP {
            ins.op = op::JUMP_FORWARD as u16;
        }
    }

    // Emit code units and locations.
    let mut code: Vec<CodeUnit> = Vec::with_capacity(offsets[n] as usize);
    let mut locations: Vec<Location> = Vec::with_capacity(offsets[n] as usize);
    let mut exc: Vec<ExcEntry> = Vec::new();
    for (i, ins) in instrs.iter().enumerate() {
        if is_pseudo(ins.op) {
            continue;
        }
        debug_assert_eq!(code.len() as u32, offsets[i]);
        let start = code.len() as u32;
        let k = ext_count(ins.arg);
        for j in (1..=k).rev() {
            code.push(CodeUnit::new(op::EXTENDED_ARG, (ins.arg >> (8 * j)) as u8));
            locations.push(ins.loc);
        }
        code.push(CodeUnit::new(ins.op as u8, ins.arg as u8));
        locations.push(ins.loc);
        for _ in 0..meta::CACHE_SIZE[ins.op as usize] {
            code.push(CodeUnit(0));
            locations.push(ins.loc);
        }
        // A `try` whose SETUP is unreachable (after a `raise` or `return`)
        // covers only unreachable code: it needs no table entry.
        if let Some((label, setup, lasti)) = ins.handler.filter(|h| depths[h.1].is_some()) {
            let target = offsets[label_pos(label)?];
            // The handler's stack: what the SETUP found, less what it
            // consumes (SETUP_WITH: the __enter__ result).
            let depth =
                (depths[setup].expect("reachable") - meta::num_popped(instrs[setup].op, 0)) as u32;
            let end = code.len() as u32;
            match exc.last_mut() {
                Some(e)
                    if e.end == start
                        && e.target == target
                        && e.depth == depth
                        && e.lasti == lasti =>
                {
                    e.end = end
                }
                _ => exc.push(ExcEntry {
                    start,
                    end,
                    target,
                    depth,
                    lasti,
                }),
            }
        }
    }
    fuse_pairs(&mut code);
    let names = unit.names.iter().map(|s| interner.intern(s)).collect();
    let varnames = unit.varnames.iter().map(|s| interner.intern(s)).collect();
    let c = Code::new(
        unit.name,
        unit.qualname,
        source,
        code,
        unit.consts,
        names,
        varnames,
        unit.argcount,
        unit.posonlyargcount,
        unit.kwonlyargcount,
        unit.flags,
        max_depth as usize,
        exc,
        locations,
        unit.first_line,
    );
    c.check_bytecode()
        .map_err(|e| format!("internal compiler error in {}: {e}", c.qualname))?;
    let mut c = c;
    c.nfree = unit.nfree;
    c.doc = unit.doc;
    Ok(alloc(ObjData::Code(Box::new(c))))
}
