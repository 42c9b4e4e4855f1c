//! A disassembler in the spirit of CPython's `dis`: one line per
//! instruction with its line number, offset, name, argument and a hint.

use super::code::Code;
use crate::generated::opcodes as meta;
use crate::object::ObjData;
use crate::value::Value;
use std::fmt::Write;

pub fn disassemble(code: &Value) -> String {
    let mut out = String::new();
    let mut nested = Vec::new();
    if let Some(ObjData::Code(c)) = code.data() {
        one(c, &mut out, &mut nested);
    }
    while let Some(v) = nested.pop() {
        if let Some(ObjData::Code(c)) = v.data() {
            let _ = writeln!(
                out,
                "\nDisassembly of <code object {}, line {}>:",
                c.name, c.first_line
            );
            one(c, &mut out, &mut nested);
        }
    }
    out
}

fn one(c: &Code, out: &mut String, nested: &mut Vec<Value>) {
    let units = c.units();
    let mut i = 0;
    let mut last_line = 0;
    let mut ext = 0u32;
    while i < units.len() {
        let u = units[i];
        let op = u.opcode();
        let arg = ext << 8 | u.oparg() as u32;
        let line = c.location(i as u32).line;
        let line_col = if line != last_line && ext == 0 {
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        if ext == 0 {
            last_line = line;
        }
        let name = meta::OPCODE_NAMES
            .get(op as usize)
            .copied()
            .unwrap_or("<invalid>");
        let hint = match op {
            x if x == meta::opcode::LOAD_CONST || x == meta::opcode::LOAD_CONST__LOAD_FAST => {
                c.consts.get(arg as usize).map(|v| {
                    if let Some(ObjData::Code(_)) = v.data() {
                        nested.push(v.clone());
                    }
                    repr_const(v)
                })
            }
            x if x == meta::opcode::LOAD_FAST
                || x == meta::opcode::LOAD_FAST__LOAD_FAST
                || x == meta::opcode::LOAD_FAST__LOAD_CONST
                || x == meta::opcode::STORE_FAST
                || x == meta::opcode::STORE_FAST__LOAD_FAST
                || x == meta::opcode::STORE_FAST__STORE_FAST
                || x == meta::opcode::DELETE_FAST =>
            {
                c.varnames.get(arg as usize).map(repr_const)
            }
            x if x == meta::opcode::LOAD_GLOBAL || x == meta::opcode::LOAD_ATTR => {
                c.names.get((arg >> 1) as usize).map(|n| {
                    format!(
                        "{}{}",
                        if arg & 1 == 1 { "NULL|self + " } else { "" },
                        name_of(n)
                    )
                })
            }
            x if [
                meta::opcode::LOAD_NAME,
                meta::opcode::STORE_NAME,
                meta::opcode::DELETE_NAME,
                meta::opcode::STORE_GLOBAL,
                meta::opcode::DELETE_GLOBAL,
                meta::opcode::STORE_ATTR,
                meta::opcode::IMPORT_NAME,
                meta::opcode::IMPORT_FROM,
            ]
            .contains(&x) =>
            {
                c.names.get(arg as usize).map(name_of)
            }
            x if x == meta::opcode::BINARY_OP => Some(
                crate::interp::ops::BinOp::from_oparg(arg)
                    .symbol()
                    .to_string()
                    + if arg >= 13 { "=" } else { "" },
            ),
            x if x == meta::opcode::COMPARE_OP => Some(
                crate::interp::ops::CmpOp::from_oparg(arg)
                    .symbol()
                    .to_string(),
            ),
            x if x == meta::opcode::JUMP_FORWARD
                || x == meta::opcode::POP_JUMP_IF_FALSE
                || x == meta::opcode::POP_JUMP_IF_TRUE
                || x == meta::opcode::FOR_ITER =>
            {
                let after = i as u32 + 1 + meta::CACHE_SIZE[op as usize] as u32;
                Some(format!("to {}", 2 * (after + arg)))
            }
            x if x == meta::opcode::JUMP_BACKWARD => {
                let after = i as u32 + 1 + meta::CACHE_SIZE[op as usize] as u32;
                Some(format!("to {}", 2 * (after - arg)))
            }
            _ => None,
        };
        let arg_s = if op == meta::opcode::EXTENDED_ARG
            || meta::OPCODE_FLAGS
                .get(op as usize)
                .is_some_and(|f| f & meta::flags::USES_OPARG != 0)
        {
            arg.to_string()
        } else {
            String::new()
        };
        let _ = write!(out, "{line_col} {:>6} {name:<21} {arg_s:>4}", 2 * i);
        match hint {
            Some(h) => {
                let _ = writeln!(out, " ({h})");
            }
            None => out.push('\n'),
        }
        ext = if op == meta::opcode::EXTENDED_ARG {
            arg
        } else {
            0
        };
        i += 1 + meta::CACHE_SIZE.get(op as usize).copied().unwrap_or(0) as usize;
    }
    if !c.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &c.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                2 * e.start,
                2 * e.end,
                2 * e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

fn name_of(v: &Value) -> String {
    v.as_str().map_or("?".into(), |s| s.as_str().to_string())
}

fn repr_const(v: &Value) -> String {
    if let Some(s) = v.as_str() {
        return crate::object::str::repr_str(s.as_str());
    }
    if let Some(ObjData::Code(c)) = v.data() {
        return format!("<code object {}>", c.name);
    }
    if let Some(i) = v.as_small_int() {
        return i.to_string();
    }
    if let Some(f) = v.as_float() {
        return crate::object::float::repr(f);
    }
    if v.is_none() {
        return "None".into();
    }
    if v.is_true() {
        return "True".into();
    }
    if v.is_false() {
        return "False".into();
    }
    "...".into()
}
