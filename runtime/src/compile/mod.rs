//! The compiler: Python source -> code objects.
//!
//! `ruff_python_parser` parses; [`codegen`] walks the AST (with a small
//! per-function scope analysis) and emits instructions with labels, pseudo
//! instructions and source locations; [`assemble`] computes stack depths,
//! lays out inline caches and `EXTENDED_ARG`s, resolves jumps, and builds the
//! exception table and location table.

pub mod assemble;
pub mod code;
pub mod codegen;
pub mod dis;
#[cfg(test)]
mod tests;

use crate::interp::{PyErr, Vm};
use crate::object::str::new_str;
use crate::value::Value;

/// A compile error: a SyntaxError (or NotImplementedError, for constructs
/// this VM does not compile yet) at a byte offset.
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub offset: usize,
    pub end_offset: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    NotImplemented,
}

/// Compiles a module; errors become Python exceptions.
pub fn compile_module(vm: &mut Vm, source: &str, filename: &str) -> Result<Value, PyErr> {
    match codegen::compile_module(vm, source, filename) {
        Ok(code) => Ok(code),
        Err(e) => Err(to_exception(vm, source, filename, e)),
    }
}

/// 1-based line and 1-based column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, source[start..offset].chars().count() + 1)
}

fn to_exception(vm: &mut Vm, source: &str, filename: &str, e: CompileError) -> PyErr {
    if e.kind == ErrorKind::NotImplemented {
        return vm.not_implemented(&e.message);
    }
    let (line, col) = line_col(source, e.offset);
    let text = source.lines().nth(line - 1).unwrap_or("").to_string();
    let end_col = match e.end_offset {
        Some(end) => {
            let (l2, c2) = line_col(source, end);
            if l2 == line {
                c2
            } else {
                col + 1
            }
        }
        None => col + 1,
    };
    let class = if e.kind == ErrorKind::Indentation {
        vm.exc.indentation_error.clone()
    } else {
        vm.exc.syntax_error.clone()
    };
    let details = crate::object::new_tuple(vec![
        new_str(filename),
        Value::int(line as i64),
        Value::int(col as i64),
        new_str(format!("{text}\n")),
        Value::int(line as i64),
        Value::int(end_col as i64),
    ]);
    PyErr(vm.new_exception(&class, vec![new_str(e.message), details]))
}
