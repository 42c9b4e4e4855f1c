//! The Tiercel generator: `bytecodes.def` -> the generated parts of the runtime.
//!
//! Phases, one module each: [`parser`] (pest grammar in `grammar.pest`) ->
//! [`ast`] -> [`analysis`] (names, numbering, caches, stack effects, flags,
//! validation) -> [`emit`] (one emitter per generated file). Errors at every
//! phase are [`error::Diagnostic`]s with a span, rendered with a caret.

pub mod analysis;
pub mod ast;
pub mod emit;
pub mod error;
pub mod parser;

use std::path::{Path, PathBuf};

/// The templates the emitters use, by name, read from `templates/`.
pub const TEMPLATE_NAMES: &[&str] = &["opcodes.rs.tera", "tier1.rs.tera", "tier1_table.rs.tera"];

/// Parses and analyzes `source`; on error returns the rendered diagnostics.
pub fn analyze(file_name: &str, source: &str) -> Result<analysis::Analysis, String> {
    let file = parser::parse(source).map_err(|d| error::render(file_name, source, &[d]))?;
    analysis::analyze(source, &file).map_err(|ds| error::render(file_name, source, &ds))
}

/// Everything generated from `source`, with the given templates.
pub fn generate(
    file_name: &str,
    source: &str,
    templates: &[(&str, String)],
) -> Result<Vec<emit::Output>, String> {
    let a = analyze(file_name, source)?;
    emit::all(&a, templates)
}

/// The repository root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("generator/ has a parent")
        .to_path_buf()
}

/// Reads the templates from `root/templates`.
pub fn read_templates(root: &Path) -> Result<Vec<(&'static str, String)>, String> {
    TEMPLATE_NAMES
        .iter()
        .map(|n| {
            let p = root.join("templates").join(n);
            std::fs::read_to_string(&p)
                .map(|t| (*n, t))
                .map_err(|e| format!("cannot read {}: {e}", p.display()))
        })
        .collect()
}

/// A short line diff between `old` and `new`: the first region that differs,
/// with three lines of context, in unified style.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let mut start = 0;
    while start < a.len() && start < b.len() && a[start] == b[start] {
        start += 1;
    }
    let (mut ea, mut eb) = (a.len(), b.len());
    while ea > start && eb > start && a[ea - 1] == b[eb - 1] {
        ea -= 1;
        eb -= 1;
    }
    let ctx = start.saturating_sub(3);
    let mut out = format!(
        "--- {path} (checked in)\n+++ {path} (generated)\n@@ line {} @@\n",
        ctx + 1
    );
    for l in &a[ctx..start] {
        out.push_str(&format!(" {l}\n"));
    }
    let limit = 40;
    for l in a[start..ea].iter().take(limit) {
        out.push_str(&format!("-{l}\n"));
    }
    for l in b[start..eb].iter().take(limit) {
        out.push_str(&format!("+{l}\n"));
    }
    if ea - start > limit || eb - start > limit {
        out.push_str("... (more differences)\n");
    }
    for l in a.iter().skip(ea).take(3) {
        out.push_str(&format!(" {l}\n"));
    }
    out
}
