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
        let _ = write!(out, "{name}");
    } else {
        let _ = write!(out, "{name}: {msg}");
    }
    if let Some(s) = suggestion(vm, exc, &tb) {
        let _ = write!(out, ". Did you mean: '{s}'?");
    }
    out.push('\n');
    // Notes from add_note(), one per line.
    let notes_name = crate::object::str::new_str("__notes__");
    if let Ok(notes) = ops::getattr(vm, exc, &notes_name) {
        let items = notes
            .as_list()
            .map(|l| l.borrow().clone())
            .or_else(|| notes.as_tuple().map(|t| t.to_vec()));
        match items {
            Some(items) => {
                for n in items {
                    let text = match n.as_str() {
                        Some(s) => s.as_str().to_string(),
                        None => ops::str_(vm, &n).unwrap_or_else(|_| "<note str() failed>".into()),
                    };
                    let _ = writeln!(out, "{text}");
                }
            }
            None => {
                let text =
                    ops::repr(vm, &notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                let _ = writeln!(out, "{text}");
            }
        }
    }
}

// ---- "Did you mean" (CPython's Python/suggestions.c) ----

/// The name to suggest for a NameError or AttributeError (of exactly those
/// classes) raised by the interpreter, which kept what it looked in: for a
/// NameError `(name, globals, builtins)` (the local names are the code's,
/// from the innermost traceback entry), for an AttributeError
/// `(object, name)`.
fn suggestion(vm: &Vm, exc: &Value, tb: &[TbEntry]) -> Option<String> {
    let e = exc.as_exception()?;
    let info = e.value.borrow().clone();
    let info = info.as_tuple()?;
    let class = e.class.id();
    if class == vm.exc.name_error.id() {
        let [name, globals, builtins] = info else {
            return None;
        };
        let name = name.as_str()?.as_str();
        // The frame that raised it: the last entry printed.
        let entry = tb.last()?;
        let Some(ObjData::Code(code)) = entry.code.data() else {
            return None;
        };
        let locals: Option<Vec<&str>> = code
            .varnames
            .iter()
            .map(|v| v.as_str().map(|s| s.as_str()))
            .collect();
        if let Some(s) = best_match(&locals?, name) {
            return Some(s.to_string());
        }
        for d in [globals, builtins] {
            let keys = dict_keys(d)?;
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            if let Some(s) = best_match(&keys, name) {
                return Some(s.to_string());
            }
        }
        None
    } else if class == vm.exc.attribute_error.id() {
        let [obj, name] = info else {
            return None;
        };
        let name = name.as_str()?.as_str();
        let dir = dir(vm, obj)?;
        let dir: Vec<&str> = dir.iter().map(String::as_str).collect();
        best_match(&dir, name).map(str::to_string)
    } else {
        None
    }
}

/// The keys of a dict, or None if one is not a str.
fn dict_keys(d: &Value) -> Option<Vec<String>> {
    let d = d.as_dict()?.borrow();
    d.iter()
        .map(|(k, _)| k.as_str().map(|s| s.as_str().to_string()))
        .collect()
}

