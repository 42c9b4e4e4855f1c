//! `from __future__ import ...` at the top of a module, and the text an
//! annotation keeps under `from __future__ import annotations` (what
//! CPython's `ast.unparse` writes for the expression kinds annotations
//! use; anything else keeps its source text).

use super::CompileError;
use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_text_size::Ranged;

use crate::modules::future::FEATURES;

fn error(msg: &str, s: &Stmt) -> CompileError {
    CompileError {
        kind: super::ErrorKind::Syntax,
        message: msg.to_string(),
        offset: s.range().start().to_usize(),
        end_offset: Some(s.range().end().to_usize()),
    }
}

fn is_future_import(s: &Stmt) -> Option<&ast::StmtImportFrom> {
    match s {
        Stmt::ImportFrom(i)
            if i.level == 0
                && i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
        {
            Some(i)
        }
        _ => None,
    }
}

/// Checks the module's future statements (CPython's errors for unknown
/// features and late ones); true when `annotations` is among them.
pub fn future_features(body: &[Stmt]) -> Result<bool, CompileError> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        let docstring =
            i == 0 && matches!(s, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)));
        match is_future_import(s) {
            Some(imp) => {
                if !at_start {
                    return Err(error(
                        "from __future__ imports must occur at the beginning of the file",
                        s,
                    ));
                }
                for a in &imp.names {
                    let name = a.name.as_str();
                    if name == "braces" {
                        return Err(error("not a chance", s));
                    }
                    if !FEATURES.contains(&name) {
                        return Err(error(&format!("future feature {name} is not defined"), s));
                    }
                    annotations |= name == "annotations";
                }
            }
            None if docstring => {}
            None => at_start = false,
        }
    }
    Ok(annotations)
}

/// The text of an annotation, as `ast.unparse` gives it.
pub fn unparse(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    write(e, source, &mut out);
    out
}

fn write_all(items: &[Expr], source: &str, out: &mut String) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(x, source, out);
    }
}

fn write(e: &Expr, source: &str, out: &mut String) {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, source, out);
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, source, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => write_all(&t.elts, source, out),
                other => write(other, source, out),
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            write_all(&t.elts, source, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            write_all(&l.elts, source, out);
            out.push(']');
        }
        Expr::BinOp(b) if b.op == Operator::BitOr => {
            write(&b.left, source, out);
            out.push_str(" | ");
            write(&b.right, source, out);
        }
        Expr::StringLiteral(s) => out.push_str(&crate::object::str::repr_str(s.value.to_str())),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::Call(c) if c.arguments.keywords.is_empty() => {
            write(&c.func, source, out);
            out.push('(');
            write_all(&c.arguments.args, source, out);
            out.push(')');
        }
        // Anything else: its source text, with runs of whitespace as one space.
        other => {
            let r = other.range();
            let text = &source[r.start().to_usize()..r.end().to_usize()];
            out.push_str(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
