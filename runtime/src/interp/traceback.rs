//! Printing an uncaught exception as CPython 3.11 does: the chain of causes
//! and contexts, each traceback with its source lines and the `~~~^^^`
//! markers under the failing expression, then `Type: message`.

use super::{ops, PyErr, Vm};
use crate::object::exception::TbEntry;
use crate::object::ObjData;
use crate::value::Value;
use std::fmt::Write;

/// The full report for an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let mut seen: Vec<u64> = Vec::new();
    format_chain(vm, &err.0, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<u64>) {
    seen.push(exc.id());
    if let Some(e) = exc.as_exception() {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if cause.as_exception().is_some() && !seen.contains(&cause.id()) {
            format_chain(vm, &cause, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !e.suppress_context.get()
            && context.as_exception().is_some()
            && !seen.contains(&context.id())
        {
            format_chain(vm, &context, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let Some(e) = exc.as_exception() else { return };
    let tb: Vec<TbEntry> = e.traceback.borrow().iter().rev().cloned().collect();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        for entry in &tb {
            let Some(ObjData::Code(code)) = entry.code.data() else {
                continue;
            };
            let loc = code.location(entry.offset);
            let key = (code.source.filename.clone(), loc.line, code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last = Some(key);
            }
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                code.source.filename, loc.line, code.name
            );
            if let Some(line) = code.source.line(loc.line) {
                let stripped = line.trim_start();
                let indent = line.chars().count() - stripped.chars().count();
                let _ = writeln!(out, "    {}", stripped.trim_end());
                if let Some(carets) = carets(line, indent, &loc) {
                    let _ = writeln!(out, "    {carets}");
                }
            }
        }
        flush_repeats(out, repeats);
    }
    let name = e
        .class
        .as_type()
        .map_or("?".to_string(), |t| t.name.clone());
    if vm.is_instance_of(exc, &vm.exc.syntax_error.clone()) {
        format_syntax_error(vm, exc, &name, out);
        return;
    }
    let msg = ops::str_(vm, exc).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        let _ = writeln!(out, "{name}");
    } else {
        let _ = writeln!(out, "{name}: {msg}");
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let _ = writeln!(
            out,
            "  [Previous line repeated {n} more time{}]",
            if n == 1 { "" } else { "s" }
        );
    }
}

/// The marker line under a traceback's source line, or None when the
/// failing range is the whole line (CPython prints none then).
fn carets(line: &str, indent: usize, loc: &crate::compile::code::Location) -> Option<String> {
    if loc.line == 0 || loc.end_line != loc.line {
        return None;
    }
    let len = line.trim_end().chars().count();
    let (start, end) = (loc.col as usize, (loc.end_col as usize).min(len));
    if start < indent || end <= start {
        return None;
    }
    // A plain span over the whole line gets no markers; anchored ones do.
    if start == indent && end == len && loc.anchor.is_none() {
        return None;
    }
    let mut s = " ".repeat(start - indent);
    match loc.anchor {
        Some((a, b)) if (a as usize) >= start && (b as usize) <= end && a < b => {
            let (a, b) = (a as usize, b as usize);
            s.push_str(&"~".repeat(a - start));
            s.push_str(&"^".repeat(b - a));
            s.push_str(&"~".repeat(end - b));
        }
        _ => s.push_str(&"^".repeat(end - start)),
    }
    Some(s)
}

fn format_syntax_error(vm: &mut Vm, exc: &Value, name: &str, out: &mut String) {
    let args = exc
        .as_exception()
        .map(|e| e.args.borrow().clone())
        .unwrap_or(Value::NONE);
    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let msg = items
        .first()
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    if let Some(details) = items.get(1).and_then(|d| d.as_tuple().map(|t| t.to_vec())) {
        let filename = details[0]
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        let line = details[1].as_small_int().unwrap_or(0);
        let col = details[2].as_small_int().unwrap_or(1).max(1) as usize;
        let text = details[3]
            .as_str()
            .map_or(String::new(), |s| s.as_str().to_string());
        let end_col = details[5]
            .as_small_int()
            .unwrap_or(col as i64 + 1)
            .max(col as i64 + 1) as usize;
        let _ = writeln!(out, "  File \"{filename}\", line {line}");
        let text = text.trim_end_matches('\n');
        let stripped = text.trim_start();
        let indent = text.chars().count() - stripped.chars().count();
        if !stripped.is_empty() {
            let _ = writeln!(out, "    {}", stripped.trim_end());
            let start = col.saturating_sub(1).saturating_sub(indent);
            let width = (end_col - col)
                .max(1)
                .min(stripped.chars().count().saturating_sub(start).max(1));
            let _ = writeln!(out, "    {}{}", " ".repeat(start), "^".repeat(width));
        }
    }
    let _ = vm;
    let _ = writeln!(out, "{name}: {msg}");
}
