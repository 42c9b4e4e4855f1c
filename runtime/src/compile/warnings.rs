//! Compile-time SyntaxWarnings, written to stderr as CPython's default
//! warning filter shows them (`FILE:LINE: SyntaxWarning: MESSAGE` and the
//! stripped source line): `is` / `is not` with a literal, and calls and
//! subscripts that cannot work on a literal ("perhaps you missed a comma?").

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, CmpOp, Expr, Stmt};
use ruff_text_size::Ranged;

struct Finder<'s> {
    source: &'s str,
    found: Vec<(usize, String)>,
}

/// The type a literal expression is known to have (CPython's
/// `infer_type`), or None.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) | Expr::FString(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        _ => return None,
    })
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
        if let Expr::Call(c) = e {
            // CPython's check_caller: literals that are never callable.
            let f = &*c.func;
            let literal = matches!(
                f,
                Expr::NumberLiteral(_)
                    | Expr::StringLiteral(_)
                    | Expr::BytesLiteral(_)
                    | Expr::BooleanLiteral(_)
                    | Expr::NoneLiteral(_)
                    | Expr::EllipsisLiteral(_)
                    | Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::Generator(_)
                    | Expr::FString(_)
            );
            if let (true, Some(t)) = (literal, infer_type(f)) {
                self.found.push((
                    c.range().start().to_usize(),
                    format!("'{t}' object is not callable; perhaps you missed a comma?"),
                ));
            }
        }
        if let Expr::Subscript(sub) = e {
            if sub.ctx == ast::ExprContext::Load {
                let v = &*sub.value;
                // check_subscripter: literals that are never subscriptable.
                let unsub = matches!(
                    v,
                    Expr::NumberLiteral(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::EllipsisLiteral(_)
                        | Expr::Set(_)
                        | Expr::SetComp(_)
                        | Expr::Generator(_)
                        | Expr::Lambda(_)
                );
                if let (true, Some(t)) = (unsub, infer_type(v)) {
                    self.found.push((
                        sub.range().start().to_usize(),
                        format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                    ));
                } else if let Some(it) =
                    infer_type(&sub.slice).filter(|t| *t != "int" && *t != "bool")
                {
                    // check_index: a sequence literal indexed by a literal
                    // that is not an int.
                    let seq = matches!(
                        v,
                        Expr::StringLiteral(_)
                            | Expr::BytesLiteral(_)
                            | Expr::Tuple(_)
                            | Expr::List(_)
                            | Expr::ListComp(_)
                            | Expr::FString(_)
                    );
                    if let (true, Some(t)) = (seq, infer_type(v)) {
                        self.found.push((
                            sub.range().start().to_usize(),
                            format!("{t} indices must be integers or slices, not {it}; perhaps you missed a comma?"),
                        ));
                    }
                }
            }
        }
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
                    self.found
                        .push((c.range().start().to_usize(), msg.to_string()));
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
