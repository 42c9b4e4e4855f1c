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
pub mod symtable;
mod syntax;
#[cfg(test)]
mod tests;
mod unparse;
mod warnings;

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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    NotImplemented,
    /// A parse error placed exactly as CPython places it (the byte offsets
    /// of the [`CompileError`] are unused then); see [`syntax`].
    Located(SyntaxLocation),
}

/// The class of a located parse error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SyntaxClass {
    Syntax,
    Indentation,
    Tab,
}

/// Where a parse error is reported, in CPython's terms: 1-based line
/// numbers and 1-based offsets into the line (UTF-8 bytes, except for the
/// errors CPython's tokenizer raises itself, which count characters), where
/// an offset of 0 or less (or one left of the line's indentation) prints no
/// caret, and a negative end offset means none.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SyntaxLocation {
    pub class: SyntaxClass,
    pub lineno: usize,
    pub offset: i64,
    pub end_lineno: usize,
    pub end_offset: i64,
}

/// Compiles a module; errors become Python exceptions.
pub fn compile_module(vm: &mut Vm, source: &str, filename: &str) -> Result<Value, PyErr> {
    match codegen::compile_module(vm, source, filename) {
        Ok(code) => Ok(code),
        Err(e) => Err(to_exception(vm, source, filename, e)),
    }
}

/// Compiles an expression for `eval`; errors become Python exceptions.
pub fn compile_expression(vm: &mut Vm, source: &str, filename: &str) -> Result<Value, PyErr> {
    match codegen::compile_expression(vm, source, filename) {
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
    let loc = match e.kind {
        ErrorKind::Located(loc) => loc,
        _ => {
            // CPython's compiler reports UTF-8 byte columns.
            let line_byte_col = |offset: usize| {
                let offset = offset.min(source.len());
                let before = &source[..offset];
                let start = before.rfind('\n').map_or(0, |i| i + 1);
                (before.matches('\n').count() + 1, offset - start + 1)
            };
            let (line, col) = line_byte_col(e.offset);
            let (end_line, end_col) = match e.end_offset {
                Some(end) if end > e.offset => line_byte_col(end),
                _ => (line, col + 1),
            };
            SyntaxLocation {
                class: if e.kind == ErrorKind::Indentation {
                    SyntaxClass::Indentation
                } else {
                    SyntaxClass::Syntax
                },
                lineno: line,
                offset: col as i64,
                end_lineno: end_line,
                end_offset: end_col as i64,
            }
        }
    };
    let text = source.lines().nth(loc.lineno.max(1) - 1).unwrap_or("");
    let class = match loc.class {
        SyntaxClass::Syntax => vm.exc.syntax_error.clone(),
        SyntaxClass::Indentation => vm.exc.indentation_error.clone(),
        SyntaxClass::Tab => vm.exc.tab_error.clone(),
    };
    let details = crate::object::new_tuple(vec![
        new_str(filename),
        Value::int(loc.lineno as i64),
        Value::int(loc.offset),
        new_str(format!("{text}\n")),
        Value::int(loc.end_lineno as i64),
        Value::int(loc.end_offset),
    ]);
    PyErr(vm.new_exception(&class, vec![new_str(e.message), details]))
}
