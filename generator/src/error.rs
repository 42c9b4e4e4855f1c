//! Diagnostics: an error is a message and a span; rendered as
//! `file:line:col: message`, the source line, and a caret under the spot.

use crate::ast::Span;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

/// Renders diagnostics in the order given, each as
/// `file:line:col: error: message`, the line, and a caret line.
pub fn render(file_name: &str, source: &str, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let (line, col) = line_col(source, d.span.start);
        let line_start = source[..d.span.start.min(source.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line_end = source[line_start..]
            .find('\n')
            .map_or(source.len(), |i| line_start + i);
        let text = &source[line_start..line_end];
        // The caret spans the error's extent on its first line (at least one char).
        let span_end = d.span.end.min(line_end).max(d.span.start);
        let width = source[d.span.start.min(source.len())..span_end]
            .chars()
            .count()
            .max(1);
        let _ = writeln!(out, "{file_name}:{line}:{col}: error: {}", d.message);
        let _ = writeln!(out, "{text}");
        let _ = writeln!(out, "{}{}", " ".repeat(col - 1), "^".repeat(width));
    }
    out
}
