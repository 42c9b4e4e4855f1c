//! Compile-time SyntaxWarnings, written to stderr as CPython's default
//! warning filter shows them (`FILE:LINE: SyntaxWarning: MESSAGE` and the
//! stripped source line): `is` / `is not` with a literal.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{CmpOp, Expr, Stmt};
use ruff_text_size::Ranged;

struct Finder<'s> {
    source: &'s str,
    found: Vec<(usize, &'static str)>,
}

/// A literal that `is` should not be used with: a constant other than
/// None, True, False and `...` (CPython's `check_is_arg`).
fn is_literal(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_)
    )
}

impl<'a> Visitor<'a> for Finder<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Compare(c) = e {
            let mut left: &Expr = &c.left;
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                if matches!(op, CmpOp::Is | CmpOp::IsNot) && (is_literal(left) || is_literal(right))
                {
                    let msg = if *op == CmpOp::Is {
                        "\"is\" with a literal. Did you mean \"==\"?"
                    } else {
                        "\"is not\" with a literal. Did you mean \"!=\"?"
                    };
                    self.found.push((c.range().start().to_usize(), msg));
                }
                left = right;
            }
        }
        visitor::walk_expr(self, e);
    }
}

/// Prints the warnings for a module's body.
pub fn warn(source: &str, filename: &str, body: &[Stmt]) {
    let mut f = Finder {
        source,
        found: Vec::new(),
    };
    for s in body {
        f.visit_stmt(s);
    }
    if f.found.is_empty() {
        return;
    }
    let mut out = String::new();
    for (offset, msg) in &f.found {
        let line_no = f.source[..*offset].matches('\n').count() + 1;
        let line = f.source.lines().nth(line_no - 1).unwrap_or("").trim();
        out.push_str(&format!("{filename}:{line_no}: SyntaxWarning: {msg}\n"));
        if !line.is_empty() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    let _ = crate::builtins::file::write_std(2, out.as_bytes(), true);
}
