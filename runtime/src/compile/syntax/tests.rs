//! The tokenizer accepts every valid program of the corpus, and parse errors
//! get CPython's messages and places.

use super::tokenize::tokenize;
use crate::compile::{ErrorKind, SyntaxClass};

/// Every program under `dir` (default: tests/python) tokenizes without an
/// error, except those written to fail (`syntax_error_*`).
#[test]
fn tokenizer_accepts_valid_programs() {
    let dir = std::env::var("TIERCEL_TOKENIZE_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/python").to_string());
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let mut checked = 0;
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            if !name.ends_with(".py") || name.starts_with("syntax_error_") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&p) else {
                continue;
            };
            // Skip programs that are not valid Python 3.11.
            let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
                .with_target_version(ruff_python_ast::PythonVersion::PY311);
            match ruff_python_parser::parse(&src, options) {
                Ok(p) if p.unsupported_syntax_errors().is_empty() => {}
                _ => continue,
            }
            let t = tokenize(&src);
            assert!(t.error.is_none(), "{}: {:?}", p.display(), t.error);
            checked += 1;
        }
    }
    assert!(checked > 0);
}

fn report(src: &str) -> (String, SyntaxClass, usize, i64, i64) {
    let e = ruff_python_parser::parse_module(src).expect_err("a syntax error");
    let c = super::parse_error(src, &e);
    let ErrorKind::Located(l) = c.kind else {
        panic!("located")
    };
    (c.message, l.class, l.lineno, l.offset, l.end_offset)
}

#[test]
fn tokenizer_errors_win() {
    let (m, _, line, off, _) = report("x = = 1\ns = 'abc\n");
    assert_eq!(
        (m.as_str(), line, off),
        ("unterminated string literal (detected at line 2)", 2, 5)
    );
    let (m, _, line, off, _) = report("y = (1,\nx = = 1\n");
    assert_eq!((m.as_str(), line, off), ("'(' was never closed", 1, 5));
    let (m, _, line, _, _) = report("x = = 1\ny = (1,\n");
    assert_eq!((m.as_str(), line), ("invalid syntax", 1));
    let (m, _, _, off, _) = report("x = [1, 2)\n");
    assert_eq!(
        (m.as_str(), off),
        (
            "closing parenthesis ')' does not match opening parenthesis '['",
            10
        )
    );
    let (m, _, _, off, end) = report("x = 012\n");
    assert!(m.starts_with("leading zeros"));
    assert_eq!((off, end), (5, 6));
}

#[test]
fn parser_errors() {
    let (m, c, line, off, _) = report("def g():\nreturn 1\n");
    assert_eq!(
        (m.as_str(), c, line, off),
        (
            "expected an indented block after function definition on line 1",
            SyntaxClass::Indentation,
            2,
            1
        )
    );
    let (m, _, _, off, end) = report("f(a, b c)\n");
    assert_eq!(
        (m.as_str(), off, end),
        ("invalid syntax. Perhaps you forgot a comma?", 6, 9)
    );
    let (m, _, _, off, end) = report("print 'x', y\n");
    assert_eq!(
        (m.as_str(), off, end),
        (
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
            13
        )
    );
    let (m, ..) = report("x = 1 = y\n");
    assert_eq!(m, "cannot assign to literal");
    let (m, ..) = report("a, 1 = x\n");
    assert_eq!(
        m,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    let (m, _, _, off, _) = report("if x  # c\n  pass\n");
    assert_eq!((m.as_str(), off), ("expected ':'", 7));
    let (m, c, _, off, _) = report("x = 1\n  y = 2\n");
    assert_eq!(
        (m.as_str(), c, off),
        ("unexpected indent", SyntaxClass::Indentation, 2)
    );
}

/// Mutates the corpus programs (a character dropped or doubled, a bracket,
/// quote or colon added) and reports every parse error: none may panic.
#[test]
fn reports_never_panic_on_mutated_programs() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/python");
    let mut seed = 12345u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let inserts = [
        "(", ")", "]", "{", "'", "\"\"\"", ":", "\n", "    ", "\t", "=", ",", "\\", "1a", "€",
    ];
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    for p in files {
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        let rounds = std::env::var("TIERCEL_FUZZ_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(20);
        for _ in 0..rounds {
            let mut at = next(src.len());
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            let mut m = src.clone();
            match next(3) {
                0 => {
                    if let Some(c) = m[at..].chars().next() {
                        m.replace_range(at..at + c.len_utf8(), "");
                    }
                }
                1 => m.insert_str(at, inserts[next(inserts.len())]),
                _ => {
                    if let Some(c) = m[at..].chars().next() {
                        m.insert(at, c);
                    }
                }
            }
            if let Err(e) = ruff_python_parser::parse_module(&m) {
                let c = super::parse_error(&m, &e);
                assert!(!c.message.is_empty());
            }
        }
    }
}