/// `dir(obj)`: sorted attribute names, from a module's dict, or from the
/// dicts along a type's MRO (the object's type's for other objects).
fn dir(vm: &Vm, obj: &Value) -> Option<Vec<String>> {
    let mut names: Vec<String> = if let Some(ObjData::Module(m)) = obj.data() {
        dict_keys(&m.dict)?
    } else {
        let ty = if obj.as_type().is_some() {
            obj.clone()
        } else {
            vm.type_of(obj)
        };
        let mro = ty.as_type()?.mro.borrow().clone();
        // Attributes `ops::getattr` answers without a dict entry.
        let mut all: Vec<String> = vec!["__class__".into()];
        if matches!(
            obj.data(),
            Some(ObjData::Type(_) | ObjData::Function(_) | ObjData::Builtin(_))
        ) {
            all.push("__name__".into());
        }
        if obj.as_exception().is_some() {
            for a in ["args", "__cause__", "__context__", "__suppress_context__"] {
                all.push(a.into());
            }
        }
        let own = match obj.data() {
            Some(ObjData::Instance(i)) => i.snapshot(),
            Some(ObjData::Exception(e)) => e.dict.borrow().clone(),
            _ => Value::NULL,
        };
        if own.as_dict().is_some() {
            all.extend(dict_keys(&own)?);
        }
        for t in mro {
            if let Some(td) = t.as_type() {
                all.extend(dict_keys(&td.dict)?);
            }
        }
        all
    };
    names.sort();
    names.dedup();
    Some(names)
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The closest of `candidates` to `name` (the first of equals), if close
/// enough: CPython's `calculate_suggestions()`.
fn best_match<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing,
        // and no worse than the best so far.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of two UTF-8 strings, where a case change costs 1 and
/// any other edit 2; anything over `max_cost` may come back as
/// `max_cost + 1`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    // Trim away common affixes.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // The shorter one indexes the row.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
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
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let len = line.trim_end().chars().count();
    // A range that goes on past this line is marked to the line's end,
    // without anchors (as CPython 3.11 does).
    let multiline = loc.end_line > loc.line;
    let end = if multiline {
        len
    } else {
        (loc.end_col as usize).min(len)
    };
    let start = loc.col as usize;
    let anchor = if multiline { None } else { loc.anchor };
    if start < indent || end <= start {
        return None;
    }
    // A plain span over the whole line gets no markers; anchored ones do.
    if start == indent && end == len && anchor.is_none() {
        return None;
    }
    let mut s = " ".repeat(start - indent);
    match anchor {
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

/// The report of a SyntaxError as CPython's `print_exception()` writes it:
/// the file and line, the source line, a caret line, then the message.
fn format_syntax_error(vm: &mut Vm, exc: &Value, name: &str, out: &mut String) {
    let Some(e) = exc.as_exception() else { return };
    let items = e
        .args
        .borrow()
        .as_tuple()
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let msg = match items.first() {
        Some(m) => ops::str_(vm, m).unwrap_or_default(),
        None => String::new(),
    };
    let details = items
        .get(1)
        .and_then(|d| d.as_tuple().map(|t| t.to_vec()))
        .filter(|d| d.len() >= 4);
    if let Some(d) = details {
        let int = |v: Option<&Value>| v.and_then(|v| v.as_small_int());
        if let Some(lineno) = int(d.get(1)) {
            let filename = d[0]
                .as_str()
                .map_or("<string>".to_string(), |s| s.as_str().to_string());
            let offset = int(d.get(2)).unwrap_or(-1);
            // Only SyntaxError itself marks a range; subclasses one column.
            let exact = e.class.id() == vm.exc.syntax_error.id();
            let (end_lineno, mut end_offset) = if exact {
                (int(d.get(4)).unwrap_or(lineno), int(d.get(5)).unwrap_or(-1))
            } else {
                (lineno, -1)
            };
            let _ = writeln!(out, "  File \"{filename}\", line {lineno}");
            if let Some(text) = d[3].as_str() {
                let text = text.as_str();
                // Offsets and sizes here are in UTF-8 bytes, as CPython's.
                let size = text.len() as i64;
                if end_lineno > lineno {
                    end_offset = size;
                }
                end_offset = end_offset.min(size + 1);
                print_error_text(out, offset, end_offset, text);
            }
        }
    }
    let _ = writeln!(out, "{name}: {msg}");
}

/// CPython's `print_error_text()`: the line without its indentation, then
/// carets from 1-based `offset` to `end_offset` (none when the offset falls
/// left of the text).
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let len = text.strip_suffix('\n').unwrap_or(text).len() as i64;
    offset = offset.min(len);
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    let _ = writeln!(
        out,
        "    {}{}",
        " ".repeat(offset as usize),
        "^".repeat(carets as usize)
    );
}
